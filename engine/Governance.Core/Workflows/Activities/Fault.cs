using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

[Activity("Elsa.Fault", Category = "Primitives", DisplayName = "故障", Description = "以错误码和消息使实例进入故障状态。", Ports = [])]
[ActivityInput("code", "String", DisplayName = "错误码")]
[ActivityInput("category", "String", DisplayName = "类别")]
[ActivityInput("message", "String", DisplayName = "消息")]
public sealed class Fault : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        context.Fault(context.GetInput<string>("code") ?? "0", context.GetInput<string>("category"), context.GetInput<string>("message") ?? "");
        return default;
    }
}
