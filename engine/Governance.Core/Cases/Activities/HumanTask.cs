using System.Text.Json.Nodes;
using Governance.Core.Messages;
using Governance.Sdk.Activities;

namespace Governance.Core.Cases.Activities;

/// <summary>
/// A step of the loop done by a person: it waits on a "Governance.Task" bookmark whose payload says which
/// step, which role and which unit (and department) the task is for. The case service turns the bookmark into
/// an inbox task and, when someone acts, resumes it with <c>{"outcome": …}</c>; the step continues through
/// that port. Side actions (sign for, suspend, urge …) never resume the bookmark.
/// </summary>
public abstract class HumanTask : IResumableActivity
{
    public const string BookmarkName = "Governance.Task";

    /// <summary>The step name in the task payload (accept, handle, …).</summary>
    protected abstract string Step { get; }

    /// <summary>The ports the step can leave through; the resume must name one of them.</summary>
    protected abstract string[] Outcomes { get; }

    /// <summary>Who the task is for, written into the bookmark payload.</summary>
    protected abstract JsonObject Assign(IActivityContext context);

    public ValueTask ExecuteAsync(IActivityContext context)
    {
        var payload = Assign(context);
        payload["step"] = Step;
        payload["title"] = context.ActivityName;
        payload["outcomes"] = new JsonArray(Outcomes.Select(o => (JsonNode?)o).ToArray());
        if (context.GetInput<string>("formId") is { } form) payload["form"] = form;
        context.CreateBookmark(new BookmarkRequest(BookmarkName, context.GetWorkflowInput("caseId")?.GetValue<string>(), null, payload));
        return default;
    }

    public ValueTask ResumeAsync(IActivityContext context, BookmarkInfo bookmark)
    {
        var outcome = context.ResumeInput?["outcome"]?.GetValue<string>();
        if (outcome is null || !Outcomes.Contains(outcome))
        {
            context.Fault("CASE-OUTCOME", "Case", Text.Format("CASE-OUTCOME", Step, outcome, string.Join(", ", Outcomes)));
            return default;
        }
        OnResumed(context, outcome, context.ResumeInput?["data"] as JsonObject);
        context.Complete(outcome);
        return default;
    }

    /// <summary>Lets a step keep what the actor decided (a reclassification, a reassignment target).</summary>
    protected virtual void OnResumed(IActivityContext context, string outcome, JsonObject? data) { }

    /// <summary>The county center of the place: operators there accept, reassign, verify and call back.</summary>
    protected static JsonObject Center(IActivityContext context) => new()
    {
        ["role"] = "operator",
        ["unit"] = context.GetVariable("county")?.DeepClone() ?? context.GetWorkflowInput("county")?.DeepClone(),
        ["level"] = "county",
    };
}
