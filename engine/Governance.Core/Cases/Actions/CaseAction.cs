using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;

namespace Governance.Core.Cases.Actions;

public enum CommentRule { None, Optional, Required }

public enum ActionTone { Default, Primary, Danger }

/// <summary>How the browser asks for a field: free text, a number, a choice (its options given), an item of the catalog, or a unit to send the case to.</summary>
public enum ActionFieldType { Text, Number, Choice, Item, OrgTarget }

public sealed record ActionOption(string Value, string Label);

/// <summary>A value an action asks for beside the comment, sent in the request's <c>data</c> under <see cref="Name"/>.</summary>
public sealed record ActionField(string Name, string Label, ActionFieldType Type, bool Required = false, bool Multiple = false,
    string? Help = null, string? Default = null, int? Min = null, IReadOnlyList<ActionOption>? Options = null);

/// <summary>
/// One thing a person can do on a task: what the browser shows (label, fields, comment, tone, confirmation), when it
/// is available, and what it does. One with an <see cref="Outcome"/> completes the step through that port (the loop
/// resumes); one without is a side action the case service writes itself. A new action is one class registered in
/// <see cref="CaseActions"/>; the browser learns of it from the descriptors on each task.
/// </summary>
public abstract class CaseAction
{
    public abstract string Code { get; }
    public abstract string Step { get; }

    /// <summary>The port a step action completes through; null for a side action (or one that decides it, <see cref="CompletesStep"/>).</summary>
    public virtual string? Outcome => null;
    public virtual bool CompletesStep => Outcome is not null;
    public virtual string JournalCode => "CASE-ACT-" + Code.ToUpperInvariant();
    public virtual string LabelCode => JournalCode;
    public virtual CommentRule Comment => CommentRule.Optional;
    public virtual ActionTone Tone => ActionTone.Default;
    /// <summary>Whether the step's form goes with the action (the browser checks it first).</summary>
    public virtual bool SendsForm => false;
    /// <summary>Whether the action is refused without the step's form (the reply's 回单).</summary>
    public virtual bool RequiresForm => false;
    /// <summary>A question the browser asks before sending, when the action cannot be undone lightly.</summary>
    public virtual string? ConfirmCode => null;

    /// <summary>The fields the action asks for, with options for this case (its county's departments, say).</summary>
    public virtual IReadOnlyList<ActionField> Fields(Case c, EffectivePackage package) => [];

    /// <summary>The fields on this task: an action whose step has a form leaves out what the form already asks.</summary>
    public virtual IReadOnlyList<ActionField> Fields(CaseTask task, Case c, EffectivePackage package) => Fields(c, package);

    /// <summary>
    /// The key of the step form's field that is this action's comment (核查意见, 处置措施, 评价意见): with a form on the
    /// task, the browser asks no separate 办理意见 and the journal takes the comment from that field.
    /// </summary>
    public virtual string? CommentField => null;

    /// <summary>The comment as asked on this task: none when the task's form carries it.</summary>
    public CommentRule CommentOn(CaseTask task) => CommentField is not null && task.FormId is not null ? CommentRule.None : Comment;

    /// <summary>Whether the action makes sense now: sign only until signed, resume only while suspended, and so on.</summary>
    public virtual bool IsAvailable(CaseTask task, Case c) => true;

    /// <summary>A step action checks the request and says what the step's commit changes on the case.</summary>
    public virtual Task PrepareAsync(ActionContext context, CancellationToken ct) => Task.CompletedTask;

    /// <summary>A side action changes the case and its tasks; the service saves them with one journal entry.</summary>
    public virtual Task ApplyAsync(ActionContext context, CancellationToken ct) => Task.CompletedTask;
}
