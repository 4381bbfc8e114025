using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

/// <summary>
/// Merges branches. WaitAll continues once every inbound connection has arrived; WaitAny continues on the
/// first, cancels what still waits on the other inbound branches, and absorbs their late arrivals.
/// </summary>
[Activity("Elsa.FlowJoin", Category = "Flow", DisplayName = "汇合", Description = "等待分支汇合。")]
[ActivityInput("mode", "FlowJoinMode", DisplayName = "模式", Options = ["WaitAny", "WaitAll"])]
public sealed class FlowJoin : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        var join = context.Join;
        var waitAll = string.Equals(context.GetInput<string>("mode"), "WaitAll", StringComparison.OrdinalIgnoreCase);
        var all = join.Arrived >= join.InboundConnections;
        if (waitAll)
        {
            if (!all) return default;
            join.Reset();
            context.Complete();
            return default;
        }
        if (join.Fired)
        {
            if (all) join.Reset();
            return default;
        }
        join.MarkFired();
        if (all) join.Reset();
        else if (context is Runtime.ActivityContext own) own.CancelInboundBranches();
        context.Complete();
        return default;
    }
}
