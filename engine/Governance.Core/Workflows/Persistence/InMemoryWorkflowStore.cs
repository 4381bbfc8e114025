using Governance.Core.Workflows.Runtime;
using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Persistence;

/// <summary>
/// The in-memory twin of the EF Core store, with the same guarantees inside one process: a commit is atomic,
/// checks the revision and consumes its bookmark only once. State is kept serialized so no caller shares objects.
/// </summary>
public sealed class InMemoryWorkflowStore : IWorkflowStore
{
    readonly Lock gate = new();

    /// <summary>
    /// Runs inside every commit, after the checks and before anything is written; if it throws, the commit writes
    /// nothing. The case store uses it to change a case in the same commit as its loop; the participant is what the
    /// caller handed to the runtime (null for a timer or a recovery).
    /// </summary>
    public Action<InstanceCommit, ICommitParticipant?>? OnCommit { get; set; }
    readonly Dictionary<(string, int), StoredDefinition> definitions = [];
    readonly Dictionary<string, Row> instances = new(StringComparer.Ordinal);
    readonly Dictionary<string, (StoredBookmark Bookmark, string? Owner, DateTimeOffset? LeaseUntil)> bookmarks = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<JournalEntry>> journals = new(StringComparer.Ordinal);
    readonly Dictionary<string, (WorkflowTrigger Trigger, DateTimeOffset? LeaseUntil)> triggers = new(StringComparer.Ordinal);

    sealed class Row
    {
        public required string Json;
        public long Revision;
        public InstanceStatus Status;
        public string? Owner;
        public DateTimeOffset? LeaseUntil;
    }

    /// <summary>Outbox messages committed so far, in order.</summary>
    public List<(string InstanceId, OutboxMessage Message)> Outbox { get; } = [];

    public Task SaveDefinitionAsync(StoredDefinition definition, CancellationToken ct = default)
    {
        lock (gate) definitions[(definition.DefinitionId, definition.Version)] = definition;
        return Task.CompletedTask;
    }

    public Task<StoredDefinition?> GetDefinitionAsync(string definitionId, int? version, CancellationToken ct = default)
    {
        lock (gate)
        {
            if (version is { } v) return Task.FromResult(definitions.GetValueOrDefault((definitionId, v)));
            return Task.FromResult(definitions.Values.Where(d => d.DefinitionId == definitionId).MaxBy(d => d.Version));
        }
    }

    public Task CreateInstanceAsync(InstanceState state, string owner, DateTimeOffset leaseUntil, CancellationToken ct = default)
    {
        lock (gate) instances.Add(state.Id, new Row { Json = state.ToJson(), Revision = 1, Status = state.Status, Owner = owner, LeaseUntil = leaseUntil });
        return Task.CompletedTask;
    }

    public Task<InstanceSnapshot?> LoadInstanceAsync(string instanceId, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult(instances.TryGetValue(instanceId, out var r) ? new InstanceSnapshot(InstanceState.FromJson(r.Json), r.Revision) : null);
    }

    public Task<CommitStatus> CommitAsync(InstanceCommit commit, ICommitParticipant? participant = null, CancellationToken ct = default)
    {
        var json = commit.State.ToJson();
        lock (gate)
        {
            if (commit.ConsumedBookmarkId is { } consumed && !bookmarks.ContainsKey(consumed)) return Task.FromResult(CommitStatus.BookmarkGone);
            // Revision 0: the instance's first commit inserts it (a start that ran to its first wait in one go).
            if (!instances.TryGetValue(commit.State.Id, out var row))
            {
                if (commit.ExpectedRevision != 0) return Task.FromResult(CommitStatus.Conflict);
                row = new Row { Json = "", Revision = 0 };
            }
            if (row.Revision != commit.ExpectedRevision) return Task.FromResult(CommitStatus.Conflict);
            OnCommit?.Invoke(commit, participant); // may throw: then nothing of this commit is written
            instances[commit.State.Id] = row;
            row.Json = json;
            row.Revision++;
            row.Status = commit.State.Status;
            row.Owner = null;
            row.LeaseUntil = null;
            if (commit.ConsumedBookmarkId is not null) bookmarks.Remove(commit.ConsumedBookmarkId);
            foreach (var id in commit.RemovedBookmarks) bookmarks.Remove(id);
            foreach (var b in commit.AddedBookmarks) bookmarks[b.Id] = (new StoredBookmark(commit.State.Id, b), null, null);
            if (!journals.TryGetValue(commit.State.Id, out var journal)) journals[commit.State.Id] = journal = [];
            journal.AddRange(commit.Journal);
            foreach (var m in commit.Outbox) Outbox.Add((commit.State.Id, m));
        }
        return Task.FromResult(CommitStatus.Committed);
    }

    public Task<StoredBookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken ct = default)
    {
        lock (gate) return Task.FromResult(bookmarks.TryGetValue(bookmarkId, out var b) ? b.Bookmark : null);
    }

    public Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(string name, string? key, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<StoredBookmark>>(bookmarks.Values
                .Where(b => b.Bookmark.Bookmark.Name == name && (key is null || b.Bookmark.Bookmark.Key == key))
                .Select(b => b.Bookmark).ToList());
    }

    public Task<IReadOnlyList<StoredBookmark>> ClaimDueTimersAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken ct = default)
    {
        lock (gate)
        {
            var due = bookmarks.Values
                .Where(b => b.Bookmark.Bookmark.DueAt <= now && (b.LeaseUntil is null || b.LeaseUntil < now))
                .OrderBy(b => b.Bookmark.Bookmark.DueAt).Take(max).Select(b => b.Bookmark).ToList();
            foreach (var b in due) bookmarks[b.Bookmark.Id] = (b, owner, now + lease);
            return Task.FromResult<IReadOnlyList<StoredBookmark>>(due);
        }
    }

    public Task<IReadOnlyList<string>> ClaimStalledInstancesAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken ct = default)
    {
        lock (gate)
        {
            var stalled = instances.Where(i => i.Value.Status == InstanceStatus.Running && (i.Value.LeaseUntil is null || i.Value.LeaseUntil < now))
                .Take(max).ToList();
            foreach (var (_, row) in stalled) { row.Owner = owner; row.LeaseUntil = now + lease; }
            return Task.FromResult<IReadOnlyList<string>>(stalled.Select(s => s.Key).ToList());
        }
    }

    public Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string instanceId, CancellationToken ct = default)
    {
        lock (gate) return Task.FromResult<IReadOnlyList<JournalEntry>>(journals.TryGetValue(instanceId, out var j) ? j.ToList() : []);
    }

    public Task ReplaceTriggersAsync(string definitionId, IReadOnlyList<WorkflowTrigger> replacement, CancellationToken ct = default)
    {
        lock (gate)
        {
            var previous = triggers.Values.Where(t => t.Trigger.DefinitionId == definitionId).ToDictionary(t => t.Trigger.Id, t => t.Trigger);
            foreach (var id in previous.Keys) triggers.Remove(id);
            // A timer that keeps its interval keeps its next due time, so republishing does not postpone it.
            foreach (var t in replacement)
                triggers[t.Id] = (previous.TryGetValue(t.Id, out var old) && old.Interval == t.Interval && t.Interval is not null ? t with { DueAt = old.DueAt } : t, null);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<WorkflowTrigger>> FindTriggersAsync(string name, string? key, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<WorkflowTrigger>>(triggers.Values.Select(t => t.Trigger)
                .Where(t => t.Name == name && (key is null || t.Key == key)).ToList());
    }

    public Task<IReadOnlyList<WorkflowTrigger>> ClaimDueTriggersAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken ct = default)
    {
        lock (gate)
        {
            var due = triggers.Values.Where(t => t.Trigger.DueAt <= now && (t.LeaseUntil is null || t.LeaseUntil < now))
                .OrderBy(t => t.Trigger.DueAt).Take(max).Select(t => t.Trigger).ToList();
            foreach (var t in due) triggers[t.Id] = (t, now + lease);
            return Task.FromResult<IReadOnlyList<WorkflowTrigger>>(due);
        }
    }

    public Task AdvanceTriggerAsync(string triggerId, DateTimeOffset firedDue, DateTimeOffset nextDue, CancellationToken ct = default)
    {
        lock (gate)
            if (triggers.TryGetValue(triggerId, out var t) && t.Trigger.DueAt == firedDue)
                triggers[triggerId] = (t.Trigger with { DueAt = nextDue }, null);
        return Task.CompletedTask;
    }

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken ct = default)
    {
        lock (gate) return Task.FromResult(bookmarks.Values.Select(b => b.Bookmark.Bookmark.DueAt).Where(d => d is not null).Min());
    }
}
