using System.Diagnostics;
using Governance.Benchmarks;
using Governance.Core.Expressions;
using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Persistence;
using Governance.Core.Workflows.Runtime;
using Governance.Storage;
using Governance.Storage.Workflows;
using Governance.Workflows.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

// Workflow runtime benchmark. Every figure is printed beside a baseline measured in this same run.
//   dotnet run -c Release --project tests/Governance.Benchmarks [-- --seconds 3 --runs 4000 --parallel 16 --skip-postgres]
var seconds = Arg("--seconds", 3);
var runs = Arg("--runs", 4000);
var parallel = Arg("--parallel", 16);
Console.WriteLine($"Governance workflow benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
    $"{(Debugger.IsAttached ? "debugger attached" : "")}{(typeof(Program).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false).OfType<DebuggableAttribute>().Any(d => d.IsJITOptimizerDisabled) ? "DEBUG BUILD (use -c Release)" : "Release")}");
var registry = ActivityRegistry.CreateDefault();

// 1. In memory, one core: the executor alone, and the full runtime on the in-memory store.
var process = Process.GetCurrentProcess();
var allCores = Affinity.Pin(process, 1);
var ten = WorkflowCompiler.Compile(Flows.TenActivities("ten"), registry);
var sandbox = new JavaScriptSandbox();
var services = new EmptyServices();
var now = DateTimeOffset.UtcNow;
var check = new Burst(ten, Burst.NewInstance(ten, "check", null, null, now), TimeProvider.System, sandbox, services);
await check.RunAsync();
if (check.State.Status != InstanceStatus.Finished || check.Executed != 10 || check.JournalEntries.Count(j => j.Kind == "WriteLine") != 4)
    throw new InvalidOperationException("the benchmark flow did not run as expected");
var engine = Measure.PerSecond(TimeSpan.FromSeconds(seconds), () =>
{
    var burst = new Burst(ten, Burst.NewInstance(ten, "i", null, null, now), TimeProvider.System, sandbox, services);
    burst.RunAsync().GetAwaiter().GetResult();
    return burst.Executed;
});
var baseline = Measure.PerSecond(TimeSpan.FromSeconds(seconds), HandCodedTenSteps);
Measure.Print("in-memory activity executions/s (1 core)", engine, "exec/s", "hand-coded C# steps", baseline);

var memoryRuntime = new WorkflowRuntime(new InMemoryWorkflowStore(), registry);
await memoryRuntime.PublishAsync(Flows.TenActivities("ten"));
var viaRuntime = Measure.PerSecond(TimeSpan.FromSeconds(seconds), () => memoryRuntime.StartAsync("ten").GetAwaiter().GetResult().Executed);
Measure.Print("  … through WorkflowRuntime + in-memory store", viaRuntime, "exec/s", "executor alone", engine);
Affinity.Pin(process, allCores);

// 2. SQLite (the embedded default), a file in the temp folder.
var sqlitePath = Path.Combine(Path.GetTempPath(), $"gov-bench-{Guid.NewGuid():N}.db");
var sqlite = new EfWorkflowStore(StorageOptions.Sqlite(sqlitePath));
await Persisted("SQLite", sqlite, () => new SqliteConnection(sqlite.Options.ConnectionString), Math.Min(runs, 2000), 4);

// 3. PostgreSQL 15 with durable settings (fsync and synchronous_commit on).
if (!args.Contains("--skip-postgres"))
{
    await using var cluster = await PostgresCluster.StartAsync(fsync: true);
    var pg = new EfWorkflowStore(StorageOptions.PostgreSql(await cluster.CreateDatabaseAsync("bench")));
    await Persisted("PostgreSQL", pg, () => new NpgsqlConnection(pg.Options.ConnectionString), runs, parallel);
}
SqliteConnection.ClearAllPools();
foreach (var f in new[] { sqlitePath, sqlitePath + "-wal", sqlitePath + "-shm" }) File.Delete(f);
return 0;

async Task Persisted(string name, EfWorkflowStore store, Func<System.Data.Common.DbConnection> connect, int count, int callers)
{
    await store.MigrateAsync();
    var runtime = new WorkflowRuntime(store, registry);
    await runtime.PublishAsync(Flows.TenActivities("ten"));
    await runtime.PublishAsync(Flows.WaitForEvent("wait"));
    var baselines = new Baselines(connect);
    await baselines.CreateTablesAsync();
    for (var i = 0; i < 50; i++) { await runtime.StartAsync("ten"); await baselines.RunAsync("warm-" + i); } // warm-up

    var engineRuns = await Measure.PerSecondAsync(count, callers, _ => runtime.StartAsync("ten"));
    var rawRuns = await Measure.PerSecondAsync(count, callers, i => baselines.RunAsync("run-" + i));
    Measure.Print($"{name}: persisted 10-activity runs/s ({callers} callers)", engineRuns, "runs/s", "raw ADO.NET same rows", rawRuns);

    var bookmarks = new string[count];
    await Measure.PerSecondAsync(count, callers, async i => bookmarks[i] = (await runtime.StartAsync("wait")).Bookmarks[0].Id);
    for (var i = 0; i < count; i++) await baselines.PrepareWaitingAsync("wait-" + i);
    var engineResumes = await Measure.PerSecondAsync(count, callers, i => runtime.ResumeAsync(bookmarks[i]));
    var rawResumes = await Measure.PerSecondAsync(count, callers, i => baselines.ResumeAsync("wait-" + i));
    Measure.Print($"{name}: resumes/s ({callers} callers)", engineResumes, "resumes/s", "raw ADO.NET same rows", rawResumes);
}

static int HandCodedTenSteps()
{
    // The same ten steps written as plain C#: journal lines with timestamps and a variable in a dictionary.
    var journal = new List<(DateTimeOffset, string)>();
    var variables = new Dictionary<string, object?>();
    journal.Add((DateTimeOffset.UtcNow, "Started"));
    for (var i = 1; i <= 8; i++)
        if (i % 2 == 1) journal.Add((DateTimeOffset.UtcNow, "第" + i + "步"));
        else variables["Step"] = "值" + i;
    journal.Add((DateTimeOffset.UtcNow, "Finished"));
    return 10; // ten steps, as the engine's ten activities
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
}

sealed class EmptyServices : IServiceProvider
{
    public object? GetService(Type serviceType) => null;
}
