using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

/// <summary>Waits for a named event; resume with (Elsa.Event, eventName). The resumer's input becomes the result.</summary>
[Activity("Elsa.Event", Category = "Primitives", DisplayName = "等待事件", Description = "等待指定名称的事件。", Trigger = true)]
[ActivityInput("eventName", "String", DisplayName = "事件名", Required = true)]
[ActivityOutput("result", "Object")]
public sealed class Event : IResumableActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        if (context.IsTrigger)
        {
            context.Complete();
            return default;
        }
        context.CreateBookmark(new BookmarkRequest("Elsa.Event", context.GetInput<string>("eventName")));
        return default;
    }

    public ValueTask ResumeAsync(IActivityContext context, BookmarkInfo bookmark)
    {
        context.SetOutput("result", context.ResumeInput?.DeepClone());
        context.Complete();
        return default;
    }
}
