using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

/// <summary>Reaching End completes the enclosing flowchart; anything still scheduled or waiting in it is cancelled.</summary>
[Activity("Elsa.End", Category = "Flow", DisplayName = "结束", Description = "结束所在的流程图。", Terminal = true, Ports = [])]
public sealed class End : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        context.Complete();
        return default;
    }
}
