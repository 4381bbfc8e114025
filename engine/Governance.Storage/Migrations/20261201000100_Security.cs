using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Governance.Storage.Migrations;

/// <summary>
/// Security state shared by every server of the database: throttle counters, sessions and the users' security
/// stamps, the audit log, the data protection key ring; and the idempotency binding of a case (caller and body hash).
/// On PostgreSQL, columns holding text a person typed lose their length: the engine limits text by the characters a
/// person sees (InputLimits), and one such character may be several code points (an emoji sequence).
/// </summary>
[DbContext(typeof(GovernanceDbContext))]
[Migration("20261201000100_Security")]
public sealed class Security : Migration
{
    static readonly (string Table, string Column, int OldLength, bool Nullable)[] FreeText =
    [
        ("cases", "description", 2000, false), ("cases", "address", 400, true), ("cases", "reporter_name", 100, true),
        ("cases", "reporter_phone", 40, true), ("case_journal", "actor_name", 100, true), ("case_attachments", "file_name", 260, false),
        ("case_attachments", "step", 40, true), ("users", "name", 100, false),
    ];

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("security_throttle", t => new
        {
            key = t.Column<string>(maxLength: 300, nullable: false),
            count = t.Column<int>(nullable: false),
            window_ends_ms = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_security_throttle", x => x.key));

        m.CreateTable("user_sessions", t => new
        {
            id = t.Column<string>(maxLength: 64, nullable: false),
            username = t.Column<string>(maxLength: 100, nullable: false),
            stamp = t.Column<string>(maxLength: 64, nullable: false),
            created_at_ms = t.Column<long>(nullable: false),
            expires_at_ms = t.Column<long>(nullable: false),
            revoked_at_ms = t.Column<long>(nullable: true),
            address = t.Column<string>(maxLength: 64, nullable: true),
        }, constraints: t => t.PrimaryKey("pk_user_sessions", x => x.id));
        m.CreateIndex("ix_user_sessions_username", "user_sessions", "username");
        m.AddColumn<string>("security_stamp", "users", maxLength: 64, nullable: false, defaultValue: "initial");

        m.CreateTable("audit_log", t => new
        {
            id = t.Column<string>(maxLength: 40, nullable: false),
            at = t.Column<DateTimeOffset>(nullable: false),
            at_ms = t.Column<long>(nullable: false),
            actor = t.Column<string>(maxLength: 100, nullable: false),
            actor_name = t.Column<string>(nullable: true),
            role = t.Column<string>(maxLength: 20, nullable: true),
            unit = t.Column<string>(maxLength: 40, nullable: true),
            kind = t.Column<string>(maxLength: 40, nullable: false),
            target = t.Column<string>(nullable: true),
            detail = t.Column<string>(nullable: true),
            address = t.Column<string>(maxLength: 64, nullable: true),
            county = t.Column<string>(maxLength: 20, nullable: true),
        }, constraints: t => t.PrimaryKey("pk_audit_log", x => x.id));
        m.CreateIndex("ix_audit_log_at_ms", "audit_log", "at_ms");
        m.CreateIndex("ix_audit_log_county_at_ms", "audit_log", ["county", "at_ms"]);

        m.CreateTable("data_protection_keys", t => new
        {
            name = t.Column<string>(maxLength: 200, nullable: false),
            xml = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_data_protection_keys", x => x.name));

        m.AddColumn<string>("idempotency_binding", "cases", maxLength: 200, nullable: true);

        // SQLite never enforced these lengths; PostgreSQL does, in code points.
        if (m.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
            foreach (var (table, column, old, nullable) in FreeText)
                m.AlterColumn<string>(column, table, nullable: nullable, oldMaxLength: old, oldNullable: nullable);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("idempotency_binding", "cases");
        m.DropTable("data_protection_keys");
        m.DropTable("audit_log");
        m.DropColumn("security_stamp", "users");
        m.DropTable("user_sessions");
        m.DropTable("security_throttle");
    }
}
