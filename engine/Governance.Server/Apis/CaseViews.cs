using Governance.Core.Calendar;
using Governance.Core.Cases;
using Governance.Core.Cases.Actions;
using Governance.Core.Cases.Disclosure;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Core.Packages;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Server.Apis;

public sealed record ReporterView(string? Name, string? Phone, bool Masked);
public sealed record AssigneeView(string Level, string LevelName, string Unit, string Name, string? Department, string? Rule);

/// <summary>A case as lists show it: every code with the name the package or the engine gives it.</summary>
public sealed record CaseSummary(
    string Id, string Number, CaseStatus Status, string StatusName, string Channel, string ChannelName, string ItemCode, string ItemName, string Category,
    string Urgency, string UrgencyName, string Description, string GridCode, string PlaceName, string? Address, DateTimeOffset ReportedAt,
    AssigneeView? Assignee, DateTimeOffset? Deadline, WarningLevel Warning, string WarningName, int WorkflowVersion);

/// <summary>
/// An action the viewer can take on a task now, as the browser shows it: its button (label, tone), what it asks for
/// (fields with their options, the comment), whether the step's form goes with it, and a question to confirm.
/// </summary>
public sealed record ActionView(string Code, string Label, ActionTone Tone, CommentRule Comment, string CommentLabel, bool SendsForm, string? Confirm,
    IReadOnlyList<ActionField> Fields);

public sealed record FormRef(string Id, int Version);

public sealed record TaskView(string Id, string Step, string StepName, string Role, string Unit, string? Department, TaskState State, DateTimeOffset CreatedAt,
    DateTimeOffset? Deadline, WarningLevel Warning, bool Suspended, string? SignedBy, string? CompletedBy, IReadOnlyList<ActionView> Actions, string? Data,
    FormRef? Form);

public sealed record JournalView(int Sequence, DateTimeOffset At, string Action, string? Actor, string? ActorName, string? Role, string? Unit, string? Comment, string? Data);

public sealed record AttachmentView(string Id, string FileName, string ContentType, long Size, string? Step, string UploadedBy, DateTimeOffset UploadedAt, string Url);

/// <summary>A case with everything the viewer may see of it, and whether the viewer may urge it (督办).</summary>
public sealed record CaseDetail(CaseSummary Case, ReporterView Reporter, double? Longitude, double? Latitude, string? Satisfaction, string? SatisfactionName,
    string? MergedInto, DateTimeOffset? ClosedAt, string? Form, IReadOnlyList<TaskView> Tasks, IReadOnlyList<JournalView> Journal,
    IReadOnlyList<AttachmentView> Attachments, bool CanUrge);

public sealed record InboxEntry(TaskView Task, CaseSummary Case);

public sealed record IntakeView(CaseSummary Case, bool Created, IReadOnlyList<IntakeApi.DuplicateView> Similar);

/// <summary>Model → what the API shows, every text through the viewer's disclosure (personal data masked for roles that do not need it).</summary>
public static class CaseViews
{
    public static CaseSummary Summary(Case c, DefinitionSet definitions, CaseDisclosure d)
    {
        var p = definitions.For(c.Place.GridCode);
        return new CaseSummary(c.Id, c.Number, c.Status, Statuses.Name(c.Status), c.Channel,
            p.Channels.FirstOrDefault(x => x.Code == c.Channel)?.Name ?? c.Channel, c.ItemCode,
            p.FindItem(c.ItemCode)?.Name ?? c.ItemCode, c.CategoryCode, c.Urgency, p.Urgencies.FirstOrDefault(u => u.Code == c.Urgency)?.Name ?? c.Urgency,
            d.Text(c.Description)!, c.Place.GridCode, p.Org.Find(c.Place.GridCode)?.Name ?? c.Place.GridCode, d.Text(c.Place.Address), c.ReportedAt,
            c.Assignee is { } a ? new AssigneeView(OrgLevels.Code(a.Level), OrgLevels.Name(a.Level), a.UnitCode, a.Name, a.DepartmentCode, a.RuleId) : null,
            c.Deadline, c.Warning, Text.Format("VALUE-WARNING-" + c.Warning.ToString().ToUpperInvariant()), c.WorkflowVersion);
    }

    public static TaskView Task(CaseTask t, Case c, DefinitionSet definitions, CaseDisclosure d)
    {
        var package = definitions.For(c.Place.GridCode);
        return new(t.Id, t.Step, Steps.Name(t.Step), RoleDefinition.CodeOf(t.Role), t.UnitCode, t.DepartmentCode, t.State, t.CreatedAt,
            t.Deadline, t.Warning, t.Clock?.IsSuspended ?? false, t.SignedBy, t.CompletedBy,
            CaseActions.Available(t, c).Select(a => Action(a, t, c, package)).ToList(), d.Json(t.DataJson),
            t.FormId is { } f && t.FormVersion is { } v ? new FormRef(f, v) : null);
    }

    static ActionView Action(CaseAction a, CaseTask t, Case c, EffectivePackage package) => new(a.Code, Text.Format(a.LabelCode), a.Tone, a.CommentOn(t),
        Text.Format("ACTION-COMMENT"), a.SendsForm, a.ConfirmCode is { } confirm ? Text.Format(confirm) : null, a.Fields(t, c, package));

    public static CaseDetail Detail(Case c, IReadOnlyList<CaseTask> tasks, IReadOnlyList<CaseJournalEntry> journal, IReadOnlyList<Attachment> files,
        CaseDisclosure d, DefinitionSet definitions, System.Text.Json.Nodes.JsonObject form, bool canUrge) =>
        new(Summary(c, definitions, d), new ReporterView(d.ReporterName, d.ReporterPhone, !d.Unmasked),
            Finite(c.Place.Longitude), Finite(c.Place.Latitude), c.Satisfaction is { } s ? Rate.CodeOf(s) : null, c.Satisfaction is { } n ? Rate.NameOf(n) : null,
            c.MergedInto, c.ClosedAt, form.ToJsonString(),
            tasks.Select(t => Task(t, c, definitions, d)).ToList(),
            journal.Select(j => new JournalView(j.Sequence, j.At, j.Action, j.Actor, d.ActorName(j), j.Role, j.Unit, d.Text(j.Comment), d.Json(j.DataJson))).ToList(),
            files.Select(f => new AttachmentView(f.Id, d.Text(f.FileName)!, f.ContentType, f.Size, f.Step, f.UploadedBy, f.UploadedAt, Attachment.Url(c.Id, f.Id))).ToList(),
            canUrge);

    // A coordinate stored before coordinates were checked must not make the case unreadable.
    static double? Finite(double? x) => x is { } v && double.IsFinite(v) ? v : null;
}
