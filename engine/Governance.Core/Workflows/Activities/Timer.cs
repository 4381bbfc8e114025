using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

/// <summary>Waits for an interval. As the trigger that started the instance it continues at once.</summary>
[Activity("Elsa.Timer", Category = "Scheduling", DisplayName = "定时器", Description = "等待一段时间后继续。", Trigger = true)]
[ActivityInput("interval", "TimeSpan", DisplayName = "间隔", Required = true)]
public sealed class Timer : IResumableActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        if (context.IsTrigger)
        {
            context.Complete();
            return default;
        }
        var interval = context.GetInput<TimeSpan>("interval");
        context.CreateBookmark(new BookmarkRequest("Elsa.Timer", null, context.Clock.GetUtcNow() + interval));
        return default;
    }

    public ValueTask ResumeAsync(IActivityContext context, BookmarkInfo bookmark)
    {
        context.Complete();
        return default;
    }
}
