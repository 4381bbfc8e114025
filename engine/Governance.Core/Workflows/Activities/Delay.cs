using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

/// <summary>A delay does not wait: it leaves a bookmark with its due time, and the timer scheduler resumes it.</summary>
[Activity("Elsa.Delay", Category = "Scheduling", DisplayName = "延时", Description = "延时一段时间后继续。")]
[ActivityInput("timeSpan", "TimeSpan", DisplayName = "时长", Required = true)]
public sealed class Delay : IResumableActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        var span = context.GetInput<TimeSpan>("timeSpan");
        context.CreateBookmark(new BookmarkRequest("Elsa.Delay", null, context.Clock.GetUtcNow() + span));
        return default;
    }

    public ValueTask ResumeAsync(IActivityContext context, BookmarkInfo bookmark)
    {
        context.Complete();
        return default;
    }
}
