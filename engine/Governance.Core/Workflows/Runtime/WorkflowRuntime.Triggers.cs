using System.Text.Json.Nodes;
using Governance.Core.Workflows.Persistence;

namespace Governance.Core.Workflows.Runtime;

// Triggers: start activities that start new instances by themselves (an Event by name, a recurring Timer).
public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Raises a named event: resumes every instance waiting on it (Elsa.Event bookmarks) and starts every
    /// published definition whose start activity is an Elsa.Event trigger for it.
    /// </summary>
    public async Task<(IReadOnlyList<ResumeResult> Resumed, IReadOnlyList<RunResult> Started)> RaiseEventAsync(string eventName, JsonNode? payload = null, CancellationToken ct = default)
    {
        var resumed = await ResumeAsync("Elsa.Event", eventName, payload, ct);
        var started = new List<RunResult>();
        foreach (var trigger in await Store.FindTriggersAsync("Elsa.Event", eventName, ct))
            started.Add(await StartAsync(trigger.DefinitionId, new StartOptions(
                Input: new Dictionary<string, JsonNode?> { ["event"] = payload?.DeepClone() }, Version: trigger.Version, TriggerActivityId: trigger.ActivityId), ct));
        return (resumed, started);
    }

    /// <summary>
    /// Fires a claimed timer trigger: starts an instance whose id is derived from the trigger and its due time,
    /// so a trigger fired twice (a lease ran out) starts one instance; then moves the trigger to its next time.
    /// Returns false when this due time had already started its instance.
    /// </summary>
    public async Task<bool> FireTriggerAsync(WorkflowTrigger trigger, CancellationToken ct = default)
    {
        var due = trigger.DueAt ?? Clock.GetUtcNow();
        var started = true;
        try
        {
            await StartAsync(trigger.DefinitionId, new StartOptions(Version: trigger.Version, TriggerActivityId: trigger.ActivityId,
                InstanceId: $"{trigger.DefinitionId}.{trigger.ActivityId}.{due.ToUnixTimeMilliseconds()}"), ct);
        }
        catch (WorkflowRuntimeException e) when (e.Code == "WF-COMMIT-CONFLICT")
        {
            started = false;
        }
        var interval = trigger.Interval ?? TimeSpan.FromMinutes(1);
        var next = due + interval;
        var now = Clock.GetUtcNow();
        if (next <= now) next = now + interval; // after a long outage: fire once, not once per missed interval
        await Store.AdvanceTriggerAsync(trigger.Id, due, next, ct);
        return started;
    }

    IReadOnlyList<WorkflowTrigger> Triggers(CompiledWorkflow workflow)
    {
        var triggers = new List<WorkflowTrigger>();
        var now = Clock.GetUtcNow();
        foreach (var m in workflow.Scopes[0].Members)
        {
            var node = workflow.Nodes[m];
            if (node.Descriptor is not { Trigger: true } || !node.Node.CanStartWorkflow) continue;
            var id = $"{workflow.DefinitionId}:{node.Id}";
            if (node.Node.Type == "Elsa.Timer" && node.Inputs.TryGetValue("interval", out var e) && e.IsConstant
                && ValueConverter.Convert<TimeSpan>(e.Constant) is var interval && interval > TimeSpan.Zero)
                triggers.Add(new WorkflowTrigger(id, workflow.DefinitionId, workflow.Version, node.Id, node.Node.Type, null, interval, now + interval));
            else if (node.Node.Type == "Elsa.Event" && node.Inputs.TryGetValue("eventName", out var ev) && ev.IsConstant)
                triggers.Add(new WorkflowTrigger(id, workflow.DefinitionId, workflow.Version, node.Id, node.Node.Type, ev.ConstantText, null, null));
            else if (node.Node.Type == Activities.Http.HttpEndpoint.TypeName && Activities.Http.HttpEndpoint.Route(node) is { } route)
                // One trigger per method, keyed "METHOD /path", so a request finds its flow by method and path.
                foreach (var method in route.Methods)
                    triggers.Add(new WorkflowTrigger($"{id}:{method}", workflow.DefinitionId, workflow.Version, node.Id, node.Node.Type, $"{method} {route.Path}", null, null));
        }
        return triggers;
    }
}
