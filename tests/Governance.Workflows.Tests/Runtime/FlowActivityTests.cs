using System.Text.Json.Nodes;
using Governance.Core.Workflows.Model;
using Governance.Core.Workflows.Runtime;
using Governance.Workflows.Tests.Infrastructure;
using static Governance.Workflows.Tests.Infrastructure.TestFlows;

namespace Governance.Workflows.Tests.Runtime;

public class FlowActivityTests
{
    static JsonObject Switch(string id, string mode, params (string Label, string Condition)[] cases)
    {
        var s = Activity(id, "Elsa.FlowSwitch", ("mode", "Literal", mode));
        s["cases"] = new JsonArray(cases.Select(c => (JsonNode)new JsonObject
        {
            ["label"] = c.Label,
            ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = c.Condition },
        }).ToArray());
        return s;
    }

    static async Task<RunResult> RunSwitch(string mode, int level)
    {
        var flow = Flow("switch-" + mode + level,
            [Switch("s", mode, ("红", "getInput('level') >= 3"), ("黄", "getInput('level') >= 2"), ("蓝", "getInput('level') >= 1")),
             WriteLine("red", "红色预警"), WriteLine("yellow", "黄色预警"), WriteLine("blue", "蓝色预警"), WriteLine("none", "无预警")],
            [("s", "红", "red"), ("s", "黄", "yellow"), ("s", "蓝", "blue"), ("s", "Default", "none")]);
        return await Fixtures.Runtime().PublishAndStart(flow, new StartOptions(new Dictionary<string, JsonNode?> { ["level"] = level }));
    }

    [Fact]
    public async Task Switch_match_first_takes_the_first_true_case()
    {
        Assert.Equal(["黄色预警"], (await RunSwitch("MatchFirst", 2)).Lines);
    }

    [Fact]
    public async Task Switch_match_any_takes_every_true_case()
    {
        Assert.Equal(["红色预警", "黄色预警", "蓝色预警"], (await RunSwitch("MatchAny", 3)).Lines);
    }

    [Fact]
    public async Task Switch_without_a_true_case_takes_default()
    {
        Assert.Equal(["无预警"], (await RunSwitch("MatchAny", 0)).Lines);
    }

    static WorkflowDefinition TwoEventsJoined(string mode) => Flow("join-" + mode,
        [Activity("fork", "Elsa.FlowFork", ("branches", "Object", "[\"a\",\"b\"]")),
         Activity("ea", "Elsa.Event", ("eventName", "Literal", "A")),
         Activity("eb", "Elsa.Event", ("eventName", "Literal", "B")),
         Activity("join", "Elsa.FlowJoin", ("mode", "Literal", mode)),
         WriteLine("after", "汇合")],
        [("fork", "a", "ea"), ("fork", "b", "eb"), ("ea", "Done", "join"), ("eb", "Done", "join"), ("join", "Done", "after")]);

    [Fact]
    public async Task Wait_all_join_continues_only_after_every_branch_arrived()
    {
        var runtime = Fixtures.Runtime();
        var run = await runtime.PublishAndStart(TwoEventsJoined("WaitAll"));
        Assert.Equal(2, run.Bookmarks.Count);
        var a = Assert.Single(await runtime.ResumeAsync("Elsa.Event", "A", null));
        Assert.Empty(a.Run!.Lines);
        Assert.Equal(InstanceStatus.Suspended, a.Run.Status);
        var b = Assert.Single(await runtime.ResumeAsync("Elsa.Event", "B", null));
        Assert.Equal(["汇合"], b.Run!.Lines);
        Assert.Equal(InstanceStatus.Finished, b.Run.Status);
    }

    [Fact]
    public async Task Wait_any_join_continues_on_the_first_branch_and_cancels_the_other_wait()
    {
        var runtime = Fixtures.Runtime();
        var run = await runtime.PublishAndStart(TwoEventsJoined("WaitAny"));
        var b = Assert.Single(await runtime.ResumeAsync("Elsa.Event", "B", null));
        Assert.Equal(["汇合"], b.Run!.Lines);
        Assert.Equal(InstanceStatus.Finished, b.Run.Status);
        Assert.Empty(await runtime.ResumeAsync("Elsa.Event", "A", null));
        Assert.Equal(["汇合"], await runtime.Lines(run.InstanceId));
    }

    [Fact]
    public async Task Delay_is_a_due_bookmark_that_the_scheduler_resumes_when_the_clock_gets_there()
    {
        var clock = new ManualClock();
        var runtime = Fixtures.Runtime(clock: clock);
        var run = await runtime.PublishAndStart(Chain("delay", WriteLine("a", "签收"), Activity("d", "Elsa.Delay", ("timeSpan", "Literal", "02:00:00")), WriteLine("b", "超时提醒")));
        Assert.Equal(clock.GetUtcNow().AddHours(2), Assert.Single(run.Bookmarks).DueAt);
        var scheduler = new TimerScheduler(runtime);
        clock.Advance(TimeSpan.FromMinutes(119));
        Assert.Equal(0, await scheduler.FireDueAsync());
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await scheduler.FireDueAsync());
        Assert.Equal(["签收", "超时提醒"], await runtime.Lines(run.InstanceId));
    }

    [Fact]
    public async Task Finish_ends_the_workflow_even_with_branches_still_waiting()
    {
        var flow = Flow("finish",
            [Activity("fork", "Elsa.FlowFork", ("branches", "Object", "[\"wait\",\"stop\"]")),
             Activity("e", "Elsa.Event", ("eventName", "Literal", "never")),
             Activity("f", "Elsa.Finish", ("outcomes", "Literal", "[\"Closed\"]"))],
            [("fork", "wait", "e"), ("fork", "stop", "f")]);
        var run = await Fixtures.Runtime().PublishAndStart(flow);
        Assert.Equal(InstanceStatus.Finished, run.Status);
        Assert.Equal(["Closed"], run.Outcomes);
        Assert.Empty(run.Bookmarks);
    }

    [Fact]
    public async Task Run_javascript_can_choose_its_outcome()
    {
        var flow = Flow("js-outcome",
            [Activity("js", "Elsa.RunJavaScript", ("script", "Literal", "setOutcome(getInput('ok') ? 'Pass' : 'Fail');")),
             WriteLine("p", "核查通过"), WriteLine("f", "核查不通过")],
            [("js", "Pass", "p"), ("js", "Fail", "f")]);
        var runtime = Fixtures.Runtime();
        Assert.Equal(["核查不通过"], (await runtime.PublishAndStart(flow, new StartOptions(new Dictionary<string, JsonNode?> { ["ok"] = false }))).Lines);
        Assert.Equal(["核查通过"], (await runtime.StartAsync("js-outcome", new StartOptions(new Dictionary<string, JsonNode?> { ["ok"] = true }))).Lines);
    }

    [Fact]
    public async Task An_unsupported_activity_reached_at_run_time_faults_the_instance_with_a_clear_code()
    {
        var flow = Chain("unsupported", WriteLine("a", "before"), Activity("x", "Elsa.SendEmail"), WriteLine("b", "after"));
        var runtime = Fixtures.Runtime();
        var (published, errors) = await runtime.PublishAsync(flow);
        Assert.Null(published);
        Assert.Equal("WF-UNSUPPORTED-ACTIVITY", Assert.Single(errors).Code);
    }
}
