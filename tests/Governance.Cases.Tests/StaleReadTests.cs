using System.Text.Json.Nodes;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Storage;

namespace Governance.Cases.Tests;

/// <summary>
/// An action is projected on the case as its caller read it, to spare reading it again inside the commit. When
/// something changed the case in between (a supervisor's urge, a warning raised by the timer pass), the step
/// must still go through once, on the fresh case, and keep both changes.
/// </summary>
public static class StaleRead
{
    public static async Task A_case_changed_between_read_and_commit_is_acted_on_afresh_and_keeps_both_changes(StorageOptions storage)
    {
        var clock = new ManualClock(Repo.At("2026-03-09T09:00"));
        var host = await TestEngine.StartAsync(storage, Repo.Set, clock);
        var op = Repo.User("op-990102");
        var c = (await host.Service.ReportAsync(new IntakeRequest("hotline", "01001", "normal", "井盖缺失，存在安全隐患", "990102001001001", "东湖路 88 号", null, null, null, null, null))).Case;

        var (read, tasks) = (await host.Cases.GetWithTaskAsync((await host.Cases.GetTasksAsync(c.Id)).Single().Id))!.Value;
        await host.Service.UrgeAsync(c.Id, "请尽快受理", Repo.User("sup-990102")); // the case moves on after our read

        var context = new CaseCommitContext(null, op, "受理立案", "立案", null, null, clock.GetUtcNow()) { Loaded = (read, tasks) };
        var result = await host.Runtime.ResumeAsync(tasks.Single().Id, new JsonObject { ["outcome"] = "Registered", ["data"] = new JsonObject() }, context);
        Assert.Equal(Core.Workflows.Runtime.ResumeStatus.Resumed, result.Status);

        Assert.True(context.Stale); // the first try was refused by the version check
        var journal = await host.Cases.GetJournalAsync(c.Id);
        Assert.Equal(["上报", "督办", "受理立案"], journal.Where(j => j.Actor != "system").Select(j => j.Action).Take(3));
        Assert.Equal(Enumerable.Range(1, journal.Count), journal.Select(j => j.Sequence));
        var after = (await host.Cases.GetAsync(c.Id))!;
        Assert.Equal(CaseStatus.Dispatched, after.Status);
        Assert.Single(await host.Cases.GetTasksAsync(c.Id), t => t.State == TaskState.Open && t.Step == "handle");
        Assert.Equal(after.Version, context.Result!.Version);
    }
}

public class StaleReadOnSqlite
{
    [Fact]
    public Task A_case_changed_between_read_and_commit_is_acted_on_afresh_and_keeps_both_changes() =>
        StaleRead.A_case_changed_between_read_and_commit_is_acted_on_afresh_and_keeps_both_changes(
            StorageOptions.Sqlite(Path.Combine(Path.GetTempPath(), $"gov-stale-{Guid.NewGuid():N}.db")));
}

[Collection(PostgresServers.Name)]
public class StaleReadOnPostgres(PostgresServer server)
{
    [Fact]
    public async Task A_case_changed_between_read_and_commit_is_acted_on_afresh_and_keeps_both_changes() =>
        await StaleRead.A_case_changed_between_read_and_commit_is_acted_on_afresh_and_keeps_both_changes(
            StorageOptions.PostgreSql(await server.Cluster.CreateDatabaseAsync()));
}
