using Governance.Core.Cases;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Core.Definitions;
using Governance.Core.Definitions.Model;

namespace Governance.Server.Apis;

public sealed record ReporterView(string? Name, string? Phone, bool Masked);
public sealed record AssigneeView(string Level, string Unit, string Name, string? Department, string? Rule);

public sealed record CaseSummary(
    string Id, string Number, string Status, string StatusName, string Channel, string ItemCode, string ItemName, string Category,
    string Urgency, string Description, string GridCode, string PlaceName, string? Address, DateTimeOffset ReportedAt,
    AssigneeView? Assignee, DateTimeOffset? Deadline, string Warning, int WorkflowVersion);

public sealed record FormRef(string Id, int Version);

public sealed record TaskView(string Id, string Step, string Role, string Unit, string? Department, string State, DateTimeOffset CreatedAt,
    DateTimeOffset? Deadline, string Warning, bool Suspended, string? SignedBy, string? CompletedBy, IReadOnlyList<string> Actions, string? Data,
    FormRef? Form);

public sealed record JournalView(int Sequence, DateTimeOffset At, string Action, string? Actor, string? ActorName, string? Role, string? Unit, string? Comment, string? Data);

public sealed record AttachmentView(string Id, string FileName, string ContentType, long Size, string? Step, string UploadedBy, DateTimeOffset UploadedAt, string Url);

public sealed record CaseDetail(CaseSummary Case, ReporterView Reporter, double? Longitude, double? Latitude, string? Satisfaction, string? MergedInto,
    DateTimeOffset? ClosedAt, string? Form, IReadOnlyList<TaskView> Tasks, IReadOnlyList<JournalView> Journal, IReadOnlyList<AttachmentView> Attachments);

public sealed record InboxEntry(TaskView Task, CaseSummary Case);

public sealed record IntakeView(CaseSummary Case, bool Created, IReadOnlyList<IntakeApi.DuplicateView> Similar);

/// <summary>Model → what the API shows, with personal data masked for roles that do not need it.</summary>
public static class CaseViews
{
    public static CaseSummary Summary(Case c, DefinitionSet definitions)
    {
        var p = definitions.For(c.Place.GridCode);
        return new CaseSummary(c.Id, c.Number, c.Status.ToString().ToLowerInvariant(), Statuses.Name(c.Status), c.Channel, c.ItemCode,
            p.FindItem(c.ItemCode)?.Name ?? c.ItemCode, c.CategoryCode, c.Urgency, c.Description, c.Place.GridCode,
            p.Org.Find(c.Place.GridCode)?.Name ?? c.Place.GridCode, c.Place.Address, c.ReportedAt,
            c.Assignee is { } a ? new AssigneeView(a.Level.ToString().ToLowerInvariant(), a.UnitCode, a.Name, a.DepartmentCode, a.RuleId) : null,
            c.Deadline, c.Warning.ToString().ToLowerInvariant(), c.WorkflowVersion);
    }

    public static TaskView Task(CaseTask t, Case c) => new(t.Id, t.Step, RoleDefinition.CodeOf(t.Role), t.UnitCode, t.DepartmentCode,
        t.State.ToString().ToLowerInvariant(), t.CreatedAt, t.Deadline, t.Warning.ToString().ToLowerInvariant(), t.Clock?.IsSuspended ?? false,
        t.SignedBy, t.CompletedBy, ActionCatalog.Available(t, c), t.DataJson,
        t.FormId is { } f && t.FormVersion is { } v ? new FormRef(f, v) : null);

    public static CaseDetail Detail(Case c, IReadOnlyList<CaseTask> tasks, IReadOnlyList<CaseJournalEntry> journal, IReadOnlyList<Attachment> files,
        Actor viewer, DefinitionSet definitions, System.Text.Json.Nodes.JsonObject form)
    {
        var sees = Permissions.SeesReporter(viewer);
        return new CaseDetail(Summary(c, definitions),
            new ReporterView(sees ? c.Reporter.Name : Masking.Name(c.Reporter.Name), sees ? c.Reporter.Phone : Masking.Phone(c.Reporter.Phone), !sees),
            c.Place.Longitude, c.Place.Latitude, c.Satisfaction?.ToString().ToLowerInvariant(), c.MergedInto, c.ClosedAt, form.ToJsonString(),
            tasks.Select(t => Task(t, c)).ToList(),
            journal.Select(j => new JournalView(j.Sequence, j.At, j.Action, j.Actor, j.ActorName, j.Role, j.Unit, j.Comment, j.DataJson)).ToList(),
            files.Select(f => new AttachmentView(f.Id, f.FileName, f.ContentType, f.Size, f.Step, f.UploadedBy, f.UploadedAt,
                $"/api/cases/{c.Id}/attachments/{f.Id}")).ToList());
    }
}
