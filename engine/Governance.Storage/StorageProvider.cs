using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Governance.Storage;

public enum StorageProvider { Sqlite, PostgreSql }

/// <summary>How to reach the database: SQLite (embedded default) or PostgreSQL (production, many nodes).</summary>
public sealed record StorageOptions(StorageProvider Provider, string ConnectionString)
{
    public static StorageOptions Sqlite(string path) => new(StorageProvider.Sqlite, $"Data Source={path};Pooling=True;Default Timeout=30");

    public static StorageOptions PostgreSql(string connectionString) => new(StorageProvider.PostgreSql, connectionString);

    public void Configure(DbContextOptionsBuilder builder)
    {
        if (Provider == StorageProvider.Sqlite) builder.UseSqlite(ConnectionString);
        else builder.UseNpgsql(ConnectionString);
        // Migrations are hand-written without a model snapshot, so EF cannot compare models; the migration tests
        // check the schema against the model instead.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    public DbContextOptions<GovernanceDbContext> DbContextOptions()
    {
        var builder = new DbContextOptionsBuilder<GovernanceDbContext>();
        Configure(builder);
        return builder.Options;
    }
}
