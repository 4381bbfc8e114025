using Governance.Core.Cases.Model;

namespace Governance.Core.Cases.Actions;

/// <summary>The one registry of case actions: what each step offers. A loop's own steps get the actions of the built-in step they are named after.</summary>
public static class CaseActions
{
    public static IReadOnlyList<CaseAction> All { get; } =
    [
        new Register(), StepAction.Reject, new Merge(),
        new Sign(), new Reply(), StepAction.Return, StepAction.Escalate, new Extend(), new Suspend(), new Resume(), new CoHandle(),
        new Reassign(),
        StepAction.Pass, StepAction.Fail,
        new Rate(),
        new Approve(), new Deny(),
        new CoReply(),
    ];

    static readonly ILookup<string, CaseAction> ByStep = All.ToLookup(a => a.Step, StringComparer.Ordinal);

    public static IReadOnlyList<CaseAction> For(string step) => ByStep[step].ToList();

    public static CaseAction? Find(string step, string code) => ByStep[step].FirstOrDefault(a => a.Code == code);

    /// <summary>The actions that make sense on an open task now.</summary>
    public static IReadOnlyList<CaseAction> Available(CaseTask task, Case c) =>
        task.State != TaskState.Open ? [] : For(task.Step).Where(a => a.IsAvailable(task, c)).ToList();
}
