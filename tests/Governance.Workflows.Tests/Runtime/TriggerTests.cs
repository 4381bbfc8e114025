using System.Text.Json.Nodes;
using Governance.Core.Workflows.Runtime;
using Governance.Workflows.Tests.Infrastructure;
using static Governance.Workflows.Tests.Infrastructure.TestFlows;

namespace Governance.Workflows.Tests.Runtime;

public class TriggerTests
{
    [Fact]
    public async Task Raising_an_event_starts_flows_triggered_by_it_and_resumes_instances_waiting_for_it()
    {
        var runtime = Fixtures.Runtime();
        var triggered = Chain("on-report",
            Activity("e", "Elsa.Event", ("eventName", "Literal", "事件上报")).With("customProperties", new JsonObject { ["canStartWorkflow"] = true }),
            WriteLine("w", "return '受理 ' + getInput('event').caseNo;", "JavaScript"));
        await runtime.PublishAsync(triggered);
        var waiting = await runtime.PublishAndStart(Chain("waits", Activity("e", "Elsa.Event", ("eventName", "Literal", "事件上报")), WriteLine("w", "等到了")));

        var (resumed, started) = await runtime.RaiseEventAsync("事件上报", new JsonObject { ["caseNo"] = "SJ-9" });

        Assert.Equal(["受理 SJ-9"], Assert.Single(started).Lines);
        Assert.Equal(InstanceStatus.Finished, started[0].Status);
        Assert.Equal(["等到了"], Assert.Single(resumed).Run!.Lines);
        Assert.Equal(["等到了"], await runtime.Lines(waiting.InstanceId));
        var (_, none) = await runtime.RaiseEventAsync("别的事件");
        Assert.Empty(none);
    }

    [Fact]
    public async Task Republishing_with_the_same_interval_does_not_postpone_the_next_fire()
    {
        var clock = new ManualClock();
        var runtime = Fixtures.Runtime(clock: clock);
        await runtime.PublishAsync(Fixtures.Elsa("04-timer-trigger.json"));
        var due = Assert.Single(await runtime.Store.FindTriggersAsync("Elsa.Timer", null)).DueAt;
        clock.Advance(TimeSpan.FromSeconds(40));
        await runtime.PublishAsync(Fixtures.Elsa("04-timer-trigger.json")); // e.g. a server restart republishing its package
        Assert.Equal(due, Assert.Single(await runtime.Store.FindTriggersAsync("Elsa.Timer", null)).DueAt);
    }

    [Fact]
    public async Task Publishing_a_new_version_replaces_the_triggers_of_the_old_one()
    {
        var clock = new ManualClock();
        var runtime = Fixtures.Runtime(clock: clock);
        await runtime.PublishAsync(Fixtures.Elsa("04-timer-trigger.json"));
        var v2 = Fixtures.Elsa("04-timer-trigger.json");
        v2.Root.Activities!.Single(a => a.Type == "Elsa.Timer").Properties["interval"]!["expression"]!["value"] = "00:05:00";
        var (published, _) = await runtime.PublishAsync(v2);
        var trigger = Assert.Single(await runtime.Store.FindTriggersAsync("Elsa.Timer", null));
        Assert.Equal((published!.Version, TimeSpan.FromMinutes(5)), (trigger.Version, trigger.Interval));
    }
}
