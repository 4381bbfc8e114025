using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

/// <summary>Finishes the whole workflow at once, whatever is still scheduled or waiting.</summary>
[Activity("Elsa.Finish", Category = "Flow", DisplayName = "结束流程", Description = "立即结束整个工作流。", Ports = [])]
[ActivityInput("outcomes", "Object", DisplayName = "结果")]
public sealed class Finish : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        context.FinishWorkflow(Outcomes.From(context.GetInput("outcomes")));
        return default;
    }
}
