using System.Diagnostics;
using Governance.Benchmarks;
using Governance.Core.Workflows.Activities;
using Governance.Storage;
using Governance.Storage.Workflows;
using Governance.TestSupport;
using Microsoft.Data.Sqlite;
using Npgsql;

// Workflow runtime benchmark. Every figure is printed beside a baseline measured in this same run.
//   dotnet run -c Release --project tests/Governance.Benchmarks [-- --seconds 3 --runs 4000 --parallel 16 --sqlite-callers 1 --only memory|sqlite|postgres]
var seconds = Arg("--seconds", 3);
var runs = Arg("--runs", 4000);
var parallel = Arg("--parallel", 16);
var sqliteCallers = Arg("--sqlite-callers", 1); // SQLite has one writer: more callers only queue on its lock
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
var optimized = !typeof(Program).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false).OfType<DebuggableAttribute>().Any(d => d.IsJITOptimizerDisabled);
Console.WriteLine($"Governance workflow benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
    (optimized ? "Release" : "DEBUG BUILD (use -c Release)"));
var registry = ActivityRegistry.CreateDefault();

if (only is null or "memory") await InMemoryBenchmark.RunAsync(registry, seconds);

if (only is null or "sqlite")
{
    var path = Path.Combine(Path.GetTempPath(), $"gov-bench-{Guid.NewGuid():N}.db");
    var sqlite = new EfWorkflowStore(StorageOptions.Sqlite(path));
    await PersistedBenchmark.RunAsync("SQLite", sqlite, () => new SqliteConnection(sqlite.Options.ConnectionString), registry, Math.Min(runs, 2000), sqliteCallers);
    SqliteConnection.ClearAllPools();
    foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
}

if (only is null or "postgres")
{
    // A throwaway PostgreSQL 15 cluster with durable settings (fsync and synchronous_commit on).
    await using var cluster = await PostgresCluster.StartAsync(fsync: true);
    var pg = new EfWorkflowStore(StorageOptions.PostgreSql(await cluster.CreateDatabaseAsync("bench")));
    await PersistedBenchmark.RunAsync("PostgreSQL", pg, () => new NpgsqlConnection(pg.Options.ConnectionString), registry, runs, parallel);
}
return 0;

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
}
