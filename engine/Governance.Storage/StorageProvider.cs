using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Governance.Storage;

public enum StorageProvider { Sqlite, PostgreSql }

/// <summary>How to reach the database: SQLite (embedded default) or PostgreSQL (production, many nodes).</summary>
public sealed record StorageOptions(StorageProvider Provider, string ConnectionString)
{
    public static StorageOptions Sqlite(string path) => new(StorageProvider.Sqlite, $"Data Source={path};Pooling=True;Default Timeout=30");

    /// <summary>
    /// PostgreSQL, with two defaults a connection string may override: pooled connections are not reset on
    /// close (the engine sets no session state, and the reset is one more statement on every open), and
    /// statements run more than once are prepared on the server, so each is parsed and planned once per connection.
    /// </summary>
    public static StorageOptions PostgreSql(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("No Reset On Close", StringComparison.OrdinalIgnoreCase)) builder.NoResetOnClose = true;
        if (!connectionString.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase)) builder.MaxAutoPrepare = 64;
        return new(StorageProvider.PostgreSql, builder.ConnectionString);
    }

    /// <summary>
    /// A storage setting: "postgres:&lt;connection string&gt;", or "sqlite:&lt;file&gt;" (default .data/governance.db). A
    /// relative SQLite path lies beside the definitions folder (the repository root when run from a checkout), so
    /// the server and the command line use the same file.
    /// </summary>
    public static StorageOptions Parse(string? setting, string definitionsRoot)
    {
        setting ??= "sqlite:.data/governance.db";
        if (setting.StartsWith("postgres:", StringComparison.Ordinal)) return PostgreSql(setting["postgres:".Length..]);
        var path = setting.StartsWith("sqlite:", StringComparison.Ordinal) ? setting["sqlite:".Length..] : setting;
        if (!System.IO.Path.IsPathRooted(path)) path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(definitionsRoot))!, path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return Sqlite(path);
    }

    public void Configure(DbContextOptionsBuilder builder)
    {
        if (Provider == StorageProvider.Sqlite) builder.UseSqlite(ConnectionString).AddInterceptors(SqlitePragmas.Instance);
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

/// <summary>
/// Per-connection SQLite settings. In WAL mode, synchronous=NORMAL keeps the database consistent through any
/// crash and never loses a commit when the process dies; only an operating-system crash or power loss can undo
/// the last commits. That is the trade the embedded default makes for a fsync per checkpoint instead of per
/// commit; production with many nodes runs on PostgreSQL with full durability.
/// </summary>
internal sealed class SqlitePragmas : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    // A pooled connection keeps its settings; only a newly opened database handle needs them (saves a command per use).
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Configured = new();

    static void Apply(System.Data.Common.DbConnection connection)
    {
        if (connection is Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle })
        {
            if (Configured.TryGetValue(handle, out _)) return;
            Configured.AddOrUpdate(handle, handle);
        }
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";
        command.ExecuteNonQuery();
    }
}
