using Governance.Core.Cases.Model;

namespace Governance.Core.Cases.Actions;

/// <summary>An action that completes its step through a port and asks for nothing but (perhaps) a comment.</summary>
public sealed class StepAction(string code, string step, string outcome, CommentRule comment, ActionTone tone = ActionTone.Default,
    bool sendsForm = false, Func<CaseTask, Case, bool>? available = null, string? commentField = null) : CaseAction
{
    public static readonly StepAction Reject = new("reject", Steps.Accept, "Rejected", CommentRule.Required, ActionTone.Danger);
    public static readonly StepAction Return = new("return", Steps.Handle, "Returned", CommentRule.Required, ActionTone.Danger);
    public static readonly StepAction Escalate = new("escalate", Steps.Handle, "Escalated", CommentRule.Required, available: Handling);
    public static readonly StepAction Pass = new("pass", Steps.Verify, "Passed", CommentRule.Optional, ActionTone.Primary, sendsForm: true, commentField: "opinion");
    public static readonly StepAction Fail = new("fail", Steps.Verify, "Failed", CommentRule.Required, ActionTone.Danger, sendsForm: true, commentField: "opinion");

    public override string Code => code;
    public override string Step => step;
    public override string? Outcome => outcome;
    public override CommentRule Comment => comment;
    public override ActionTone Tone => tone;
    public override bool SendsForm => sendsForm;
    public override string? CommentField => commentField;
    public override bool IsAvailable(CaseTask task, Case c) => available?.Invoke(task, c) ?? true;

    /// <summary>Handling actions need the case handed over and not suspended.</summary>
    public static bool Handling(CaseTask task, Case c) => c.Status is CaseStatus.Handling or CaseStatus.Dispatched;
}
