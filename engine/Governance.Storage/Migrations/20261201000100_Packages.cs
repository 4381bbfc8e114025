using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Governance.Storage.Migrations;

/// <summary>
/// The package as versioned data: every published version of every scope (documents stored when a version
/// changes them), one draft per scope, the head row with the revision every server watches, and the audit of what
/// administrators did. Hand-written with provider-neutral operations like the others.
/// </summary>
[DbContext(typeof(GovernanceDbContext))]
[Migration("20261201000100_Packages")]
public sealed class Packages : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("package_head", t => new
        {
            id = t.Column<int>(nullable: false),
            revision = t.Column<long>(nullable: false),
            city_scope = t.Column<string>(maxLength: 20, nullable: true),
        }, constraints: t => t.PrimaryKey("pk_package_head", x => x.id));
        m.Sql("INSERT INTO package_head (id, revision) VALUES (1, 0)");

        m.CreateTable("package_versions", t => new
        {
            revision = t.Column<long>(nullable: false),
            scope = t.Column<string>(maxLength: 20, nullable: false),
            version = t.Column<int>(nullable: false),
            published_at = t.Column<DateTimeOffset>(nullable: false),
            published_by = t.Column<string>(maxLength: 100, nullable: false),
            comment = t.Column<string>(maxLength: 1000, nullable: true),
            restored_from = t.Column<int>(nullable: true),
            changed_json = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_package_versions", x => x.revision));
        m.CreateIndex("ix_package_versions_scope_version", "package_versions", ["scope", "version"], unique: true);

        m.CreateTable("package_documents", t => new
        {
            scope = t.Column<string>(maxLength: 20, nullable: false),
            path = t.Column<string>(maxLength: 300, nullable: false),
            version = t.Column<int>(nullable: false),
            content = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_package_documents", x => new { x.scope, x.path, x.version }));

        m.CreateTable("package_drafts", t => new
        {
            scope = t.Column<string>(maxLength: 20, nullable: false),
            path = t.Column<string>(maxLength: 300, nullable: false),
            content = t.Column<string>(nullable: true),
            updated_by = t.Column<string>(maxLength: 100, nullable: false),
            updated_at = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_package_drafts", x => new { x.scope, x.path }));

        m.CreateTable("admin_audit", t => new
        {
            id = t.Column<string>(maxLength: 64, nullable: false),
            at = t.Column<DateTimeOffset>(nullable: false),
            at_ms = t.Column<long>(nullable: false),
            username = t.Column<string>(maxLength: 100, nullable: false),
            action = t.Column<string>(maxLength: 40, nullable: false),
            scope = t.Column<string>(maxLength: 20, nullable: true),
            version = t.Column<int>(nullable: true),
            detail = t.Column<string>(maxLength: 2000, nullable: true),
        }, constraints: t => t.PrimaryKey("pk_admin_audit", x => x.id));
        m.CreateIndex("ix_admin_audit_scope_at", "admin_audit", ["scope", "at_ms"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("admin_audit");
        m.DropTable("package_drafts");
        m.DropTable("package_documents");
        m.DropTable("package_versions");
        m.DropTable("package_head");
    }
}
