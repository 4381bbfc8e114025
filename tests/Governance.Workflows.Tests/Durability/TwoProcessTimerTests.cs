using Governance.Core.Workflows.Runtime;
using Governance.Workflows.Tests.Infrastructure;
using static Governance.Workflows.Tests.Infrastructure.TestFlows;

namespace Governance.Workflows.Tests.Durability;

/// <summary>Two server processes on one PostgreSQL: every timer fires exactly once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoProcessTimerTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Two_processes_on_one_postgresql_fire_each_timer_exactly_once()
    {
        const int instances = 60;
        var store = await Stores.Postgres(postgres.Cluster);
        var runtime = Fixtures.Runtime(store, TimeProvider.System);
        // The work after the timer takes a little while, so the two processes overlap while firing (kept far below
        // the 2 s script time limit, which is wall-clock time and so stretches on a loaded machine).
        await runtime.PublishAsync(Chain("deadline",
            Activity("t", "Elsa.Delay", ("timeSpan", "Literal", "00:00:03")),
            WriteLine("w", "var s = 0; for (var i = 0; i < 300; i++) { s += i; } return '超时预警 ' + s;", "JavaScript")));
        var ids = new List<string>();
        for (var i = 0; i < instances; i++) ids.Add((await runtime.StartAsync("deadline")).InstanceId);

        var spec = "pg:" + store.Options.ConnectionString;
        var workers = new[] { "node-a", "node-b" }
            .Select(owner => WorkerProcess.RunAsync(TimeSpan.FromSeconds(90), "timers", "--store", spec, "--owner", owner, "--seconds", "60"))
            .ToList();
        var results = await Task.WhenAll(workers);

        var fired = results.Select(r => r.Lines.Single()["fired"]!.GetValue<int>()).ToList();
        var claimed = results.Select(r => r.Lines.Single()["claimed"]!.GetValue<int>()).ToList();
        Assert.Equal(instances, fired.Sum());   // every timer's step committed once
        Assert.Equal(instances, claimed.Sum()); // and no timer was even taken by both processes
        foreach (var id in ids)
        {
            var instance = await runtime.GetInstanceAsync(id);
            Assert.True(instance!.Status == InstanceStatus.Finished, $"{id}: {instance.Status} {instance.Fault?.Code} {instance.Fault?.Message}");
            Assert.Equal(["超时预警 44850"], await runtime.Lines(id));
        }
        Assert.Null(await store.NextDueAsync());
        // Both processes took part (printed so a reader can see the split).
        Console.WriteLine($"timers fired: node-a {fired[0]}, node-b {fired[1]}; claimed {claimed[0]} + {claimed[1]}");
    }
}
