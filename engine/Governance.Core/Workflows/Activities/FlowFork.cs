using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

[Activity("Elsa.FlowFork", Category = "Flow", DisplayName = "分叉", Description = "同时走所有分支。", DynamicPorts = true, Ports = [])]
[ActivityInput("branches", "String[]", DisplayName = "分支")]
public sealed class FlowFork : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        context.Complete(context.GetInput<string[]>("branches") ?? []);
        return default;
    }
}
