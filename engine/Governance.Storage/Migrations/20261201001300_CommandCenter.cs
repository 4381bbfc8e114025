using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Governance.Storage.Migrations;

/// <summary>
/// The command center: alerts with their causing cases, the cases the warning rules have looked at, leases for the
/// jobs one server runs at a time, and generated briefings. Indexes for the read side's period scans and the
/// repeated-complaint lookup. These tables are written and read with SQL (Dapper), not through the EF model.
/// </summary>
[DbContext(typeof(GovernanceDbContext))]
[Migration("20261201001300_CommandCenter")]
public sealed class CommandCenter : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("alerts", t => new
        {
            id = t.Column<string>(maxLength: 64, nullable: false),
            rule_id = t.Column<string>(maxLength: 64, nullable: false),
            rule_name = t.Column<string>(maxLength: 100, nullable: false),
            level = t.Column<string>(maxLength: 10, nullable: false),
            subject = t.Column<string>(maxLength: 200, nullable: false),
            alert_key = t.Column<string>(maxLength: 300, nullable: false),
            place_code = t.Column<string>(maxLength: 20, nullable: false),
            county_code = t.Column<string>(maxLength: 12, nullable: false),
            summary = t.Column<string>(maxLength: 1000, nullable: false),
            raised_at_ms = t.Column<long>(nullable: false),
            updated_at_ms = t.Column<long>(nullable: false),
            state = t.Column<string>(maxLength: 20, nullable: false),
            acknowledged_by = t.Column<string>(maxLength: 100, nullable: true),
            acknowledged_at_ms = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_alerts", x => x.id));
        m.CreateIndex("ix_alerts_rule_id_alert_key", "alerts", ["rule_id", "alert_key"], unique: true);
        m.CreateIndex("ix_alerts_updated_at_ms", "alerts", "updated_at_ms");
        m.CreateTable("alert_cases", t => new
        {
            alert_id = t.Column<string>(maxLength: 64, nullable: false),
            case_id = t.Column<string>(maxLength: 64, nullable: false),
            case_number = t.Column<string>(maxLength: 40, nullable: false),
            added_at_ms = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_alert_cases", x => new { x.alert_id, x.case_id }));
        m.CreateIndex("ix_alert_cases_case_id", "alert_cases", "case_id");
        m.CreateTable("warning_checked", t => new
        {
            case_id = t.Column<string>(maxLength: 64, nullable: false),
            checked_at_ms = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_warning_checked", x => x.case_id));
        m.CreateTable("command_leases", t => new
        {
            name = t.Column<string>(maxLength: 40, nullable: false),
            owner = t.Column<string>(maxLength: 200, nullable: false),
            until_ms = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_command_leases", x => x.name));
        m.CreateTable("briefings", t => new
        {
            id = t.Column<string>(maxLength: 64, nullable: false),
            briefing_key = t.Column<string>(maxLength: 300, nullable: false),
            definition_id = t.Column<string>(maxLength: 64, nullable: false),
            name = t.Column<string>(maxLength: 100, nullable: false),
            period = t.Column<string>(maxLength: 10, nullable: false),
            scope_code = t.Column<string>(maxLength: 20, nullable: false),
            scope_name = t.Column<string>(maxLength: 100, nullable: false),
            start_ms = t.Column<long>(nullable: false),
            end_ms = t.Column<long>(nullable: false),
            generated_at_ms = t.Column<long>(nullable: false),
            alert_id = t.Column<string>(maxLength: 64, nullable: true),
            title = t.Column<string>(maxLength: 300, nullable: false),
            content = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_briefings", x => x.id));
        m.CreateIndex("ix_briefings_briefing_key", "briefings", "briefing_key", unique: true);
        m.CreateIndex("ix_briefings_scope_code_start_ms", "briefings", ["scope_code", "start_ms"]);
        m.CreateIndex("ix_cases_reported_at_ms", "cases", "reported_at_ms");
        m.CreateIndex("ix_cases_reporter_phone_reported_at_ms", "cases", ["reporter_phone", "reported_at_ms"]);
        m.CreateIndex("ix_case_tasks_step_created_at_ms", "case_tasks", ["step", "created_at_ms"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("ix_case_tasks_step_created_at_ms", "case_tasks");
        m.DropIndex("ix_cases_reporter_phone_reported_at_ms", "cases");
        m.DropIndex("ix_cases_reported_at_ms", "cases");
        m.DropTable("briefings");
        m.DropTable("command_leases");
        m.DropTable("warning_checked");
        m.DropTable("alert_cases");
        m.DropTable("alerts");
    }
}
