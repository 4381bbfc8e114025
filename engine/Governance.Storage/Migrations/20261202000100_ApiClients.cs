using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Governance.Storage.Migrations;

/// <summary>API clients (Open311 and other systems): a name, scopes and the hash of the key, never the key.</summary>
[DbContext(typeof(GovernanceDbContext))]
[Migration("20261202000100_ApiClients")]
public sealed class ApiClients : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("api_clients", t => new
        {
            id = t.Column<string>(maxLength: 40, nullable: false),
            name = t.Column<string>(maxLength: 200, nullable: false),
            scopes = t.Column<string>(maxLength: 200, nullable: false),
            key_hash = t.Column<string>(maxLength: 64, nullable: false),
            key_prefix = t.Column<string>(maxLength: 20, nullable: false),
            county = t.Column<string>(maxLength: 20, nullable: true),
            created_at_ms = t.Column<long>(nullable: false),
            created_by = t.Column<string>(maxLength: 100, nullable: false),
            rotated_at_ms = t.Column<long>(nullable: true),
            revoked_at_ms = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_api_clients", x => x.id));
        m.CreateIndex("ux_api_clients_key_hash", "api_clients", "key_hash", unique: true);
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("api_clients");
}
