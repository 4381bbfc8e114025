using System.Text.Json.Nodes;
using Governance.Core.Workflows.Persistence;
using Governance.Core.Workflows.Runtime;
using Governance.Sdk.Activities;
using Governance.Storage.Workflows.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Governance.Storage.Workflows;

/// <summary>
/// The workflow store on EF Core. A commit is one transaction: the consumed bookmark is deleted only if it is
/// still there (else nothing is written: someone else resumed it), the instance row is updated only at the
/// revision the burst started from (else nothing is written: someone else committed first).
/// </summary>
public sealed partial class EfWorkflowStore : IWorkflowStore
{
    readonly PooledDbContextFactory<GovernanceDbContext> factory;

    public EfWorkflowStore(StorageOptions options)
    {
        Options = options;
        factory = new PooledDbContextFactory<GovernanceDbContext>(options.DbContextOptions());
    }

    public StorageOptions Options { get; }

    /// <summary>
    /// Runs inside every commit's transaction and adds its rows to the commit's batch, after the instance's own
    /// statements and before its bookmarks and journal. The case store uses it to write a case change in the same
    /// transaction (and round trip) as the step of its loop.
    /// </summary>
    internal Func<GovernanceDbContext, SqlBatch, InstanceCommit, ICommitParticipant?, CancellationToken, Task>? OnCommit { get; set; }

    public GovernanceDbContext CreateDbContext() => factory.CreateDbContext();

    /// <summary>Applies the hand-written migrations; on SQLite also switches to WAL so readers do not block the writer.</summary>
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        if (Options.Provider == StorageProvider.Sqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await db.Database.MigrateAsync(ct);
    }

    public async Task SaveDefinitionAsync(StoredDefinition d, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        db.WorkflowDefinitions.Add(new WorkflowDefinitionRecord { DefinitionId = d.DefinitionId, Version = d.Version, Name = d.Name, Json = d.Json, PublishedAt = d.PublishedAt.ToUniversalTime() });
        await db.SaveChangesAsync(ct);
    }

    public async Task<StoredDefinition?> GetDefinitionAsync(string definitionId, int? version, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var query = db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == definitionId);
        var row = version is { } v
            ? await query.FirstOrDefaultAsync(d => d.Version == v, ct)
            : await query.OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
        return row is null ? null : new StoredDefinition(row.DefinitionId, row.Version, row.Name, row.Json, row.PublishedAt);
    }

    public async Task CreateInstanceAsync(InstanceState state, string owner, DateTimeOffset leaseUntil, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        db.WorkflowInstances.Add(Row(state, 1, owner, leaseUntil.ToUnixTimeMilliseconds()));
        await db.SaveChangesAsync(ct);
    }

    // The reads every resume makes, compiled once per store (a compiled query is bound to one provider's model):
    // EF then skips translating the query on each call.
    readonly Func<GovernanceDbContext, string, CancellationToken, Task<WorkflowInstanceRecord?>> InstanceById =
        EF.CompileAsyncQuery((GovernanceDbContext db, string id, CancellationToken ct) => db.WorkflowInstances.AsNoTracking().FirstOrDefault(i => i.Id == id));

    readonly Func<GovernanceDbContext, string, CancellationToken, Task<BookmarkRecord?>> BookmarkById =
        EF.CompileAsyncQuery((GovernanceDbContext db, string id, CancellationToken ct) => db.Bookmarks.AsNoTracking().FirstOrDefault(b => b.Id == id));

    readonly Func<GovernanceDbContext, string, CancellationToken, Task<WorkflowInstanceRecord?>> InstanceByBookmark =
        // A join from the bookmark's key, not EXISTS per instance: SQLite does not turn the latter into a lookup and scans.
        EF.CompileAsyncQuery((GovernanceDbContext db, string bookmarkId, CancellationToken ct) =>
            (from b in db.Bookmarks where b.Id == bookmarkId join i in db.WorkflowInstances.AsNoTracking() on b.InstanceId equals i.Id select i).FirstOrDefault());

    public async Task<InstanceSnapshot?> LoadByBookmarkAsync(string bookmarkId, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var row = await InstanceByBookmark(db, bookmarkId, ct);
        return row is null ? null : new InstanceSnapshot(InstanceState.FromJson(row.StateJson), row.Revision);
    }

    public async Task<InstanceSnapshot?> LoadInstanceAsync(string instanceId, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var row = await InstanceById(db, instanceId, ct);
        return row is null ? null : new InstanceSnapshot(InstanceState.FromJson(row.StateJson), row.Revision);
    }

    public async Task<CommitStatus> CommitAsync(InstanceCommit c, ICommitParticipant? participant = null, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(Options, ct);
        await using var db = factory.CreateDbContext();
        db.Database.AutoSavepointsEnabled = false; // one transaction, rolled back whole: savepoints would only add round trips
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Everything the commit writes goes in one batch (one round trip); each statement must hit its rows.
        var s = c.State;
        var json = s.ToJson();
        var batch = new SqlBatch(db);
        if (c.ConsumedBookmarkId is { } consumed) batch.Statement("DELETE FROM wf_bookmarks WHERE id = {0}", 1, consumed);
        if (c.ExpectedRevision == 0) batch.Insert(Row(s, 1, null, null, json));
        else
            batch.Statement("UPDATE wf_instances SET state_json = {0}, status = {1}, revision = {2}, updated_at = {3}, fault_code = {4}, " +
                "lease_owner = NULL, lease_until_ms = NULL WHERE id = {5} AND revision = {6}", 1,
                json, s.Status.ToString(), c.ExpectedRevision + 1, s.UpdatedAt.ToUniversalTime(), s.Fault?.Code, s.Id, c.ExpectedRevision);
        if (OnCommit is { } hook) await hook(db, batch, c, participant, ct); // may throw: the transaction then rolls back and nothing is written
        var removed = c.RemovedBookmarks.Where(id => id != c.ConsumedBookmarkId).ToList();
        foreach (var id in removed) batch.Statement("DELETE FROM wf_bookmarks WHERE id = {0}", 1, id);
        foreach (var b in c.AddedBookmarks) batch.Insert(Row(s.Id, b));
        foreach (var j in c.Journal)
            batch.Insert(new JournalEntryRecord { InstanceId = s.Id, Sequence = j.Sequence, At = j.At.ToUniversalTime(), ActivityId = j.ActivityId, Kind = j.Kind, Text = j.Text });
        foreach (var m in c.Outbox)
            batch.Insert(new OutboxMessageRecord
            {
                Id = Guid.NewGuid().ToString("N"), InstanceId = s.Id, Channel = m.Channel, Recipient = m.Recipient, Subject = m.Subject,
                Body = m.Body, DataJson = m.Data?.ToJsonString(), CreatedAt = s.UpdatedAt.ToUniversalTime(),
            });
        bool complete;
        try
        {
            complete = await batch.ExecuteAsync(ct);
        }
        catch (System.Data.Common.DbException e) when (SqlBatch.IsDuplicateKey(e))
        {
            complete = false; // a row to insert exists already: the same instance started twice, or rows read before are stale
        }
        if (complete)
        {
            await tx.CommitAsync(ct);
            return CommitStatus.Committed;
        }
        // Something changed since the burst read its state: find out what, with the batch rolled back.
        await tx.RollbackAsync(ct);
        batch.Mismatched();
        if (c.ConsumedBookmarkId is { } gone && await BookmarkById(db, gone, ct) is null) return CommitStatus.BookmarkGone;
        return CommitStatus.Conflict;
    }

    public async Task<StoredBookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var row = await BookmarkById(db, bookmarkId, ct);
        return row is null ? null : Stored(row);
    }

    public async Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(string name, string? key, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var query = db.Bookmarks.AsNoTracking().Where(b => b.Name == name);
        if (key is not null) query = query.Where(b => b.Key == key);
        return (await query.ToListAsync(ct)).Select(Stored).ToList();
    }

    public async Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string instanceId, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        return (await db.Journal.AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence).ToListAsync(ct))
            .Select(j => new JournalEntry(j.Sequence, j.At, j.ActivityId, j.Kind, j.Text)).ToList();
    }

    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var ms = await db.Bookmarks.Where(b => b.DueAtMs != null).MinAsync(b => b.DueAtMs, ct);
        return ms is { } v ? DateTimeOffset.FromUnixTimeMilliseconds(v) : null;
    }

    static WorkflowInstanceRecord Row(InstanceState s, long revision, string? owner, long? leaseUntilMs, string? json = null) => new()
    {
        Id = s.Id, DefinitionId = s.DefinitionId, DefinitionVersion = s.DefinitionVersion, Status = s.Status, StateJson = json ?? s.ToJson(),
        Revision = revision, CreatedAt = s.CreatedAt.ToUniversalTime(), UpdatedAt = s.UpdatedAt.ToUniversalTime(),
        LeaseOwner = owner, LeaseUntilMs = leaseUntilMs, FaultCode = s.Fault?.Code,
    };

    static BookmarkRecord Row(string instanceId, BookmarkInfo b) => new()
    {
        Id = b.Id, InstanceId = instanceId, ActivityId = b.ActivityId, Name = b.Name, Key = b.Key,
        DueAtMs = b.DueAt?.ToUnixTimeMilliseconds(), PayloadJson = b.Payload?.ToJsonString(),
    };

    static StoredBookmark Stored(BookmarkRecord r) => new(r.InstanceId, new BookmarkInfo(r.Id, r.ActivityId, r.Name, r.Key,
        r.DueAtMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null, r.PayloadJson is null ? null : JsonNode.Parse(r.PayloadJson)));
}
