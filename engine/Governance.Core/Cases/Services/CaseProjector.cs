using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Governance.Core.Calendar;
using Governance.Core.Cases.Activities;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Forms.Model;
using Governance.Core.Forms.Runtime;
using Governance.Core.Messages;
using Governance.Core.Packages;
using Governance.Core.Workflows.Persistence;
using Governance.Core.Workflows.Runtime;

namespace Governance.Core.Cases.Services;

/// <summary>
/// Turns one commit of a case's loop into the case change that goes with it: the tasks the loop now waits on
/// become inbox tasks (with their time limits), finished ones are marked done, the lines the activities wrote
/// become system entries of the case journal, and the case moves to the step it waits on, or ends.
/// </summary>
/// <param name="closureSubscribers">Plugins that hear when a case ends for its reporter (a hotline connector replying to its platform).</param>
public sealed class CaseProjector(IPackageProvider packages, IReadOnlyList<Governance.Sdk.Cases.ICaseClosureSubscriber>? closureSubscribers = null)
{
    static readonly ConditionalWeakTable<FormLibrary, FormValidators> Validators = new();
    static readonly ConditionalWeakTable<EffectivePackage, WorkCalendar> Calendars = new();

    /// <summary>The forms of a package, each version compiled once per package.</summary>
    public FormValidators FormsOf(DefinitionSet definitions) => Validators.GetValue(definitions.Forms, library => new FormValidators(library));

    public WorkCalendar CalendarFor(EffectivePackage package) => Calendars.GetValue(package, p => new WorkCalendar(p.Calendar));

    public CaseChange Project(Case c, IReadOnlyList<CaseTask> tasks, InstanceCommit commit, CaseCommitContext? context, DateTimeOffset now)
    {
        var before = c.Snapshot();
        var expectedVersion = context?.NewCase is null ? c.Version : 0;
        // The package in force at the commit: a step that starts now takes today's routes, limits and forms.
        var definitions = packages.Current;
        var journal = new CaseJournal(c, now);
        var changed = new List<TaskChange>();

        context?.Mutate?.Invoke(c);
        if (context?.Action is { } action) journal.Add(action, context.Actor, context.Comment, context.DataJson);

        var finished = commit.State.Status is InstanceStatus.Finished or InstanceStatus.Faulted;
        var gone = commit.RemovedBookmarks.Append(commit.ConsumedBookmarkId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var t in tasks.Where(t => t.State == TaskState.Open && t.FromWorkflow && (finished || gone.Contains(t.Id))))
        {
            changed.Add(new TaskChange(t, t.Version));
            t.State = TaskState.Done;
            t.CompletedAt = now;
            t.CompletedBy = context?.Actor.Username ?? Actor.System.Username;
            t.NextWarningAt = null;
        }

        foreach (var line in commit.Journal.Where(j => j.Kind == "WriteLine"))
            journal.Add(Text.Format("CASE-ACT-SYSTEM"), Actor.System, line.Text, null);

        foreach (var b in commit.AddedBookmarks.Where(b => b.Name == HumanTask.BookmarkName))
        {
            var task = NewTask(c, definitions, b.Id, b.Payload as JsonObject ?? [], now);
            changed.Add(new TaskChange(task, 0));
            if (task.CalendarProblem is { } problem) journal.Add(Text.Format("CASE-ACT-SYSTEM"), Actor.System, Text.Format("CASE-DEADLINE-UNKNOWN", problem), null);
            c.EnterStep(task.Step, ParseAssignee(b.Payload?["assignee"] as JsonObject), now);
        }

        if (commit.State.Status == InstanceStatus.Finished && !c.IsFinished)
            c.Finish(commit.State.Outcomes.FirstOrDefault() switch
            {
                "Rejected" => CaseStatus.Rejected,
                "Merged" => CaseStatus.Merged,
                _ => CaseStatus.Archived,
            });
        if (commit.State.Status == InstanceStatus.Faulted)
            journal.Add(Text.Format("CASE-ACT-SYSTEM"), Actor.System, Text.Format("CASE-WORKFLOW-FAULT", commit.State.Fault?.Message), null);

        SyncClock(c, tasks.Concat(changed.Select(x => x.Task)).DistinctBy(t => t.Id));
        var notices = CaseClosures.Notify(closureSubscribers ?? [], c, before, context, journal, now);
        return new CaseChange(c, expectedVersion, changed, journal.Entries) { Notifications = notices, Example = context?.Example };
    }

    /// <summary>Opens a task for a step with the step's time limit: the item's for handling, the stage limit for the others.</summary>
    public CaseTask NewTask(Case c, DefinitionSet definitions, string id, JsonObject payload, DateTimeOffset now)
    {
        var package = definitions.For(c.Place.GridCode);
        var step = payload["step"]?.GetValue<string>() ?? "task";
        var role = RoleDefinition.Parse(payload["role"]?.GetValue<string>() ?? "") ?? Role.Operator;
        var limit = step == Steps.Handle && package.FindItem(c.ItemCode) is { } item
            ? package.FindLimit(item, c.Urgency)?.Limit
            : package.StageLimits.GetValueOrDefault(step);
        // "intake" in a loop means the case's own intake form: the item's, its category's, else the generic one.
        var formId = payload["form"]?.GetValue<string>() is "intake" && package.FindItem(c.ItemCode) is { } reported
            ? Governance.Core.Forms.Model.IntakeForms.FormId(package, reported) ?? CaseService.GenericIntakeForm
            : payload["form"]?.GetValue<string>();
        var task = new CaseTask
        {
            Id = id, CaseId = c.Id, Step = step, Role = role,
            UnitCode = payload["unit"]?.GetValue<string>() ?? c.CountyCode,
            DepartmentCode = payload["department"]?.GetValue<string>(),
            Actions = Actions.CaseActions.For(step).Select(a => a.Code).ToList(),
            CreatedAt = now, FromWorkflow = payload["side"] is null, State = TaskState.Open,
            FormId = formId,
            FormVersion = formId is null ? null : definitions.Forms.Latest(formId)?.Version,
            Clock = limit is null ? null : new TimeLimitClock(now, limit),
            DataJson = payload["data"]?.ToJsonString(),
        };
        task.Refresh(CalendarFor(package), package.Warnings, now);
        return task;
    }

    /// <summary>The case shows the deadline and warning of the loop's open step.</summary>
    public static void SyncClock(Case c, IEnumerable<CaseTask> tasks)
    {
        var main = tasks.Where(t => t.State == TaskState.Open && t.FromWorkflow).OrderByDescending(t => t.CreatedAt).FirstOrDefault();
        c.Deadline = main?.Deadline;
        c.Warning = main?.Warning ?? WarningLevel.None;
    }

    static Assignee? ParseAssignee(JsonObject? a) =>
        a is null || !Enum.TryParse<OrgLevel>(a["level"]?.GetValue<string>(), true, out var level) ? null
            : new Assignee(level, a["unit"]?.GetValue<string>() ?? "", a["unitName"]?.GetValue<string>() ?? "",
                a["department"]?.GetValue<string>(), a["departmentName"]?.GetValue<string>(), a["rule"]?.GetValue<string>());
}

/// <summary>Appends journal entries with the case's next sequence numbers.</summary>
internal sealed class CaseJournal(Case c, DateTimeOffset now)
{
    public List<CaseJournalEntry> Entries { get; } = [];

    public void Add(string action, Actor actor, string? comment, string? data)
    {
        c.JournalCount++;
        Entries.Add(new CaseJournalEntry(c.Id, c.JournalCount, now, action, actor.Username, actor.Name,
            actor.IsSystem ? null : RoleDefinition.CodeOf(actor.Role), actor.IsSystem ? null : actor.DepartmentCode ?? actor.UnitCode, comment, data));
    }
}
