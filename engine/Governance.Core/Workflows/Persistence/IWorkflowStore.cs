using Governance.Core.Workflows.Runtime;
using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Persistence;

/// <summary>A published definition version as stored.</summary>
public sealed record StoredDefinition(string DefinitionId, int Version, string? Name, string Json, DateTimeOffset PublishedAt);

/// <summary>An instance as loaded: its state and the revision a commit must match.</summary>
public sealed record InstanceSnapshot(InstanceState State, long Revision);

/// <summary>A bookmark found by the store, with the instance it belongs to.</summary>
public sealed record StoredBookmark(string InstanceId, BookmarkInfo Bookmark);

/// <summary>
/// Everything one burst changed, written in one transaction: the new state, the bookmark consumed to start the
/// burst (deleted only if it still exists), bookmarks added and removed, journal lines and outbox messages.
/// </summary>
public sealed record InstanceCommit(
    InstanceState State,
    long ExpectedRevision,
    string? ConsumedBookmarkId,
    IReadOnlyList<BookmarkInfo> AddedBookmarks,
    IReadOnlyList<string> RemovedBookmarks,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<OutboxMessage> Outbox);

public enum CommitStatus
{
    Committed,

    /// <summary>Someone else committed this instance first; reload and run again.</summary>
    Conflict,

    /// <summary>The consumed bookmark was already resumed by someone else; nothing was written.</summary>
    BookmarkGone,
}

/// <summary>
/// Where definitions, instances, bookmarks, timers and journals live. The in-memory store serves tests and the
/// benchmark; Governance.Storage implements it with EF Core on SQLite and PostgreSQL.
/// </summary>
public interface IWorkflowStore
{
    Task SaveDefinitionAsync(StoredDefinition definition, CancellationToken ct = default);

    /// <summary>A version, or the latest when <paramref name="version"/> is null.</summary>
    Task<StoredDefinition?> GetDefinitionAsync(string definitionId, int? version, CancellationToken ct = default);

    /// <summary>Inserts a new instance (status Running, leased to <paramref name="owner"/> until <paramref name="leaseUntil"/>).</summary>
    Task CreateInstanceAsync(InstanceState state, string owner, DateTimeOffset leaseUntil, CancellationToken ct = default);

    Task<InstanceSnapshot?> LoadInstanceAsync(string instanceId, CancellationToken ct = default);

    /// <summary>Writes a burst in one transaction; the <paramref name="participant"/> is handed to the store's commit hook.</summary>
    Task<CommitStatus> CommitAsync(InstanceCommit commit, ICommitParticipant? participant = null, CancellationToken ct = default);

    Task<StoredBookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken ct = default);

    /// <summary>The instance waiting on a bookmark; null when the bookmark is gone. A database store reads both in one query.</summary>
    async Task<InstanceSnapshot?> LoadByBookmarkAsync(string bookmarkId, CancellationToken ct = default) =>
        await FindBookmarkAsync(bookmarkId, ct) is { } found ? await LoadInstanceAsync(found.InstanceId, ct) : null;

    Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(string name, string? key, CancellationToken ct = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> timer bookmarks due at <paramref name="now"/> whose lease is free or expired, leasing
    /// them to <paramref name="owner"/>. Two processes never get the same bookmark while a lease holds.
    /// </summary>
    Task<IReadOnlyList<StoredBookmark>> ClaimDueTimersAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken ct = default);

    /// <summary>Claims instances left Running (a crash before their commit) whose lease has expired.</summary>
    Task<IReadOnlyList<string>> ClaimStalledInstancesAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken ct = default);

    Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string instanceId, CancellationToken ct = default);

    /// <summary>Replaces every trigger of the definition (all versions) with these.</summary>
    Task ReplaceTriggersAsync(string definitionId, IReadOnlyList<WorkflowTrigger> triggers, CancellationToken ct = default);

    Task<IReadOnlyList<WorkflowTrigger>> FindTriggersAsync(string name, string? key, CancellationToken ct = default);

    /// <summary>Claims due timer triggers with a lease, like <see cref="ClaimDueTimersAsync"/>.</summary>
    Task<IReadOnlyList<WorkflowTrigger>> ClaimDueTriggersAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken ct = default);

    /// <summary>Moves a fired timer trigger to its next due time (only if it is still at <paramref name="firedDue"/>) and frees its lease.</summary>
    Task AdvanceTriggerAsync(string triggerId, DateTimeOffset firedDue, DateTimeOffset nextDue, CancellationToken ct = default);

    /// <summary>The earliest due time of any timer bookmark, or null; lets a scheduler sleep until then.</summary>
    Task<DateTimeOffset?> NextDueAsync(CancellationToken ct = default);
}
