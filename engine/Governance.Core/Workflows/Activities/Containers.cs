using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

// Containers run their body; the executor does that itself, so these classes only describe them.

[Activity("Elsa.Flowchart", Category = "Flow", DisplayName = "流程图", Description = "由连线组成的活动图。")]
public sealed class Flowchart : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context) => throw new InvalidOperationException("The executor runs flowcharts.");
}

[Activity("Elsa.FlowNode", Category = "Flow", DisplayName = "容器节点", Description = "运行其中的活动，完成后继续。")]
public sealed class FlowNode : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context) => throw new InvalidOperationException("The executor runs flow nodes.");
}
