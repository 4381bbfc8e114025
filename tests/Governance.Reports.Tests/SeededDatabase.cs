using System.Data.Common;
using Governance.Core.Cases.Services;
using Governance.Core.Definitions;
using Governance.Core.Reports.Building;
using Governance.Core.Reports.Collection;
using Governance.Demo;
using Governance.Storage;
using Governance.Storage.Cases;
using Governance.Storage.Reports;
using Microsoft.EntityFrameworkCore;

namespace Governance.Reports.Tests;

/// <summary>
/// A real database with demo cases reported in November 2026 at every stage of the loop, and intake-form data
/// (amount, people, risk) on the dispute cases, as the 矛盾纠纷上报 form saves it.
/// </summary>
public abstract class SeededDatabase : IAsyncLifetime
{
    public static readonly DefinitionSet Set = DefinitionLoader.Load(RepoFiles.Definitions);
    public static readonly DateTimeOffset Until = DateTimeOffset.Parse("2026-11-20T10:00:00+08:00");
    public static readonly ReportPeriod November = new(2026, 11);

    public StorageOptions Storage { get; private set; } = null!;
    public SqlCaseAggregates Aggregates { get; private set; } = null!;
    public EfCollectionStore Collections { get; private set; } = null!;

    protected abstract Task<StorageOptions> CreateAsync();

    public async Task InitializeAsync()
    {
        Storage = await CreateAsync();
        var host = await CaseHost.StartAsync(Storage, Set, TimeProvider.System);
        await new DemoSeeder(Set, clock => new CaseService(host.Cases, host.Workflows.Runtime, Set, clock)).SeedAsync(360, Until);
        await ExecuteAsync(Storage.Provider == StorageProvider.Sqlite
            ? """
              UPDATE cases SET form_data_json = json_object('intake-dispute', json_object(
                'amount', (CAST(substr(number, -3) AS INTEGER) * 1375.5), 'peopleCount', 2 + CAST(substr(number, -2) AS INTEGER) % 40,
                'risk', CASE WHEN CAST(substr(number, -2) AS INTEGER) % 5 = 0 THEN 'high' ELSE 'low' END))
              WHERE item_code BETWEEN '11001' AND '11012'
              """
            : """
              UPDATE cases SET form_data_json = json_build_object('intake-dispute', json_build_object(
                'amount', (CAST(right(number, 3) AS INTEGER) * 1375.5), 'peopleCount', 2 + CAST(right(number, 2) AS INTEGER) % 40,
                'risk', CASE WHEN CAST(right(number, 2) AS INTEGER) % 5 = 0 THEN 'high' ELSE 'low' END))::text
              WHERE item_code BETWEEN '11001' AND '11012'
              """);
        Aggregates = new SqlCaseAggregates(Storage);
        Collections = new EfCollectionStore(Storage);
    }

    public ReportBuilder Builder(DefinitionSet? set = null) => new((set ?? Set).Reports, (set ?? Set).City!, Aggregates, Collections);

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var db = new GovernanceDbContext(Storage.DbContextOptions());
        return await db.Database.ExecuteSqlRawAsync(sql);
    }

    /// <summary>Runs a query and returns its first column per row, keyed by its second (or "" when it has one column).</summary>
    public async Task<Dictionary<string, decimal>> ScalarsAsync(string sql, params object[] parameters)
    {
        await using var db = new GovernanceDbContext(Storage.DbContextOptions());
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = "p" + i;
            p.Value = parameters[i];
            command.Parameters.Add(p);
        }
        var result = new Dictionary<string, decimal>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            result[reader.FieldCount > 1 ? Convert.ToString(reader.GetValue(1))! : ""] = reader.IsDBNull(0) ? 0 : Convert.ToDecimal(reader.GetValue(0));
        return result;
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;
}

public sealed class SqliteDatabase : SeededDatabase
{
    string? path;

    protected override Task<StorageOptions> CreateAsync()
    {
        path = Path.Combine(Path.GetTempPath(), $"gov-reports-{Guid.NewGuid():N}.db");
        return Task.FromResult(StorageOptions.Sqlite(path));
    }

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { path, path + "-wal", path + "-shm" }) if (f is not null && File.Exists(f)) File.Delete(f);
        return Task.CompletedTask;
    }
}

public sealed class PostgresDatabase : SeededDatabase
{
    PostgresCluster? cluster;

    protected override async Task<StorageOptions> CreateAsync()
    {
        cluster = await PostgresCluster.StartAsync();
        return StorageOptions.PostgreSql(await cluster.CreateDatabaseAsync("reports"));
    }

    public override async Task DisposeAsync()
    {
        if (cluster is not null) await cluster.DisposeAsync();
    }
}
