using System.Diagnostics;
using Governance.Cases.Benchmarks;
using Governance.Cases.Tests;
using Governance.TestSupport;

// Case lifecycle benchmark. Every figure is printed beside a baseline measured in this same run.
//   dotnet run -c Release --project tests/Governance.Cases.Benchmarks [-- --lifecycles 400 --parallel 8 --cases 1000000 --open 100000 --only sqlite|postgres]
CommandCounter.Install();
var lifecycles = Arg("--lifecycles", 400);
var parallel = Arg("--parallel", 8);
var cases = Arg("--cases", 1_000_000);
var open = Arg("--open", 100_000);
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
var optimized = !typeof(Lifecycles).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false).OfType<DebuggableAttribute>().Any(d => d.IsJITOptimizerDisabled);
Console.WriteLine($"Governance case benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
    (optimized ? "Release" : "DEBUG BUILD (use -c Release)"));

var memory = await Lifecycles.InMemoryAsync(Math.Min(lifecycles, 400));
Console.WriteLine($"baseline  in-memory lifecycles (case service, no HTTP, no database): {memory:F0}/s");

if (only is null or "sqlite")
{
    using var api = new ApiFactory();
    await Report("SQLite", api, sqlite: true);
}
if (only is null or "postgres")
{
    await using var cluster = await PostgresCluster.StartAsync(fsync: true);
    using var api = new ApiFactory("postgres:" + await cluster.CreateDatabaseAsync("bench"));
    await Report("PostgreSQL", api, sqlite: false);
}
return 0;

async Task Report(string name, ApiFactory api, bool sqlite)
{
    var http = await Lifecycles.HttpBaselineAsync(api, 2000, parallel);
    Console.WriteLine($"{name,-10} baseline GET /api/auth/me: {http:F0} requests/s");
    var rate = await Lifecycles.ThroughApiAsync(api, lifecycles, parallel);
    Console.WriteLine($"{name,-10} full lifecycles through the API (report → register → reply → verify → rate, 11 requests each, {parallel} at once): " +
        $"{rate:F0}/s = {rate / memory:P0} of in-memory, {rate * 11 / http:P0} of bare request rate");
    Console.WriteLine($"           {Lifecycles.CommandsPerLifecycle:F1} database commands per lifecycle");
    Console.WriteLine("           ms per request: " + string.Join(", ", Lifecycles.Spent.Select(kv => $"{kv.Key} {kv.Value / lifecycles / (kv.Key == "detail" ? 4 : 1):F1}")));
    Lifecycles.Spent.Clear();
    await Inbox.FillAsync(api, cases, open, sqlite);
    var (p50, p95, baselineP95) = await Inbox.MeasureAsync(api, 300);
    Console.WriteLine($"{name,-10} inbox with {cases:N0} cases and {open:N0} open tasks: p50 {p50:F1} ms, p95 {p95:F1} ms (goal ≤ 20 ms); " +
        $"baseline GET /api/auth/me p95 {baselineP95:F1} ms");
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
}
