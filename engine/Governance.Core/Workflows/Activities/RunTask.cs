using System.Text.Json.Nodes;
using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

/// <summary>
/// Asks something outside the workflow to do a task and waits for it: the bookmark carries the task name and
/// payload; whoever completes the task resumes it (by id, or by Elsa.RunTask and the task name) with the result.
/// </summary>
[Activity("Elsa.RunTask", Category = "Primitives", DisplayName = "外部任务", Description = "请求外部完成一项任务并等待结果。")]
[ActivityInput("taskName", "String", DisplayName = "任务名", Required = true)]
[ActivityInput("payload", "ObjectDictionary", DisplayName = "任务数据")]
[ActivityOutput("result", "Object")]
public sealed class RunTask : IResumableActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        var name = context.GetInput<string>("taskName");
        var payload = new JsonObject { ["taskName"] = name, ["payload"] = context.GetInput("payload")?.DeepClone() };
        context.CreateBookmark(new BookmarkRequest("Elsa.RunTask", name, null, payload));
        return default;
    }

    public ValueTask ResumeAsync(IActivityContext context, BookmarkInfo bookmark)
    {
        context.SetOutput("result", context.ResumeInput?.DeepClone());
        context.Complete();
        return default;
    }
}
