using Governance.Core.Cases.Model;

namespace Governance.Core.Cases.Services;

/// <summary>
/// An action a person can take on a task. One with an <see cref="Outcome"/> completes the step: the case
/// service resumes the loop through that port. One without is a side action the service carries out itself.
/// </summary>
public sealed record CaseAction(string Name, string JournalCode, string? Outcome, bool CommentRequired = false);

/// <summary>The actions of each step. A loop's own steps get the actions of the built-in step they are named after.</summary>
public static class ActionCatalog
{
    static readonly Dictionary<string, CaseAction[]> ByStep = new(StringComparer.Ordinal)
    {
        [Steps.Accept] =
        [
            new("register", "CASE-ACT-REGISTER", "Registered"),
            new("reject", "CASE-ACT-REJECT", "Rejected", CommentRequired: true),
            new("merge", "CASE-ACT-MERGE", "Merged"),
        ],
        [Steps.Handle] =
        [
            new("sign", "CASE-ACT-SIGN", null),
            new("reply", "CASE-ACT-REPLY", "Replied", CommentRequired: true),
            new("return", "CASE-ACT-RETURN", "Returned", CommentRequired: true),
            new("escalate", "CASE-ACT-ESCALATE", "Escalated", CommentRequired: true),
            new("extend", "CASE-ACT-EXTEND", null, CommentRequired: true),
            new("suspend", "CASE-ACT-SUSPEND", null, CommentRequired: true),
            new("resume", "CASE-ACT-RESUME", null),
            new("cohandle", "CASE-ACT-COHANDLE", null),
        ],
        [Steps.Reassign] = [new("reassign", "CASE-ACT-REASSIGN", "Reassigned")],
        [Steps.Verify] =
        [
            new("pass", "CASE-ACT-PASS", "Passed"),
            new("fail", "CASE-ACT-FAIL", "Failed", CommentRequired: true),
        ],
        [Steps.Callback] = [new("rate", "CASE-ACT-RATE", null)], // the outcome follows from the rating
        [Steps.ApproveExtension] =
        [
            new("approve", "CASE-ACT-APPROVE", null),
            new("deny", "CASE-ACT-DENY", null, CommentRequired: true),
        ],
        [Steps.CoHandle] = [new("reply", "CASE-ACT-COREPLY", null, CommentRequired: true)],
    };

    public static IReadOnlyList<CaseAction> For(string step) => ByStep.GetValueOrDefault(step) ?? [];

    /// <summary>The actions that make sense now: sign only until signed, resume only while suspended, and so on.</summary>
    public static IReadOnlyList<string> Available(CaseTask task, Case c)
    {
        if (task.State != TaskState.Open) return [];
        return For(task.Step).Select(a => a.Name).Where(name => name switch
        {
            "sign" => task.SignedAt is null && c.Status == CaseStatus.Dispatched,
            "resume" => c.Status == CaseStatus.Suspended,
            "suspend" or "extend" or "cohandle" or "reply" or "escalate" when task.Step == Steps.Handle => c.Status is CaseStatus.Handling or CaseStatus.Dispatched,
            _ => true,
        }).ToList();
    }
}
