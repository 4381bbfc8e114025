using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Core.Workflows.Persistence;

namespace Governance.Core.Cases;

/// <summary>
/// Cases in memory, for tests and the CLI. Objects are copied in and out, as a database would, so callers
/// never share state. Attach it to an in-memory workflow store so the loop's commits update cases atomically.
/// </summary>
public sealed class InMemoryCaseStore : ICaseStore
{
    readonly object gate = new();
    readonly Dictionary<string, Case> cases = new(StringComparer.Ordinal);
    readonly Dictionary<string, CaseTask> tasks = new(StringComparer.Ordinal);
    readonly List<CaseJournalEntry> journal = [];
    readonly Dictionary<string, Attachment> attachments = new(StringComparer.Ordinal);
    readonly Dictionary<(string, DateOnly), int> sequences = [];
    readonly Dictionary<string, (string Owner, DateTimeOffset Until)> leases = new(StringComparer.Ordinal);
    readonly List<(string CaseId, Governance.Sdk.Activities.OutboxMessage Message)> notifications = [];

    /// <summary>The notifications changes have written, oldest first (a database store puts them in its outbox).</summary>
    public IReadOnlyList<(string CaseId, Governance.Sdk.Activities.OutboxMessage Message)> Notifications
    {
        get { lock (gate) return notifications.ToList(); }
    }

    readonly List<Model.IntakeExample> examples = [];

    /// <summary>What registrations taught, oldest first (a database store keeps them in intake_examples).</summary>
    public IReadOnlyList<Model.IntakeExample> IntakeExamples
    {
        get { lock (gate) return examples.ToList(); }
    }

    /// <summary>Projects every commit of a case loop into this store, inside the workflow store's commit.</summary>
    public void AttachTo(InMemoryWorkflowStore workflows, CaseProjector projector, TimeProvider clock) =>
        workflows.OnCommit = (commit, participant) =>
        {
            var context = participant as CaseCommitContext;
            Case? c;
            lock (gate) c = context?.NewCase ?? (cases.TryGetValue(commit.State.Id, out var stored) ? Copy(stored) : null);
            if (c is null) return; // not a case loop
            List<CaseTask> current;
            lock (gate) current = tasks.Values.Where(t => t.CaseId == c.Id).Select(Copy).ToList();
            Apply(projector.Project(c, current, commit, context, context?.At ?? clock.GetUtcNow()));
        };

    public Task<Case?> GetAsync(string id, CancellationToken ct = default) => Read(() => cases.GetValueOrDefault(id) is { } c ? Copy(c) : null);
    public Task<Case?> GetByNumberAsync(string number, CancellationToken ct = default) => Read(() => cases.Values.FirstOrDefault(c => c.Number == number) is { } c ? Copy(c) : null);
    public Task<Case?> GetByInstanceAsync(string instanceId, CancellationToken ct = default) => Read(() => cases.Values.FirstOrDefault(c => c.WorkflowInstanceId == instanceId) is { } c ? Copy(c) : null);
    public Task<Case?> FindByIdempotencyKeyAsync(string key, CancellationToken ct = default) => Read(() => cases.Values.FirstOrDefault(c => c.IdempotencyKey == key) is { } c ? Copy(c) : null);
    public Task<CaseTask?> GetTaskAsync(string id, CancellationToken ct = default) => Read(() => tasks.GetValueOrDefault(id) is { } t ? Copy(t) : null);
    public Task<IReadOnlyList<CaseTask>> GetTasksAsync(string caseId, CancellationToken ct = default) =>
        Read<IReadOnlyList<CaseTask>>(() => tasks.Values.Where(t => t.CaseId == caseId).OrderBy(t => t.CreatedAt).Select(Copy).ToList());
    public async Task<(Case Case, IReadOnlyList<CaseTask> Tasks)?> GetWithTaskAsync(string taskId, CancellationToken ct = default) =>
        await GetTaskAsync(taskId, ct) is { } task && await GetAsync(task.CaseId, ct) is { } c ? (c, await GetTasksAsync(c.Id, ct)) : null;
    public async Task<(Case Case, IReadOnlyList<CaseTask> Tasks)?> GetWithTasksAsync(string caseId, CancellationToken ct = default) =>
        await GetAsync(caseId, ct) is { } c ? (c, await GetTasksAsync(c.Id, ct)) : null;
    public Task<IReadOnlyList<CaseJournalEntry>> GetJournalAsync(string caseId, CancellationToken ct = default) =>
        Read<IReadOnlyList<CaseJournalEntry>>(() => journal.Where(j => j.CaseId == caseId).OrderBy(j => j.Sequence).ToList());

    public Task<int> NextSequenceAsync(string countyCode, DateOnly day, CancellationToken ct = default) => Read(() =>
    {
        var next = sequences.GetValueOrDefault((countyCode, day)) + 1;
        sequences[(countyCode, day)] = next;
        return next;
    });

    public Task SaveAsync(CaseChange change, CancellationToken ct = default)
    {
        Apply(change);
        return Task.CompletedTask;
    }

    void Apply(CaseChange change)
    {
        lock (gate)
        {
            var c = change.Case;
            if (change.ExpectedVersion == 0 ? cases.ContainsKey(c.Id) || (c.IdempotencyKey is { } k && cases.Values.Any(x => x.IdempotencyKey == k))
                : !cases.TryGetValue(c.Id, out var stored) || stored.Version != change.ExpectedVersion)
                throw new ConcurrencyException($"case {c.Number}");
            foreach (var t in change.Tasks)
                if (t.ExpectedVersion == 0 ? tasks.ContainsKey(t.Task.Id) : !tasks.TryGetValue(t.Task.Id, out var st) || st.Version != t.ExpectedVersion)
                    throw new ConcurrencyException($"task {t.Task.Id}");
            var saved = Copy(c);
            saved.Version = change.ExpectedVersion + 1;
            cases[c.Id] = saved;
            foreach (var t in change.Tasks)
            {
                var copy = Copy(t.Task);
                copy.Version = t.ExpectedVersion + 1;
                tasks[copy.Id] = copy;
                leases.Remove(copy.Id);
            }
            journal.AddRange(change.Journal);
            foreach (var a in change.Attachments) attachments[a.Id] = a;
            notifications.AddRange(change.Notifications.Select(n => (c.Id, n)));
            if (change.Example is { } example) examples.Add(example);
        }
    }

    public Task<CasePage> SearchAsync(CaseQuery q, CancellationToken ct = default) => Read(() =>
    {
        var matches = cases.Values.Where(c => CaseFilter.Matches(q, c, tasks.Values.Where(t => t.CaseId == c.Id))).OrderByDescending(c => c.ReportedAt).ToList();
        if (q.Offset is not { } offset || offset >= matches.Count) return new CasePage([], matches.Count, q.Page, q.PageSize);
        return new CasePage(matches.Skip(offset).Take(q.PageSize).Select(Copy).ToList(), matches.Count, q.Page, q.PageSize);
    });

    public Task<IReadOnlyList<InboxItem>> InboxAsync(InboxQuery q, CancellationToken ct = default) => Read<IReadOnlyList<InboxItem>>(() =>
        tasks.Values.Where(t => CaseFilter.InInbox(q, t)).OrderBy(t => t.Deadline ?? DateTimeOffset.MaxValue).ThenBy(t => t.CreatedAt)
            .Take(q.Limit).Select(t => new InboxItem(Copy(t), Copy(cases[t.CaseId]))).ToList());

    public Task<IReadOnlyList<string>> ClaimDueWarningsAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken ct = default) =>
        Read<IReadOnlyList<string>>(() =>
        {
            var due = tasks.Values.Where(t => t.State == TaskState.Open && t.NextWarningAt <= now
                    && (!leases.TryGetValue(t.Id, out var l) || l.Until < now || l.Owner == owner))
                .OrderBy(t => t.NextWarningAt).Take(max).Select(t => t.Id).ToList();
            foreach (var id in due) leases[id] = (owner, now + lease);
            return due;
        });

    public Task<IReadOnlyList<Case>> FindOpenNearAsync(string placePrefix, DateTimeOffset since, int limit, CancellationToken ct = default) =>
        Read<IReadOnlyList<Case>>(() => cases.Values.Where(c => c.Place.GridCode.StartsWith(placePrefix, StringComparison.Ordinal)
            && c.ReportedAt >= since && !c.IsFinished).OrderByDescending(c => c.ReportedAt).Take(limit).Select(Copy).ToList());

    public Task<IReadOnlyList<Attachment>> GetAttachmentsAsync(string caseId, CancellationToken ct = default) =>
        Read<IReadOnlyList<Attachment>>(() => attachments.Values.Where(a => a.CaseId == caseId).OrderBy(a => a.UploadedAt).Select(a => a with { Content = [] }).ToList());

    public Task<Attachment?> GetAttachmentAsync(string id, CancellationToken ct = default) => Read(() => attachments.GetValueOrDefault(id));

    Task<T> Read<T>(Func<T> read)
    {
        lock (gate) return Task.FromResult(read());
    }

    static Case Copy(Case c)
    {
        var copy = new Case
        {
            Id = c.Id, Number = c.Number, CountyCode = c.CountyCode, Channel = c.Channel, Reporter = c.Reporter, Place = c.Place,
            ItemCode = c.ItemCode, CategoryCode = c.CategoryCode, Urgency = c.Urgency, Description = c.Description, ReportedAt = c.ReportedAt,
            IdempotencyKey = c.IdempotencyKey, IdempotencyBinding = c.IdempotencyBinding, WorkflowInstanceId = c.WorkflowInstanceId, WorkflowVersion = c.WorkflowVersion,
            Deadline = c.Deadline, Warning = c.Warning, OnTime = c.OnTime, FormDataJson = c.FormDataJson, JournalCount = c.JournalCount, Version = c.Version,
        };
        copy.Restore(c.Snapshot());
        return copy;
    }

    static CaseTask Copy(CaseTask t) => new()
    {
        Id = t.Id, CaseId = t.CaseId, Step = t.Step, Role = t.Role, UnitCode = t.UnitCode, DepartmentCode = t.DepartmentCode, Actions = t.Actions,
        CreatedAt = t.CreatedAt, FromWorkflow = t.FromWorkflow, FormId = t.FormId, FormVersion = t.FormVersion, State = t.State, CompletedAt = t.CompletedAt, CompletedBy = t.CompletedBy,
        SignedBy = t.SignedBy, SignedAt = t.SignedAt, Clock = t.Clock, Deadline = t.Deadline, Warning = t.Warning, NextWarningAt = t.NextWarningAt,
        DataJson = t.DataJson, Version = t.Version,
    };
}
