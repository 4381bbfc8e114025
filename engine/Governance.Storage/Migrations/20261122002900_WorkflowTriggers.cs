using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Governance.Storage.Migrations;

/// <summary>
/// Triggers of published definitions (event names, recurring timers with their next due time), and leases on
/// outbox messages so that several relays never hand the same message to a channel at once.
/// </summary>
[DbContext(typeof(GovernanceDbContext))]
[Migration("20261122002900_WorkflowTriggers")]
public sealed class WorkflowTriggers : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("wf_triggers", t => new
        {
            id = t.Column<string>(maxLength: 400, nullable: false),
            definition_id = t.Column<string>(maxLength: 200, nullable: false),
            version = t.Column<int>(nullable: false),
            activity_id = t.Column<string>(maxLength: 200, nullable: false),
            name = t.Column<string>(maxLength: 200, nullable: false),
            key = t.Column<string>(maxLength: 400, nullable: true),
            interval_ms = t.Column<long>(nullable: true),
            due_at_ms = t.Column<long>(nullable: true),
            lease_owner = t.Column<string>(maxLength: 200, nullable: true),
            lease_until_ms = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_wf_triggers", x => x.id));
        m.CreateIndex("ix_wf_triggers_name_key", "wf_triggers", ["name", "key"]);
        m.CreateIndex("ix_wf_triggers_due", "wf_triggers", "due_at_ms");
        m.CreateIndex("ix_wf_triggers_definition", "wf_triggers", "definition_id");

        m.AddColumn<string>("lease_owner", "wf_outbox", maxLength: 200, nullable: true);
        m.AddColumn<long>("lease_until_ms", "wf_outbox", nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("lease_until_ms", "wf_outbox");
        m.DropColumn("lease_owner", "wf_outbox");
        m.DropTable("wf_triggers");
    }
}
