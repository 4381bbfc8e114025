using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

[Activity("Elsa.Start", Category = "Flow", DisplayName = "开始", Description = "流程图从这里开始。")]
public sealed class Start : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        context.Complete();
        return default;
    }
}
