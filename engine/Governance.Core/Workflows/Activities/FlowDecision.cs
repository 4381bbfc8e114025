using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

[Activity("Elsa.FlowDecision", Category = "Branching", DisplayName = "判断", Description = "条件为真走 True，否则走 False。", Ports = ["True", "False"])]
[ActivityInput("condition", "Boolean", DisplayName = "条件", DefaultSyntax = "JavaScript")]
public sealed class FlowDecision : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        context.Complete(context.GetInput<bool>("condition") ? "True" : "False");
        return default;
    }
}
