using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Governance.Storage.Migrations;

/// <summary>一表通: collection sheets by unit, month and revision, their journal, and background export jobs.</summary>
[DbContext(typeof(GovernanceDbContext))]
[Migration("20261201000100_Reports")]
public sealed class Reports : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("report_collections", t => new
        {
            unit_code = t.Column<string>(maxLength: 20, nullable: false),
            period = t.Column<string>(maxLength: 7, nullable: false),
            revision = t.Column<int>(nullable: false),
            state = t.Column<string>(maxLength: 20, nullable: false),
            values_json = t.Column<string>(nullable: false),
            reason = t.Column<string>(maxLength: 1000, nullable: true),
            submitted_by = t.Column<string>(maxLength: 100, nullable: true),
            submitted_at = t.Column<DateTimeOffset>(nullable: true),
            reviewed_by = t.Column<string>(maxLength: 100, nullable: true),
            reviewed_at = t.Column<DateTimeOffset>(nullable: true),
            review_comment = t.Column<string>(maxLength: 1000, nullable: true),
            updated_at = t.Column<DateTimeOffset>(nullable: false),
            version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_report_collections", x => new { x.unit_code, x.period, x.revision }));
        m.CreateIndex("ix_report_collections_period_unit_code", "report_collections", ["period", "unit_code"]);
        m.CreateTable("report_collection_journal", t => new
        {
            id = t.Column<string>(maxLength: 64, nullable: false),
            unit_code = t.Column<string>(maxLength: 20, nullable: false),
            period = t.Column<string>(maxLength: 7, nullable: false),
            revision = t.Column<int>(nullable: false),
            at = t.Column<DateTimeOffset>(nullable: false),
            at_ms = t.Column<long>(nullable: false),
            action = t.Column<string>(maxLength: 20, nullable: false),
            actor = t.Column<string>(maxLength: 100, nullable: false),
            actor_name = t.Column<string>(maxLength: 100, nullable: false),
            comment = t.Column<string>(maxLength: 1000, nullable: true),
            changes_json = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_report_collection_journal", x => x.id));
        m.CreateIndex("ix_report_collection_journal_unit_code_period_at_ms", "report_collection_journal", ["unit_code", "period", "at_ms"]);
        m.CreateTable("report_exports", t => new
        {
            id = t.Column<string>(maxLength: 64, nullable: false),
            kind = t.Column<string>(maxLength: 20, nullable: false),
            target = t.Column<string>(maxLength: 100, nullable: false),
            unit_code = t.Column<string>(maxLength: 20, nullable: false),
            period = t.Column<string>(maxLength: 7, nullable: false),
            requested_by = t.Column<string>(maxLength: 100, nullable: false),
            requested_at = t.Column<DateTimeOffset>(nullable: false),
            state = t.Column<string>(maxLength: 20, nullable: false),
            done = t.Column<int>(nullable: false),
            total = t.Column<int>(nullable: false),
            file_name = t.Column<string>(maxLength: 260, nullable: true),
            path = t.Column<string>(maxLength: 1000, nullable: true),
            size = t.Column<long>(nullable: true),
            error = t.Column<string>(maxLength: 2000, nullable: true),
            completed_at = t.Column<DateTimeOffset>(nullable: true),
            lease_owner = t.Column<string>(maxLength: 200, nullable: true),
            lease_until_ms = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_report_exports", x => x.id));
        m.CreateIndex("ix_report_exports_state_requested_at", "report_exports", ["state", "requested_at"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("report_exports");
        m.DropTable("report_collection_journal");
        m.DropTable("report_collections");
    }
}
