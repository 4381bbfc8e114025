using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Governance.Storage.Migrations;

/// <summary>
/// Workflow tables: definitions (versioned), instances, bookmarks (due-time indexed timers), journal, outbox.
/// Written by hand with provider-neutral operations (the EF design tools do not restore here); column types
/// come from each provider's default mapping, so the same migration runs on SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(GovernanceDbContext))]
[Migration("20261122000100_WorkflowRuntime")]
public sealed class WorkflowRuntime : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("wf_definitions", t => new
        {
            definition_id = t.Column<string>(maxLength: 200, nullable: false),
            version = t.Column<int>(nullable: false),
            name = t.Column<string>(maxLength: 400, nullable: true),
            json = t.Column<string>(nullable: false),
            published_at = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_wf_definitions", x => new { x.definition_id, x.version }));

        m.CreateTable("wf_instances", t => new
        {
            id = t.Column<string>(maxLength: 64, nullable: false),
            definition_id = t.Column<string>(maxLength: 200, nullable: false),
            definition_version = t.Column<int>(nullable: false),
            status = t.Column<string>(maxLength: 20, nullable: false),
            state_json = t.Column<string>(nullable: false),
            revision = t.Column<long>(nullable: false),
            created_at = t.Column<DateTimeOffset>(nullable: false),
            updated_at = t.Column<DateTimeOffset>(nullable: false),
            lease_owner = t.Column<string>(maxLength: 200, nullable: true),
            lease_until_ms = t.Column<long>(nullable: true),
            fault_code = t.Column<string>(maxLength: 100, nullable: true),
        }, constraints: t => t.PrimaryKey("pk_wf_instances", x => x.id));
        m.CreateIndex("ix_wf_instances_status_lease", "wf_instances", ["status", "lease_until_ms"]);
        m.CreateIndex("ix_wf_instances_definition", "wf_instances", ["definition_id", "definition_version"]);

        m.CreateTable("wf_bookmarks", t => new
        {
            id = t.Column<string>(maxLength: 64, nullable: false),
            instance_id = t.Column<string>(maxLength: 64, nullable: false),
            activity_id = t.Column<string>(maxLength: 200, nullable: false),
            name = t.Column<string>(maxLength: 200, nullable: false),
            key = t.Column<string>(maxLength: 400, nullable: true),
            due_at_ms = t.Column<long>(nullable: true),
            payload_json = t.Column<string>(nullable: true),
            lease_owner = t.Column<string>(maxLength: 200, nullable: true),
            lease_until_ms = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_wf_bookmarks", x => x.id));
        m.CreateIndex("ix_wf_bookmarks_name_key", "wf_bookmarks", ["name", "key"]);
        m.CreateIndex("ix_wf_bookmarks_due", "wf_bookmarks", "due_at_ms");
        m.CreateIndex("ix_wf_bookmarks_instance", "wf_bookmarks", "instance_id");

        m.CreateTable("wf_journal", t => new
        {
            instance_id = t.Column<string>(maxLength: 64, nullable: false),
            sequence = t.Column<int>(nullable: false),
            at = t.Column<DateTimeOffset>(nullable: false),
            activity_id = t.Column<string>(maxLength: 200, nullable: true),
            kind = t.Column<string>(maxLength: 40, nullable: false),
            text = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_wf_journal", x => new { x.instance_id, x.sequence }));

        m.CreateTable("wf_outbox", t => new
        {
            id = t.Column<string>(maxLength: 64, nullable: false),
            instance_id = t.Column<string>(maxLength: 64, nullable: false),
            channel = t.Column<string>(maxLength: 100, nullable: false),
            recipient = t.Column<string>(maxLength: 400, nullable: false),
            subject = t.Column<string>(maxLength: 400, nullable: true),
            body = t.Column<string>(nullable: false),
            data_json = t.Column<string>(nullable: true),
            created_at = t.Column<DateTimeOffset>(nullable: false),
            sent_at = t.Column<DateTimeOffset>(nullable: true),
            attempts = t.Column<int>(nullable: false),
            last_error = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_wf_outbox", x => x.id));
        m.CreateIndex("ix_wf_outbox_pending", "wf_outbox", ["channel", "sent_at"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("wf_outbox");
        m.DropTable("wf_journal");
        m.DropTable("wf_bookmarks");
        m.DropTable("wf_instances");
        m.DropTable("wf_definitions");
    }
}
