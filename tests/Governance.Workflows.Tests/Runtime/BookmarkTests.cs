using System.Text.Json.Nodes;
using Governance.Core.Workflows.Runtime;
using Governance.Workflows.Tests.Infrastructure;
using static Governance.Workflows.Tests.Infrastructure.TestFlows;

namespace Governance.Workflows.Tests.Runtime;

public class BookmarkTests
{
    static Governance.Core.Workflows.Model.WorkflowDefinition ApprovalWithResult()
    {
        var flow = Chain("approval",
            WriteLine("a", "提交延期申请"),
            Activity("wait", "Elsa.RunTask", ("taskName", "Literal", "审批延期")),
            WriteLine("b", "return '审批结果：' + getResult();", "JavaScript"));
        flow.Root.Activities![1].Properties["result"] = new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "var-Result" } };
        flow.Variables.Add(new Governance.Core.Workflows.Model.VariableDefinition(Variable("Result")));
        return flow;
    }

    [Fact]
    public async Task Resume_by_id_continues_with_the_payload_bound_to_the_output_variable()
    {
        var runtime = Fixtures.Runtime();
        var run = await runtime.PublishAndStart(ApprovalWithResult());
        var resumed = await runtime.ResumeAsync(run.Bookmarks[0].Id, JsonValue.Create("同意"));
        Assert.Equal(["审批结果：同意"], resumed.Run!.Lines);
        Assert.Equal(["提交延期申请", "审批结果：同意"], await runtime.Lines(run.InstanceId));
    }

    [Fact]
    public async Task A_second_resume_of_the_same_bookmark_does_nothing_and_says_so()
    {
        var runtime = Fixtures.Runtime();
        var run = await runtime.PublishAndStart(ApprovalWithResult());
        var id = run.Bookmarks[0].Id;
        Assert.Equal(ResumeStatus.Resumed, (await runtime.ResumeAsync(id, JsonValue.Create("同意"))).Status);
        var second = await runtime.ResumeAsync(id, JsonValue.Create("不同意"));
        Assert.Equal(ResumeStatus.BookmarkGone, second.Status);
        Assert.Null(second.Run);
        Assert.StartsWith("WF-BOOKMARK-GONE", second.Message);
        Assert.Equal(["提交延期申请", "审批结果：同意"], await runtime.Lines(run.InstanceId));
    }

    [Fact]
    public async Task Concurrent_resumes_of_one_bookmark_resume_it_once()
    {
        var runtime = Fixtures.Runtime();
        var runs = new List<RunResult>();
        for (var i = 0; i < 20; i++) runs.Add(await (i == 0 ? runtime.PublishAndStart(ApprovalWithResult()) : runtime.StartAsync("approval")));
        foreach (var run in runs)
        {
            var id = run.Bookmarks[0].Id;
            var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(n => Task.Run(() => runtime.ResumeAsync(id, JsonValue.Create("第" + n + "个")))));
            Assert.Single(results, r => r.Status == ResumeStatus.Resumed);
            Assert.Equal(7, results.Count(r => r.Status == ResumeStatus.BookmarkGone));
            Assert.Equal(2, (await runtime.Lines(run.InstanceId)).Count);
        }
    }

    [Fact]
    public async Task An_instance_stays_on_the_version_it_started_with()
    {
        var runtime = Fixtures.Runtime();
        var v1 = await runtime.PublishAndStart(ApprovalWithResult());
        var changed = Chain("approval", WriteLine("a", "v2 提交"), Activity("wait", "Elsa.RunTask", ("taskName", "Literal", "审批延期")), WriteLine("b", "v2 完成"));
        var (published, _) = await runtime.PublishAsync(changed);
        Assert.Equal(2, published!.Version);

        var v2 = await runtime.StartAsync("approval");
        Assert.Equal(["v2 提交"], v2.Lines);
        var resumedOld = await runtime.ResumeAsync(v1.Bookmarks[0].Id, JsonValue.Create("同意"));
        Assert.Equal(["审批结果：同意"], resumedOld.Run!.Lines);
        Assert.Equal(1, (await runtime.GetInstanceAsync(v1.InstanceId))!.DefinitionVersion);
    }
}

public class MigrationTests
{
    [Fact]
    public async Task An_administrator_can_move_a_waiting_instance_to_a_new_version_that_still_has_its_wait()
    {
        var runtime = Fixtures.Runtime();
        var v1 = await runtime.PublishAndStart(Chain("migrate", WriteLine("a", "v1 受理"), Activity("wait", "Elsa.Event", ("eventName", "Literal", "签收")), WriteLine("b", "v1 签收")));
        await runtime.PublishAsync(Chain("migrate", WriteLine("a", "v2 受理"), Activity("wait", "Elsa.Event", ("eventName", "Literal", "签收")), WriteLine("b", "v2 签收")));
        await runtime.PublishAsync(Chain("migrate", WriteLine("a", "v3 受理"), WriteLine("b", "v3 无需签收")));

        var refused = Assert.Single(await runtime.MigrateInstanceAsync(v1.InstanceId, 3));
        Assert.Equal("WF-MIGRATE-MISSING-ACTIVITY", refused.Code);
        Assert.Equal(1, (await runtime.GetInstanceAsync(v1.InstanceId))!.DefinitionVersion);

        Assert.Empty(await runtime.MigrateInstanceAsync(v1.InstanceId, 2));
        var resumed = await runtime.ResumeAsync(v1.Bookmarks[0].Id, null);
        Assert.Equal(["v2 签收"], resumed.Run!.Lines);
        Assert.Contains(await runtime.Store.GetJournalAsync(v1.InstanceId), j => j is { Kind: "Migrated", Text: "v1 → v2" });
    }
}
