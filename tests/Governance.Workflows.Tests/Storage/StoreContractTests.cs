using System.Text.Json.Nodes;
using Governance.Core.Workflows.Runtime;
using Governance.Storage.Workflows;
using Governance.Workflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Governance.Workflows.Tests.Infrastructure.TestFlows;

namespace Governance.Workflows.Tests.Storage;

/// <summary>The same behaviour on SQLite and PostgreSQL: what a burst commits survives a restart, and nothing twice.</summary>
public abstract class StoreContractTests
{
    protected abstract Task<EfWorkflowStore> CreateStoreAsync();

    [Fact]
    public async Task Migrations_create_every_table_and_column_the_model_uses_and_are_idempotent()
    {
        var store = await CreateStoreAsync();
        await store.MigrateAsync();
        await using var db = store.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        Assert.Contains("20261122000100_WorkflowRuntime", applied);
        Assert.Contains("20261122002900_WorkflowTriggers", applied);
        Assert.Equal(db.Database.GetMigrations(), applied);
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var columns = entity.GetProperties().Select(p => p.GetColumnName()).ToList();
            // Selecting every mapped column proves the hand-written migration matches the model.
            var sql = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table}\" WHERE 1 = 0";
            await db.Database.ExecuteSqlRawAsync(sql);
        }
    }

    [Fact]
    public async Task A_waiting_instance_survives_a_restart_and_resumes_on_a_new_runtime()
    {
        var store = await CreateStoreAsync();
        var first = Fixtures.Runtime(store);
        var employee = new JsonObject { ["name"] = "王五" };
        var run = await first.PublishAndStart(Fixtures.Elsa("12-runtask-human-tasks.json"),
            new StartOptions(new Dictionary<string, JsonNode?> { ["Employee"] = employee }));
        Assert.Equal(InstanceStatus.Suspended, run.Status);

        var restarted = Fixtures.Runtime(store); // a new process: nothing but the database
        var tasks = await restarted.Store.FindBookmarksAsync("Elsa.RunTask", "Create Email Account");
        Assert.Equal("王五", Assert.Single(tasks).Bookmark.Payload!["payload"]!["employee"]!["name"]!.GetValue<string>());
        var resumed = await restarted.ResumeAsync(tasks[0].Bookmark.Id, JsonValue.Create("ok"));
        Assert.Equal(3, resumed.Run!.Bookmarks.Count);
        var final = await Fixtures.Runtime(store).ResumeAsync(resumed.Run.Bookmarks[0].Id, null);
        Assert.Equal(InstanceStatus.Finished, final.Run!.Status);
        Assert.Empty(await store.FindBookmarksAsync("Elsa.RunTask", null));
        var journal = await store.GetJournalAsync(run.InstanceId);
        Assert.Equal(Enumerable.Range(1, journal.Count), journal.Select(j => j.Sequence));
        // The row's own columns, written by the resume commit, read back through EF.
        await using var db = store.CreateDbContext();
        var row = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == run.InstanceId);
        Assert.Equal((InstanceStatus.Finished, 3L, (string?)null, (long?)null), (row.Status, row.Revision, row.LeaseOwner, row.LeaseUntilMs));
        Assert.Equal(journal[^1].At, row.UpdatedAt);
    }

    [Fact]
    public async Task Reference_flows_give_the_same_results_persisted()
    {
        var runtime = Fixtures.Runtime(await CreateStoreAsync());
        var r08 = await runtime.PublishAndStart(Fixtures.Elsa("08-decision-join-waitall-fault.json"));
        Assert.Equal(["A", "C", "B", "D"], await runtime.Lines(r08.InstanceId));
        Assert.Equal(("110002", "that went south"), ((await runtime.GetInstanceAsync(r08.InstanceId))!.Fault!.Code, r08.Fault!.Message));
        var r10 = await runtime.PublishAndStart(Fixtures.Elsa("10-runjavascript-complete.json"));
        Assert.Equal(["test", "1", "11", "22"], await runtime.Lines(r10.InstanceId));
        Assert.Equal(["Success"], (await runtime.GetInstanceAsync(r10.InstanceId))!.Outcomes);
    }

    [Fact]
    public async Task Concurrent_resumes_of_one_bookmark_from_separate_runtimes_resume_it_once()
    {
        var store = await CreateStoreAsync();
        var runtime = Fixtures.Runtime(store);
        var flow = Chain("once", WriteLine("a", "派遣"), Activity("e", "Elsa.Event", ("eventName", "Literal", "签收")), WriteLine("b", "已签收"));
        var run = await runtime.PublishAndStart(flow);
        var runtimes = Enumerable.Range(0, 6).Select(_ => Fixtures.Runtime(store)).ToList();
        var results = await Task.WhenAll(runtimes.Select(r => Task.Run(() => r.ResumeAsync(run.Bookmarks[0].Id, null))));
        Assert.Single(results, r => r.Status == ResumeStatus.Resumed);
        Assert.All(results.Where(r => r.Status != ResumeStatus.Resumed), r => Assert.StartsWith("WF-BOOKMARK-GONE", r.Message));
        Assert.Equal(["派遣", "已签收"], await runtime.Lines(run.InstanceId));
    }

    [Fact]
    public async Task Resumes_of_different_bookmarks_of_one_instance_at_once_both_take_effect()
    {
        var store = await CreateStoreAsync();
        var runtime = Fixtures.Runtime(store);
        var flow = Flow("both",
            [Activity("fork", "Elsa.FlowFork", ("branches", "Object", "[\"a\",\"b\"]")),
             Activity("ea", "Elsa.Event", ("eventName", "Literal", "A")), Activity("eb", "Elsa.Event", ("eventName", "Literal", "B")),
             WriteLine("wa", "A 到"), WriteLine("wb", "B 到"),
             Activity("join", "Elsa.FlowJoin", ("mode", "Literal", "WaitAll")), WriteLine("done", "都到了")],
            [("fork", "a", "ea"), ("fork", "b", "eb"), ("ea", "Done", "wa"), ("eb", "Done", "wb"), ("wa", "Done", "join"), ("wb", "Done", "join"), ("join", "Done", "done")]);
        var run = await runtime.PublishAndStart(flow);
        await Task.WhenAll(run.Bookmarks.Select(b => Task.Run(() => Fixtures.Runtime(store).ResumeAsync(b.Id, null))));
        var lines = await runtime.Lines(run.InstanceId);
        Assert.Equal(["A 到", "B 到"], lines.Take(2).Order());
        Assert.Equal("都到了", lines[2]);
        Assert.Equal(3, lines.Count);
        Assert.Equal(InstanceStatus.Finished, (await runtime.GetInstanceAsync(run.InstanceId))!.Status);
    }

    [Fact]
    public async Task Two_schedulers_fire_each_due_timer_once()
    {
        var store = await CreateStoreAsync();
        var clock = new ManualClock();
        var runtime = Fixtures.Runtime(store, clock);
        var flow = Chain("timers", Activity("d", "Elsa.Delay", ("timeSpan", "Literal", "00:10:00")), WriteLine("w", "到期"));
        await runtime.PublishAsync(flow);
        var ids = new List<string>();
        for (var i = 0; i < 30; i++) ids.Add((await runtime.StartAsync("timers")).InstanceId);
        clock.Advance(TimeSpan.FromMinutes(10));
        var a = new TimerScheduler(Fixtures.Runtime(store, clock, Fixtures.Relaxed with { Owner = "a" }));
        var b = new TimerScheduler(Fixtures.Runtime(store, clock, Fixtures.Relaxed with { Owner = "b" }));
        var fired = await Task.WhenAll(Task.Run(() => a.FireDueAsync()), Task.Run(() => b.FireDueAsync()));
        Assert.Equal(30, fired.Sum());
        foreach (var id in ids) Assert.Equal(["到期"], await runtime.Lines(id));
    }

    [Fact]
    public async Task A_recurring_timer_trigger_fired_twice_for_one_due_time_starts_one_instance()
    {
        var store = await CreateStoreAsync();
        var clock = new ManualClock();
        var runtime = Fixtures.Runtime(store, clock);
        await runtime.PublishAsync(Fixtures.Elsa("04-timer-trigger.json"));
        clock.Advance(TimeSpan.FromMinutes(1));
        var claimed = Assert.Single(await store.ClaimDueTriggersAsync(clock.GetUtcNow(), "a", TimeSpan.FromSeconds(30), 10));
        Assert.True(await runtime.FireTriggerAsync(claimed));
        Assert.False(await runtime.FireTriggerAsync(claimed)); // a second process whose lease had run out
        var next = Assert.Single(await store.FindTriggersAsync("Elsa.Timer", null));
        Assert.Equal(clock.GetUtcNow().AddMinutes(1), next.DueAt);
        clock.Advance(TimeSpan.FromSeconds(20));
        await runtime.PublishAsync(Fixtures.Elsa("04-timer-trigger.json")); // republished unchanged: the next fire stays put
        Assert.Equal(next.DueAt, Assert.Single(await store.FindTriggersAsync("Elsa.Timer", null)).DueAt);
        await using var db = store.CreateDbContext();
        Assert.Equal(1, await db.WorkflowInstances.CountAsync());
        Assert.Equal(["Hello from timer"], await runtime.Lines(db.WorkflowInstances.Single().Id));
    }

    [Fact]
    public async Task Two_relays_at_once_hand_each_outbox_message_to_the_channel_once()
    {
        var store = await CreateStoreAsync();
        var registry = Governance.Core.Workflows.Activities.ActivityRegistry.CreateDefault();
        registry.Register(new Workers.Notify());
        var runtime = Fixtures.Runtime(store, registry: registry);
        await runtime.PublishAsync(Chain("notify", Activity("n", "Test.Notify", ("to", "JavaScript", "return getInput('to');"))));
        for (var i = 0; i < 40; i++)
            await runtime.StartAsync("notify", new StartOptions(new Dictionary<string, JsonNode?> { ["to"] = "1380000" + i.ToString("0000") }));
        var channel = new CountingChannel();
        var relays = new[] { new OutboxRelay(store, [channel], owner: "a"), new OutboxRelay(store, [channel], owner: "b") };
        var sent = await Task.WhenAll(relays.Select(r => Task.Run(async () =>
        {
            var n = 0;
            for (var pass = 0; pass < 20; pass++) n += await r.DeliverPendingAsync(max: 5);
            return n;
        })));
        Assert.Equal(40, sent.Sum());
        Assert.Equal(40, channel.Recipients.Count);
        Assert.Equal(40, channel.Recipients.Distinct().Count());
    }

    sealed class CountingChannel : Governance.Sdk.Channels.INotificationChannel
    {
        public System.Collections.Concurrent.ConcurrentBag<string> Recipients { get; } = [];
        public string Name => "test";

        public async Task SendAsync(Governance.Sdk.Channels.NotificationMessage message, CancellationToken cancellationToken)
        {
            await Task.Yield();
            Recipients.Add(message.Recipient);
        }
    }

    [Fact]
    public async Task A_durable_start_that_crashed_before_its_commit_runs_again_on_recovery()
    {
        var store = await CreateStoreAsync();
        var clock = new ManualClock();
        var runtime = Fixtures.Runtime(store, clock, Fixtures.Relaxed with { Lease = TimeSpan.FromSeconds(30) });
        await runtime.PublishAsync(Chain("recover", WriteLine("a", "受理"), WriteLine("b", "立案")));
        // What a durable start writes before its burst; the burst's commit never happens (the process died).
        var compiled = await runtime.GetCompiledAsync("recover", null);
        var state = Burst.NewInstance(compiled, "crashed-1", null, null, clock.GetUtcNow());
        await store.CreateInstanceAsync(state, "dead-process", clock.GetUtcNow() + TimeSpan.FromSeconds(30));

        Assert.Equal(0, await runtime.RecoverAsync()); // still leased to the dead process
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(1, await runtime.RecoverAsync());
        Assert.Equal(0, await runtime.RecoverAsync());
        Assert.Equal(["受理", "立案"], await runtime.Lines("crashed-1"));
        Assert.Equal(InstanceStatus.Finished, (await runtime.GetInstanceAsync("crashed-1"))!.Status);
    }
}

public sealed class SqliteStoreTests : StoreContractTests
{
    protected override Task<EfWorkflowStore> CreateStoreAsync() => Stores.Sqlite();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresFixture postgres) : StoreContractTests
{
    protected override Task<EfWorkflowStore> CreateStoreAsync() => Stores.Postgres(postgres.Cluster);
}
