using Governance.Core.Definitions.Model;
using Governance.Core.Input;
using System.Text.Json.Nodes;
using Governance.Core.Cases.Actions;
using Governance.Core.Cases.Model;
using Governance.Core.Messages;
using Governance.Core.Packages;
using Governance.Core.Workflows.Runtime;

namespace Governance.Core.Cases.Services;

/// <summary>What an actor sends with an action: a comment, form data, and action-specific fields.</summary>
public sealed record ActionRequest(string? Comment = null, JsonObject? Data = null);

public sealed partial class CaseService
{
    /// <summary>
    /// Carries out an action on a task. Refuses with 403 (not the actor's task), 404 (no such task), 409 (the
    /// task is done or someone acted first) or 400 (a missing comment or field), saying why.
    /// </summary>
    public async Task<Case> ActAsync(string taskId, string actionName, ActionRequest request, Actor actor, CancellationToken ct = default)
    {
        var definitions = packages.Current;
        var (c, tasks) = await store.GetWithTaskAsync(taskId, ct) ?? throw new CaseException("CASE-TASK-NOT-FOUND", 404, taskId);
        var task = tasks.First(t => t.Id == taskId);
        if (permissions.CannotAct(actor, task) is { } reason)
        {
            audit.Refused(actor, actionName, c.Number, reason);
            throw new CaseException("CASE-FORBIDDEN-ACT", 403, reason);
        }
        if (task.State != TaskState.Open)
            throw new CaseException("CASE-TASK-DONE", 409, taskId, task.CompletedBy);
        var available = CaseActions.Available(task, c);
        var action = CaseActions.Find(task.Step, actionName);
        if (action is null || !available.Contains(action))
            throw new CaseException("CASE-ACTION-UNKNOWN", action is null ? 400 : 409, taskId, task.Step, actionName, string.Join(", ", available.Select(a => a.Code))) { Field = "action" };
        request = WithFormComment(Checked(request), action, task);
        if (action.Comment == CommentRule.Required && request.Comment is null)
            throw new CaseException("CASE-COMMENT-REQUIRED", 400, Text.Format(action.JournalCode)) { Field = "comment" };

        var context = new ActionContext(c, task, tasks, request, actor, definitions, store, projector, clock.GetUtcNow());
        Case? written;
        if (action.CompletesStep)
        {
            await action.PrepareAsync(context, ct);
            audit.Acted(actor, actionName, c.Number);
            written = await CompleteStepAsync(context, action, ct);
        }
        else
        {
            await action.ApplyAsync(context, ct);
            audit.Acted(actor, actionName, c.Number);
            written = await SaveSideActionAsync(context, action, ct);
        }
        return written ?? (await store.GetAsync(c.Id, ct))!;
    }

    /// <summary>An action whose comment is a field of the task's form (核查意见, 处置措施) takes the journal's comment from it.</summary>
    static ActionRequest WithFormComment(ActionRequest request, CaseAction action, CaseTask task) =>
        request.Comment is null && action.CommentField is { } key && task.FormId is not null
            && JsonInput.String(request.Data?["form"] as JsonObject, key, "data.form." + key) is { } comment
            ? request with { Comment = comment } : request;

    /// <summary>Resumes the loop: the step's bookmark is consumed in the same commit as the case change, so it happens once.</summary>
    async Task<Case?> CompleteStepAsync(ActionContext x, CaseAction action, CancellationToken ct)
    {
        var (c, task, data) = (x.Case, x.Task, x.Data);
        JsonNode? savedForm = null;
        if (task.FormId is { } formId && (data["form"] is not null || action.RequiresForm))
        {
            var saved = CheckForm(x.Definitions, formId, task.FormVersion, task.Step, data["form"], c, x.Package, x.Actor,
                await store.GetAttachmentsAsync(c.Id, ct));
            savedForm = saved["data"];
            data.Remove("form");
            x.Then(y => SaveForm(y, formId, saved));
        }
        x.Mutation?.Invoke(Clone(c)); // refuse an illegal transition before anything runs

        // The journal keeps the form as it was saved (checked, files as stored), never the raw submission.
        var entryData = x.Request.Data is null ? null : (savedForm is null ? x.Request.Data : WithForm(x.Request.Data, savedForm)).ToJsonString();
        var context = new CaseCommitContext(null, x.Actor, Text.Format(action.JournalCode), x.Request.Comment, entryData, x.Mutation, x.Now)
            { Loaded = (c, x.Tasks), Example = x.Example };
        ResumeResult result;
        try
        {
            result = await runtime.ResumeAsync(task.Id, new JsonObject { ["outcome"] = x.Outcome ?? action.Outcome, ["data"] = data }, context, ct);
        }
        catch (ConcurrencyException)
        {
            throw new CaseException("CASE-CONFLICT", 409, c.Number);
        }
        if (result.Status != ResumeStatus.Resumed) throw new CaseException("CASE-CONFLICT", 409, c.Number);
        return context.Result;
    }

    /// <summary>Saves what a side action changed: the case, its tasks (deadlines recomputed) and one journal entry, in one transaction.</summary>
    async Task<Case?> SaveSideActionAsync(ActionContext x, CaseAction action, CancellationToken ct)
    {
        var (c, now) = (x.Case, x.Now);
        var expected = c.Version;
        var calendar = projector.CalendarFor(x.Package);
        var changed = x.Changed;
        foreach (var t in changed.Select(t => t.Task)) t.Refresh(calendar, x.Package.Warnings, now);
        CaseProjector.SyncClock(c, x.Tasks.Where(t => changed.All(y => y.Task.Id != t.Id)).Concat(changed.Select(y => y.Task)));
        var journal = new CaseJournal(c, now);
        journal.Add(Text.Format(action.JournalCode), x.Actor, x.Request.Comment, x.Request.Data?.ToJsonString());
        if (changed.Select(t => t.Task.CalendarProblem).FirstOrDefault(p => p is not null) is { } problem)
            journal.Add(Text.Format("CASE-ACT-SYSTEM"), Actor.System, Text.Format("CASE-DEADLINE-UNKNOWN", problem), null);
        await SaveAsync(new CaseChange(c, expected, changed, journal.Entries), ct);
        c.Version = expected + 1;
        return c;
    }

    /// <summary>督办/催办: a supervisor urges the current handler; one journal entry and a notification in the outbox of the case.</summary>
    public async Task<Case> UrgeAsync(string caseId, string? comment, Actor actor, CancellationToken ct = default)
    {
        comment = TextInput.Optional(comment, "comment");
        var (c, tasks, _) = await GetAsync(caseId, actor, ct);
        if (permissions.CannotUrge(actor, c, tasks) is { } reason)
        {
            audit.Refused(actor, "urge", c.Number, reason);
            throw new CaseException("CASE-FORBIDDEN-ACT", 403, reason);
        }
        if (c.IsFinished) throw new CaseException("CASE-FINISHED", 409, c.Number, Statuses.Name(c.Status), Text.Format("CASE-ACT-URGE"));
        var journal = new CaseJournal(c, clock.GetUtcNow());
        journal.Add(Text.Format("CASE-ACT-URGE"), actor, comment, null);
        // Everyone working an open task of the case is told: the handling department, co-handlers, the center.
        var package = packages.Current.For(c.Place.GridCode);
        var body = Text.Format("CASE-NOTIFY-URGE", actor.Name, c.Number, ItemName(package, c), string.IsNullOrWhiteSpace(comment) ? "" : comment.Trim() + "。", Local(package, c.Deadline));
        var notices = Notify(tasks.Where(t => t.State == TaskState.Open).SelectMany(t => WorkersOf(package, t)), c, "CASE-NOTIFY-URGE-SUBJECT", body, "urge");
        await SaveAsync(new CaseChange(c, c.Version, [], journal.Entries) { Notifications = notices }, ct);
        return (await store.GetAsync(c.Id, ct))!;
    }

    async Task SaveAsync(CaseChange change, CancellationToken ct)
    {
        try { await store.SaveAsync(change, ct); }
        catch (ConcurrencyException) { throw new CaseException("CASE-CONFLICT", 409, change.Case.Number); }
    }

    static JsonObject WithForm(JsonObject data, JsonNode form)
    {
        var copy = (JsonObject)data.DeepClone();
        copy["form"] = form.DeepClone();
        return copy;
    }

    static Case Clone(Case c)
    {
        var copy = new Case
        {
            Id = c.Id, Number = c.Number, CountyCode = c.CountyCode, Channel = c.Channel, Reporter = c.Reporter, Place = c.Place,
            ItemCode = c.ItemCode, CategoryCode = c.CategoryCode, Urgency = c.Urgency, Description = c.Description, ReportedAt = c.ReportedAt,
        };
        copy.Restore(c.Snapshot());
        return copy;
    }
}
