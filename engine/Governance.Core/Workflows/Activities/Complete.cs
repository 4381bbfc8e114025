using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

/// <summary>Completes the enclosing flowchart with outcomes; on the root flowchart the workflow finishes with them.</summary>
[Activity("Elsa.Complete", Category = "Flow", DisplayName = "完成", Description = "以给定结果完成所在的流程图。", Ports = [])]
[ActivityInput("outcomes", "Object", DisplayName = "结果")]
public sealed class Complete : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        context.CompleteComposite(Outcomes.From(context.GetInput("outcomes")));
        return default;
    }
}
