using Governance.Core.Workflows.Persistence;
using Governance.Core.Workflows.Runtime;
using Governance.Core.Workflows.Serialization;
using Governance.Storage.Workflows;
using Governance.Workflows.Tests.Infrastructure;
using static Governance.Workflows.Tests.Infrastructure.TestFlows;

namespace Governance.Workflows.Tests.Durability;

/// <summary>
/// Real processes are killed: between a wait and its resumption, and in the middle of a burst. Nothing
/// committed is lost; nothing is done twice; an uncommitted burst runs again from the last commit.
/// </summary>
public abstract class CrashTests
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    protected abstract Task<(EfWorkflowStore Store, string Spec)> CreateStoreAsync();

    static string WriteFlow(Governance.Core.Workflows.Model.WorkflowDefinition flow)
    {
        var path = TestTemp.File("flow-", ".json");
        File.WriteAllText(path, ElsaJsonWriter.Write(flow));
        return path;
    }

    [Fact]
    public async Task Killing_the_process_between_a_wait_and_its_resumption_loses_and_repeats_nothing()
    {
        var (store, spec) = await CreateStoreAsync();
        var marker = TestTemp.File("crash-");
        var flow = WriteFlow(Chain("sign-for",
            WriteLine("accept", "受理"),
            Activity("wait", "Elsa.Event", ("eventName", "Literal", "签收")),
            WriteLine("signed", "已签收"),
            Activity("crash", "Test.CrashOnce", ("marker", "Literal", marker)),
            WriteLine("handled", "已办理")));

        // 1. A process starts the instance, reaches the wait, commits — and is killed while it idles.
        using (var first = WorkerProcess.Start("start", "--store", spec, "--flow", flow, "--hang"))
        {
            var started = await first.ReadLineAsync(Timeout);
            Assert.Equal("Suspended", started["status"]!.GetValue<string>());
            first.Kill();
            var instanceId = started["instanceId"]!.GetValue<string>();
            var bookmark = started["bookmarks"]![0]!.GetValue<string>();
            Assert.Equal(["受理"], await Lines(store, instanceId));

            // 2. Another process resumes; it dies in the middle of the burst, before the commit.
            var (crashExit, crashLines) = await WorkerProcess.RunAsync(Timeout, "resume", "--store", spec, "--bookmark", bookmark);
            Assert.NotEqual(0, crashExit);
            Assert.Empty(crashLines);
            Assert.True(File.Exists(marker), "the crash activity ran");
            Assert.Equal(["受理"], await Lines(store, instanceId)); // "已签收" was never committed
            Assert.NotNull(await store.FindBookmarkAsync(bookmark));   // so the wait is still there

            // 3. A third process resumes the same bookmark: the burst runs again from the last commit.
            var (_, resumed) = await WorkerProcess.RunAsync(Timeout, "resume", "--store", spec, "--bookmark", bookmark);
            Assert.Equal(("Resumed", "Finished"), (resumed[0]["status"]!.GetValue<string>(), resumed[0]["instanceStatus"]!.GetValue<string>()));

            // 4. Resuming it again does nothing.
            var (_, again) = await WorkerProcess.RunAsync(Timeout, "resume", "--store", spec, "--bookmark", bookmark);
            Assert.Equal("BookmarkGone", again[0]["status"]!.GetValue<string>());

            Assert.Equal(["受理", "已签收", "已办理"], await Lines(store, instanceId));
            var journal = await store.GetJournalAsync(instanceId);
            Assert.Equal(Enumerable.Range(1, journal.Count), journal.Select(j => j.Sequence));
        }
    }

    [Fact]
    public async Task A_durable_start_killed_mid_burst_is_recovered_by_another_process()
    {
        var (store, spec) = await CreateStoreAsync();
        var marker = TestTemp.File("crash-");
        var flow = WriteFlow(Chain("intake",
            WriteLine("a", "上报"), Activity("crash", "Test.CrashOnce", ("marker", "Literal", marker)), WriteLine("b", "立案")));

        var (exit, lines) = await WorkerProcess.RunAsync(Timeout, "start", "--store", spec, "--flow", flow, "--durable", "--lease-seconds", "1");
        Assert.NotEqual(0, exit);
        Assert.Empty(lines);
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // the dead process's lease runs out

        var (_, recovered) = await WorkerProcess.RunAsync(Timeout, "recover", "--store", spec);
        Assert.Equal(1, recovered[0]["count"]!.GetValue<int>());
        var (_, again) = await WorkerProcess.RunAsync(Timeout, "recover", "--store", spec);
        Assert.Equal(0, again[0]["count"]!.GetValue<int>());

        await using var db = store.CreateDbContext();
        var instanceId = db.WorkflowInstances.Single().Id;
        Assert.Equal(["上报", "立案"], await Lines(store, instanceId));
        Assert.Equal(InstanceStatus.Finished, db.WorkflowInstances.Single().Status);
    }

    static async Task<List<string>> Lines(IWorkflowStore store, string instanceId) =>
        (await store.GetJournalAsync(instanceId)).Where(j => j.Kind == "WriteLine").Select(j => j.Text ?? "").ToList();
}

public sealed class SqliteCrashTests : CrashTests
{
    protected override async Task<(EfWorkflowStore, string)> CreateStoreAsync()
    {
        var path = Stores.TempSqlitePath();
        return (await Stores.Sqlite(path), "sqlite:" + path);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresCrashTests(PostgresFixture postgres) : CrashTests
{
    protected override async Task<(EfWorkflowStore, string)> CreateStoreAsync()
    {
        var store = await Stores.Postgres(postgres.Cluster);
        return (store, "pg:" + store.Options.ConnectionString);
    }
}
