using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Governance.Storage.Migrations;

/// <summary>
/// Intake suggestions: every registration's text and item (written with the registration), and the trained versions
/// of each county's learned layer with their held-out figures.
/// </summary>
[DbContext(typeof(GovernanceDbContext))]
[Migration("20261201150000_Intake")]
public sealed class Intake : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("intake_examples", t => new
        {
            id = t.Column<string>(maxLength: 100, nullable: false),
            case_id = t.Column<string>(maxLength: 100, nullable: false),
            county_code = t.Column<string>(maxLength: 100, nullable: false),
            grid_code = t.Column<string>(maxLength: 100, nullable: false),
            channel = t.Column<string>(maxLength: 100, nullable: false),
            text = t.Column<string>(maxLength: 4000, nullable: false),
            reported_item = t.Column<string>(maxLength: 100, nullable: false),
            item = t.Column<string>(maxLength: 100, nullable: false),
            at_ms = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_intake_examples", x => x.id));
        m.CreateIndex("ix_intake_examples_county_code_at_ms", "intake_examples", ["county_code", "at_ms"]);

        m.CreateTable("intake_models", t => new
        {
            county_code = t.Column<string>(maxLength: 100, nullable: false),
            version = t.Column<int>(nullable: false),
            created_at_ms = t.Column<long>(nullable: false),
            created_by = t.Column<string>(maxLength: 200, nullable: true),
            examples = t.Column<int>(nullable: false),
            held_out = t.Column<int>(nullable: false),
            top1 = t.Column<double>(nullable: true),
            top3 = t.Column<double>(nullable: true),
            base_top1 = t.Column<double>(nullable: true),
            base_top3 = t.Column<double>(nullable: true),
            active = t.Column<bool>(nullable: false),
            features = t.Column<string>(maxLength: 100, nullable: false),
            parameters = t.Column<string>(maxLength: 2000, nullable: false),
            last_example_ms = t.Column<long>(nullable: true),
            note = t.Column<string>(maxLength: 1000, nullable: true),
            payload = t.Column<byte[]>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_intake_models", x => new { x.county_code, x.version }));
        m.CreateIndex("ix_intake_models_county_code_active", "intake_models", ["county_code", "active"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("intake_models");
        m.DropTable("intake_examples");
    }
}
