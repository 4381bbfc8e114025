using System.Text.Json.Nodes;
using Governance.Core.Calendar;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
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
        var (c, tasks) = await store.GetWithTaskAsync(taskId, ct) ?? throw new CaseException("CASE-TASK-NOT-FOUND", 404, taskId);
        var task = tasks.First(t => t.Id == taskId);
        if (permissions.CannotAct(actor, task) is { } reason)
        {
            audit.Refused(actor, actionName, c.Number, reason);
            throw new CaseException("CASE-FORBIDDEN-ACT", 403, reason);
        }
        if (task.State != TaskState.Open)
            throw new CaseException("CASE-TASK-DONE", 409, taskId, task.CompletedBy);
        var available = ActionCatalog.Available(task, c);
        var action = ActionCatalog.For(task.Step).FirstOrDefault(a => a.Name == actionName);
        if (action is null || !available.Contains(actionName))
            throw new CaseException("CASE-ACTION-UNKNOWN", action is null ? 400 : 409, taskId, task.Step, actionName, string.Join(", ", available)) { Field = "action" };
        if (action.CommentRequired && string.IsNullOrWhiteSpace(request.Comment))
            throw new CaseException("CASE-COMMENT-REQUIRED", 400, Text.Format(action.JournalCode)) { Field = "comment" };

        if (task.Step == Steps.Handle && actionName == "reply"
            && tasks.Where(t => t.Step == Steps.CoHandle && t.State == TaskState.Open).ToList() is { Count: > 0 } pending)
        {
            // 协办: the lead department replies once every co-handling department has answered.
            var package = definitions.For(c.Place.GridCode);
            var names = pending.Select(t => package.Departments.FirstOrDefault(d => d.Code == t.DepartmentCode)?.Name ?? t.DepartmentCode ?? t.UnitCode);
            throw new CaseException("CASE-COHANDLE-PENDING", 409, string.Join("、", names)) { Field = "action" };
        }
        audit.Acted(actor, actionName, c.Number);
        var written = action.Outcome is not null || task.Step == Steps.Callback
            ? await CompleteStepAsync(c, task, tasks, action, request, actor, ct)
            : await SideActionAsync(c, task, tasks, action, request, actor, ct);
        return written ?? (await store.GetAsync(c.Id, ct))!;
    }

    /// <summary>Resumes the loop: the step's bookmark is consumed in the same commit as the case change, so it happens once.</summary>
    async Task<Case?> CompleteStepAsync(Case c, CaseTask task, IReadOnlyList<CaseTask> tasks, CaseAction action, ActionRequest request, Actor actor, CancellationToken ct)
    {
        var outcome = action.Outcome;
        var data = request.Data?.DeepClone() as JsonObject ?? [];
        Action<Case>? mutate = null;
        switch (action.Name)
        {
            case "register" when data["item"] is not null || data["urgency"] is not null:
                var package = definitions.For(c.Place.GridCode);
                var item = package.FindItem(data["item"]?.GetValue<string>() ?? c.ItemCode)
                    ?? throw new CaseException("CASE-ITEM-UNKNOWN", 400, data["item"]?.ToString()) { Field = "data.item" };
                var urgency = data["urgency"]?.GetValue<string>() ?? c.Urgency;
                if (!item.Urgencies.Contains(urgency))
                    throw new CaseException("CASE-URGENCY-INVALID", 400, item.Code, urgency, string.Join(", ", item.Urgencies)) { Field = "data.urgency" };
                data["category"] = item.Category;
                mutate = x => x.Reclassify(item, urgency);
                break;
            case "merge":
                var targetNumber = data["target"]?.GetValue<string>() ?? throw new CaseException("CASE-FIELD-REQUIRED", 400, "data.target") { Field = "data.target" };
                var target = await store.GetByNumberAsync(targetNumber, ct);
                if (target is null || target.IsFinished || target.CountyCode != c.CountyCode || target.Id == c.Id)
                    throw new CaseException("CASE-MERGE-TARGET", 400, targetNumber) { Field = "data.target" };
                mutate = x => x.MergeInto(target.Number);
                break;
            case "reply" when c.Status == CaseStatus.Dispatched:
                mutate = x => x.SignFor(); // replying without signing first signs implicitly
                break;
            case "reassign" when data["target"]?.GetValue<string>() is { } code:
                data["assignee"] = ResolveTarget(code);
                break;
            case "rate":
                var text = data["satisfaction"]?.GetValue<string>();
                if (!Enum.TryParse<Satisfaction>(text, true, out var satisfaction))
                    throw new CaseException("CASE-FIELD-INVALID", 400, "data.satisfaction", "satisfied | basic | unsatisfied") { Field = "data.satisfaction" };
                mutate = x => x.Rate(satisfaction);
                outcome = satisfaction == Satisfaction.Unsatisfied ? "Unsatisfied" : "Satisfied";
                break;
        }
        // Every registration, confirmed or corrected, is a labelled text for the county's item suggestions.
        var example = action.Name == "register"
            ? new Intake.Learning.IntakeExample(task.Id, c.Id, c.CountyCode, c.Place.GridCode, c.Channel, c.Description, c.ItemCode,
                data["item"]?.GetValue<string>() ?? c.ItemCode, clock.GetUtcNow())
            : null;
        if (task.FormId is { } formId && (data["form"] is not null || action.Name == "reply"))
        {
            var saved = CheckForm(formId, task.FormVersion, task.Step, data["form"], c, definitions.For(c.Place.GridCode), actor);
            data.Remove("form");
            var previous = mutate;
            mutate = x => { previous?.Invoke(x); SaveForm(x, formId, saved); };
        }
        mutate?.Invoke(Clone(c)); // refuse an illegal transition before anything runs

        var entryData = request.Data?.ToJsonString();
        ResumeResult result;
        var context = new CaseCommitContext(null, actor, Text.Format(action.JournalCode), request.Comment, entryData, mutate, clock.GetUtcNow())
            { Loaded = (c, tasks), Example = example };
        try
        {
            using (CaseCommitContext.Enter(context))
                result = await runtime.ResumeAsync(task.Id, new JsonObject { ["outcome"] = outcome, ["data"] = data }, ct);
        }
        catch (ConcurrencyException)
        {
            throw new CaseException("CASE-CONFLICT", 409, c.Number);
        }
        if (result.Status != ResumeStatus.Resumed) throw new CaseException("CASE-CONFLICT", 409, c.Number);
        return context.Result;
    }

    async Task<Case?> SideActionAsync(Case c, CaseTask task, IReadOnlyList<CaseTask> tasks, CaseAction action, ActionRequest request, Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var package = definitions.For(c.Place.GridCode);
        var calendar = projector.CalendarFor(package);
        var expected = c.Version;
        var changed = new List<TaskChange>();
        void Change(CaseTask t) { if (changed.All(x => x.Task.Id != t.Id)) changed.Add(new TaskChange(t, t.Version)); }
        void Done(CaseTask t) { Change(t); t.State = TaskState.Done; t.CompletedAt = now; t.CompletedBy = actor.Username; t.NextWarningAt = null; }
        CaseTask Handle() => tasks.FirstOrDefault(t => t.Step == Steps.Handle && t.State == TaskState.Open)
            ?? throw new CaseException("CASE-STATE", 409, c.Number, Statuses.Name(c.Status), Text.Format(action.JournalCode));

        switch (action.Name)
        {
            case "sign":
                c.SignFor();
                Change(task);
                task.SignedBy = actor.Username;
                task.SignedAt = now;
                break;
            case "suspend":
                c.Suspend();
                Change(task);
                task.Clock = task.Clock?.Suspend(now);
                break;
            case "resume":
                c.Resume();
                Change(task);
                task.Clock = task.Clock?.Resume(now);
                break;
            case "extend":
                var extension = ReadLimit(request.Data);
                changed.Add(new TaskChange(projector.NewTask(c, package, Guid.NewGuid().ToString("N"), new JsonObject
                {
                    ["step"] = Steps.ApproveExtension, ["role"] = "operator", ["unit"] = c.CountyCode, ["side"] = true,
                    ["data"] = new JsonObject { ["amount"] = extension.Amount, ["unit"] = extension.Unit.ToString().ToLowerInvariant(), ["handleTask"] = task.Id },
                }, now), 0));
                break;
            case "approve":
                var asked = ReadLimit(JsonNode.Parse(task.DataJson ?? "{}") as JsonObject);
                var handle = Handle();
                Change(handle);
                handle.Clock = handle.Clock?.Extend(asked);
                Done(task);
                break;
            case "deny":
            case "reply": // a co-handling department's answer
                Done(task);
                break;
            case "cohandle":
                var codes = (request.Data?["departments"] as JsonArray)?.Select(n => n?.GetValue<string>()).OfType<string>().ToList() ?? [];
                if (codes.Count == 0) throw new CaseException("CASE-FIELD-REQUIRED", 400, "data.departments") { Field = "data.departments" };
                foreach (var code in codes)
                {
                    var d = package.Departments.FirstOrDefault(x => x.Code == code) ?? throw new CaseException("CASE-TARGET-UNKNOWN", 400, code) { Field = "data.departments" };
                    changed.Add(new TaskChange(projector.NewTask(c, package, Guid.NewGuid().ToString("N"), new JsonObject
                    {
                        ["step"] = Steps.CoHandle, ["role"] = "handler", ["unit"] = d.UnitCode, ["department"] = d.Code, ["side"] = true,
                    }, now), 0));
                }
                break;
        }
        foreach (var t in changed.Select(x => x.Task)) t.Refresh(calendar, package.Warnings, now);
        CaseProjector.SyncClock(c, tasks.Where(t => changed.All(x => x.Task.Id != t.Id)).Concat(changed.Select(x => x.Task)));
        var journal = new CaseJournal(c, now);
        journal.Add(Text.Format(action.JournalCode), actor, request.Comment, request.Data?.ToJsonString());
        if (changed.Select(x => x.Task.CalendarProblem).FirstOrDefault(p => p is not null) is { } problem)
            journal.Add(Text.Format("CASE-ACT-SYSTEM"), Actor.System, Text.Format("CASE-DEADLINE-UNKNOWN", problem), null);
        await SaveAsync(new CaseChange(c, expected, changed, journal.Entries), ct);
        c.Version = expected + 1;
        return c;
    }

    /// <summary>督办/催办: a supervisor urges the current handler; one journal entry and a notification in the outbox of the case.</summary>
    public async Task<Case> UrgeAsync(string caseId, string? comment, Actor actor, CancellationToken ct = default)
    {
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
        var package = definitions.For(c.Place.GridCode);
        var body = Text.Format("CASE-NOTIFY-URGE", actor.Name, c.Number, ItemName(c), string.IsNullOrWhiteSpace(comment) ? "" : comment.Trim() + "。", Local(c, c.Deadline));
        var notices = Notify(tasks.Where(t => t.State == TaskState.Open).SelectMany(t => WorkersOf(package, t)), c, "CASE-NOTIFY-URGE-SUBJECT", body, "urge");
        await SaveAsync(new CaseChange(c, c.Version, [], journal.Entries) { Notifications = notices }, ct);
        return (await store.GetAsync(c.Id, ct))!;
    }

    async Task SaveAsync(CaseChange change, CancellationToken ct)
    {
        try { await store.SaveAsync(change, ct); }
        catch (ConcurrencyException) { throw new CaseException("CASE-CONFLICT", 409, change.Case.Number); }
    }

    JsonObject ResolveTarget(string code)
    {
        var city = definitions.City!;
        if (city.Departments.FirstOrDefault(d => d.Code == code) is { } d)
        {
            var unit = city.Org.Find(d.UnitCode)!;
            return new JsonObject { ["level"] = unit.Level.ToString().ToLowerInvariant(), ["unit"] = unit.Code, ["unitName"] = unit.Name,
                ["department"] = d.Code, ["departmentName"] = d.Name, ["name"] = d.Name, ["rule"] = "reassign" };
        }
        if (city.Org.Find(code) is { Level: < OrgLevel.County } u)
            return new JsonObject { ["level"] = u.Level.ToString().ToLowerInvariant(), ["unit"] = u.Code, ["unitName"] = u.Name, ["name"] = u.Name, ["rule"] = "reassign" };
        throw new CaseException("CASE-TARGET-UNKNOWN", 400, code) { Field = "data.target" };
    }

    static TimeLimit ReadLimit(JsonObject? data)
    {
        var amount = data?["amount"]?.GetValue<int>() ?? 0;
        if (amount <= 0 || !Enum.TryParse<TimeUnit>(data?["unit"]?.GetValue<string>(), true, out var unit))
            throw new CaseException("CASE-FIELD-INVALID", 400, "data.amount/data.unit", Text.Format("CASE-LIMIT-EXPECTED")) { Field = "data.amount" };
        return new TimeLimit(amount, unit);
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
