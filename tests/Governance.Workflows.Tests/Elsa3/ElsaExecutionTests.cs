using System.Text.Json.Nodes;
using Governance.Core.Workflows.Runtime;
using Governance.Workflows.Tests.Infrastructure;

namespace Governance.Workflows.Tests.Elsa3;

/// <summary>
/// Each reference file runs with the outputs and end state Elsa gives. Files 05 and 06 (HTTP) are in
/// Http/HttpEndpointTests, and over real HTTP in Governance.Integrations.Tests.
/// </summary>
public class ElsaExecutionTests
{
    readonly ManualClock clock = new();

    [Fact]
    public async Task Hello_world_writes_and_finishes()
    {
        var runtime = Fixtures.Runtime(clock: clock);
        var run = await runtime.PublishAndStart(Fixtures.Elsa("01-hello-world.json"));
        Assert.Equal(["Hello World!"], run.Lines);
        Assert.Equal(InstanceStatus.Finished, run.Status);
        Assert.Equal(["Hello World!"], await runtime.Lines(run.InstanceId));
    }

    [Fact]
    public async Task Wait_any_join_continues_on_the_first_branch_and_end_finishes()
    {
        var runtime = Fixtures.Runtime(clock: clock);
        var run = await runtime.PublishAndStart(Fixtures.Elsa("02-start-writeline-flowjoin-end.json"));
        Assert.Equal(["", ""], run.Lines); // both WriteLines have no text
        Assert.Equal(InstanceStatus.Finished, run.Status);
        Assert.Empty(run.Bookmarks);
    }

    [Fact]
    public async Task Fork_runs_every_branch()
    {
        var run = await Fixtures.Runtime(clock: clock).PublishAndStart(Fixtures.Elsa("03-flowfork.json"));
        Assert.Equal(["One", "Two", "Three"], run.Lines);
        Assert.Equal(InstanceStatus.Finished, run.Status);
    }

    [Fact]
    public async Task Timer_start_waits_one_minute_then_the_scheduler_fires_it()
    {
        var runtime = Fixtures.Runtime(clock: clock);
        var run = await runtime.PublishAndStart(Fixtures.Elsa("04-timer-trigger.json"));
        Assert.Equal(InstanceStatus.Suspended, run.Status);
        Assert.Empty(run.Lines);
        var timer = Assert.Single(run.Bookmarks);
        Assert.Equal(clock.GetUtcNow().AddMinutes(1), timer.DueAt);

        var scheduler = new TimerScheduler(runtime);
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await scheduler.FireDueAsync());
        clock.Advance(TimeSpan.FromSeconds(1));
        // Two things are due: this instance's timer, and the published definition's recurring timer trigger,
        // which starts a new instance every minute as Elsa does.
        Assert.Equal(2, await scheduler.FireDueAsync());

        Assert.Equal(["Hello from timer"], await runtime.Lines(run.InstanceId));
        Assert.Equal(InstanceStatus.Finished, (await runtime.GetInstanceAsync(run.InstanceId))!.Status);
        Assert.Equal(0, await scheduler.FireDueAsync());
    }

    [Fact]
    public async Task A_published_timer_trigger_starts_a_new_instance_every_interval()
    {
        var runtime = Fixtures.Runtime(clock: clock);
        await runtime.PublishAsync(Fixtures.Elsa("04-timer-trigger.json"));
        var scheduler = new TimerScheduler(runtime);
        Assert.Equal(0, await scheduler.FireDueAsync());
        var started = new List<string>();
        for (var minute = 1; minute <= 3; minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            Assert.Equal(1, await scheduler.FireDueAsync());
            var id = $"d1d828033d9c2dcd.89ab56281a99239.{clock.GetUtcNow().ToUnixTimeMilliseconds()}";
            Assert.Equal(["Hello from timer"], await runtime.Lines(id));
            Assert.Equal(InstanceStatus.Finished, (await runtime.GetInstanceAsync(id))!.Status);
        }
    }

    [Fact]
    public async Task Timer_as_the_trigger_that_started_the_instance_does_not_wait_again()
    {
        var runtime = Fixtures.Runtime(clock: clock);
        var run = await runtime.PublishAndStart(Fixtures.Elsa("04-timer-trigger.json"), new StartOptions(TriggerActivityId: "89ab56281a99239"));
        Assert.Equal(["Hello from timer"], run.Lines);
        Assert.Equal(InstanceStatus.Finished, run.Status);
    }

    [Fact]
    public async Task Event_inside_a_flow_node_suspends_until_the_event_arrives()
    {
        var runtime = Fixtures.Runtime(clock: clock);
        var run = await runtime.PublishAndStart(Fixtures.Elsa("07-event-in-flownode.json"));
        Assert.Equal(["Intermediary", ""], run.Lines);
        Assert.Equal(InstanceStatus.Suspended, run.Status);
        var bookmark = Assert.Single(run.Bookmarks);
        Assert.Equal(("Elsa.Event", "Event4"), (bookmark.Name, bookmark.Key));

        Assert.Empty(await runtime.ResumeAsync("Elsa.Event", "OtherEvent", null));
        var resumed = Assert.Single(await runtime.ResumeAsync("Elsa.Event", "Event4", JsonValue.Create("payload")));
        Assert.Equal(ResumeStatus.Resumed, resumed.Status);
        Assert.Equal(InstanceStatus.Finished, resumed.Run!.Status);
    }

    [Fact]
    public async Task Decision_false_faults_with_code_and_message_and_the_wait_all_join_never_fires()
    {
        var runtime = Fixtures.Runtime(clock: clock);
        var run = await runtime.PublishAndStart(Fixtures.Elsa("08-decision-join-waitall-fault.json"));
        Assert.Equal(["A", "C", "B", "D"], run.Lines);
        Assert.Equal(InstanceStatus.Faulted, run.Status);
        Assert.Equal(("110002", "failure", "that went south", "cfffbc06a0b6eeb0"), (run.Fault!.Code, run.Fault.Category, run.Fault.Message, run.Fault.ActivityId));
        var instance = await runtime.GetInstanceAsync(run.InstanceId);
        Assert.Equal("110002", Assert.Single(instance!.Incidents).Code);
    }

    [Fact]
    public async Task Set_variable_from_javascript_keeps_dollar_id_fields()
    {
        var runtime = Fixtures.Runtime(clock: clock);
        var run = await runtime.PublishAndStart(Fixtures.Elsa("09-setvariable-javascript.json"));
        Assert.Equal(InstanceStatus.Finished, run.Status);
        var state = await runtime.GetInstanceAsync(run.InstanceId);
        Assert.Equal("#/definitions/inform-front-office-input-afd", state!.Variables["Variable2"]!["inputSchema"]!["$id"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(state.Variables["Variable1"], state.Variables["Variable2"]));
    }

    [Fact]
    public async Task Run_javascript_result_and_complete_with_outcome_success()
    {
        var runtime = Fixtures.Runtime(clock: clock);
        var run = await runtime.PublishAndStart(Fixtures.Elsa("10-runjavascript-complete.json"));
        Assert.Equal(["test", "1", "11", "22"], run.Lines);
        Assert.Equal(InstanceStatus.Finished, run.Status);
        Assert.Equal(["Success"], run.Outcomes);
        var state = await runtime.GetInstanceAsync(run.InstanceId);
        Assert.Equal("ceva", state!.Variables["Variable1"]!["prop1"]!.GetValue<string>());
    }

    [Fact]
    public async Task Legacy_loop_retries_until_the_counter_passes_one()
    {
        var runtime = Fixtures.Runtime(clock: clock);
        var run = await runtime.PublishAndStart(Fixtures.Elsa("11-legacy-preview-loop.json"));
        Assert.True(run.Fault is null, run.Fault?.Message);
        Assert.Equal(["Do something", "Retry", "Do something", "Done"], run.Lines);
        Assert.Equal(InstanceStatus.Finished, run.Status);
        Assert.Equal(2, (await runtime.GetInstanceAsync(run.InstanceId))!.Variables["Counter"]!.AsValue() is var counter ? Governance.Core.Workflows.Runtime.ValueConverter.Number(counter) : 0);
    }

    [Fact]
    public async Task Run_tasks_wait_for_completion_and_end_finishes_at_the_first_follow_up_task()
    {
        var runtime = Fixtures.Runtime(clock: clock);
        var employee = new JsonObject { ["name"] = "张三", ["email"] = "zhangsan@example.cn" };
        var run = await runtime.PublishAndStart(Fixtures.Elsa("12-runtask-human-tasks.json"),
            new StartOptions(Input: new Dictionary<string, JsonNode?> { ["Employee"] = employee }));
        Assert.Equal(InstanceStatus.Suspended, run.Status);
        var task = Assert.Single(run.Bookmarks);
        Assert.Equal(("Elsa.RunTask", "Create Email Account"), (task.Name, task.Key));
        Assert.Equal("张三", task.Payload!["payload"]!["employee"]!["name"]!.GetValue<string>());

        var first = await runtime.ResumeAsync(task.Id, JsonValue.Create("mailbox created"));
        Assert.Equal(ResumeStatus.Resumed, first.Status);
        Assert.Equal(["Add to HR System", "Create GitHub Account", "Create Slack Account"], first.Run!.Bookmarks.Select(b => b.Key).Order());

        var slack = first.Run.Bookmarks.Single(b => b.Key == "Create Slack Account");
        var done = await runtime.ResumeAsync(slack.Id, null);
        Assert.Equal(InstanceStatus.Finished, done.Run!.Status);
        Assert.Empty(done.Run.Bookmarks);
        // End completed the flowchart: the other two tasks were cancelled and cannot be resumed any more.
        var github = first.Run.Bookmarks.Single(b => b.Key == "Create GitHub Account");
        Assert.Equal(ResumeStatus.BookmarkGone, (await runtime.ResumeAsync(github.Id, null)).Status);
    }
}
