using Governance.Sdk.Activities;

namespace Governance.Workflows.Tests.Workers;

/// <summary>Queues one outbox message to channel "test" for the recipient given.</summary>
[Activity("Test.Notify", Category = "Test")]
[ActivityInput("to", "String")]
public sealed class Notify : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        context.Send(new OutboxMessage("test", context.GetInput<string>("to") ?? "", null, "督办通知"));
        context.Complete();
        return default;
    }
}
