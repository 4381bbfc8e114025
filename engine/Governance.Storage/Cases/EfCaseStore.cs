using Governance.Core.Cases;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Core.Workflows.Persistence;
using Governance.Storage.Cases.Entities;
using Governance.Storage.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Governance.Storage.Cases;

/// <summary>
/// Cases on EF Core. A change is one transaction; the version columns are concurrency tokens, so an update
/// written against a version someone else has already replaced writes nothing and fails the whole change.
/// Attached to the workflow store, a step of the loop writes its case change inside the workflow's commit.
/// </summary>
public sealed partial class EfCaseStore(StorageOptions options) : ICaseStore
{
    readonly PooledDbContextFactory<GovernanceDbContext> factory = new(options.DbContextOptions());

    public StorageOptions Options => options;

    /// <summary>Makes every commit of a case loop write the case change in the same transaction.</summary>
    public void AttachTo(EfWorkflowStore workflows, CaseProjector projector, TimeProvider clock) =>
        workflows.OnCommit = async (db, batch, commit, ct) =>
        {
            var context = CaseCommitContext.Current;
            var c = context?.NewCase;
            List<CaseTask> tasks = [];
            var preloaded = false;
            if (c is null && context is { Loaded: { } current, Stale: false } && current.Case.Id == commit.State.Id)
            {
                // The caller read the case a moment ago; the version checks below catch a change since.
                (c, tasks, preloaded) = (current.Case, current.Tasks.ToList(), true);
            }
            else if (c is null)
            {
                // Read inside the commit's transaction, so the change is made against the latest case.
                var row = await ById(db, commit.State.Id, ct);
                if (row is null) return; // not a case loop
                c = CaseMapping.ToModel(row);
                tasks = await TasksOf(db, c.Id, ct);
            }
            var change = projector.Project(c, tasks, commit, context, context?.At ?? clock.GetUtcNow());
            Append(batch, change);
            // If the batch does not go through, the workflow store rolls back and the runtime runs the step again:
            // then on rows read afresh, since these may be what changed.
            if (preloaded) batch.OnMismatch(() => context!.Stale = true);
            Saved(change);
            if (context is not null) context.Result = change.Case;
        };

    // The hot reads, compiled once per store (a compiled query is bound to one provider's model): EF then skips
    // translating the query on each call, which cost several times the database's own time per read.
    readonly Func<GovernanceDbContext, string, CancellationToken, Task<CaseRecord?>> ById =
        EF.CompileAsyncQuery((GovernanceDbContext db, string id, CancellationToken ct) => db.Set<CaseRecord>().AsNoTracking().FirstOrDefault(r => r.Id == id));

    readonly Func<GovernanceDbContext, string, CancellationToken, Task<CaseTaskRecord?>> TaskById =
        EF.CompileAsyncQuery((GovernanceDbContext db, string id, CancellationToken ct) => db.Set<CaseTaskRecord>().AsNoTracking().FirstOrDefault(t => t.Id == id));

    readonly Func<GovernanceDbContext, string, IAsyncEnumerable<CaseTaskRecord>> TasksByCase =
        EF.CompileAsyncQuery<GovernanceDbContext, string, CaseTaskRecord>((GovernanceDbContext db, string caseId) => db.Set<CaseTaskRecord>().AsNoTracking().Where(t => t.CaseId == caseId).OrderBy(t => t.CreatedAtMs));

    /// <summary>A case row beside one of its task rows (null for a case without tasks): a case and its tasks in one round trip.</summary>
    public sealed record CaseAndTask(CaseRecord Case, CaseTaskRecord? Task);

    readonly Func<GovernanceDbContext, string, IAsyncEnumerable<CaseAndTask>> CaseWithTasks =
        EF.CompileAsyncQuery<GovernanceDbContext, string, CaseAndTask>((GovernanceDbContext db, string caseId) =>
            from c in db.Set<CaseRecord>().AsNoTracking()
            where c.Id == caseId
            from t in db.Set<CaseTaskRecord>().AsNoTracking().Where(t => t.CaseId == c.Id).DefaultIfEmpty()
            orderby t!.CreatedAtMs
            select new CaseAndTask(c, t));

    readonly Func<GovernanceDbContext, string, IAsyncEnumerable<CaseAndTask>> CaseWithTasksOfTask =
        EF.CompileAsyncQuery<GovernanceDbContext, string, CaseAndTask>((GovernanceDbContext db, string taskId) =>
            from c in db.Set<CaseRecord>().AsNoTracking()
            where c.Id == db.Set<CaseTaskRecord>().Where(x => x.Id == taskId).Select(x => x.CaseId).FirstOrDefault()
            from t in db.Set<CaseTaskRecord>().AsNoTracking().Where(t => t.CaseId == c.Id)
            orderby t.CreatedAtMs
            select new CaseAndTask(c, t));

    static async Task<(Case Case, IReadOnlyList<CaseTask> Tasks)?> Read(IAsyncEnumerable<CaseAndTask> rows, CancellationToken ct)
    {
        Case? c = null;
        var tasks = new List<CaseTask>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            c ??= CaseMapping.ToModel(row.Case);
            if (row.Task is { } t) tasks.Add(CaseMapping.ToModel(t));
        }
        return c is null ? null : (c, tasks);
    }

    readonly Func<GovernanceDbContext, string, IAsyncEnumerable<CaseJournalRecord>> JournalByCase =
        EF.CompileAsyncQuery<GovernanceDbContext, string, CaseJournalRecord>((GovernanceDbContext db, string caseId) => db.Set<CaseJournalRecord>().AsNoTracking().Where(j => j.CaseId == caseId).OrderBy(j => j.Sequence));

    async Task<List<CaseTask>> TasksOf(GovernanceDbContext db, string caseId, CancellationToken ct)
    {
        var list = new List<CaseTask>();
        await foreach (var row in TasksByCase(db, caseId).WithCancellation(ct)) list.Add(CaseMapping.ToModel(row));
        return list;
    }

    public async Task<Case?> GetAsync(string id, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        return await ById(db, id, ct) is { } row ? CaseMapping.ToModel(row) : null;
    }

    public Task<Case?> GetByNumberAsync(string number, CancellationToken ct = default) => One(q => q.Where(r => r.Number == number), ct);
    public Task<Case?> GetByInstanceAsync(string instanceId, CancellationToken ct = default) => One(q => q.Where(r => r.WorkflowInstanceId == instanceId), ct);
    public Task<Case?> FindByIdempotencyKeyAsync(string key, CancellationToken ct = default) => One(q => q.Where(r => r.IdempotencyKey == key), ct);

    public async Task<CaseTask?> GetTaskAsync(string id, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        return await TaskById(db, id, ct) is { } row ? CaseMapping.ToModel(row) : null;
    }

    public async Task<IReadOnlyList<CaseTask>> GetTasksAsync(string caseId, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        return await TasksOf(db, caseId, ct);
    }

    public async Task<(Case Case, IReadOnlyList<CaseTask> Tasks)?> GetWithTaskAsync(string taskId, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        return await Read(CaseWithTasksOfTask(db, taskId), ct);
    }

    public async Task<(Case Case, IReadOnlyList<CaseTask> Tasks)?> GetWithTasksAsync(string caseId, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        return await Read(CaseWithTasks(db, caseId), ct);
    }

    public async Task<IReadOnlyList<CaseJournalEntry>> GetJournalAsync(string caseId, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var list = new List<CaseJournalEntry>();
        await foreach (var row in JournalByCase(db, caseId).WithCancellation(ct)) list.Add(CaseMapping.ToModel(row));
        return list;
    }

    /// <summary>One statement, committed on its own: the day's row is created at 1 or bumped, and the new value returned.</summary>
    public async Task<int> NextSequenceAsync(string countyCode, DateOnly day, CancellationToken ct = default)
    {
        var key = day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        using var gate = await SqliteWriteGate.EnterAsync(options, ct);
        await using var db = factory.CreateDbContext();
        return await db.Database.SqlQuery<int>(
            $"INSERT INTO case_counters (county_code, day, last) VALUES ({countyCode}, {key}, 1) ON CONFLICT (county_code, day) DO UPDATE SET last = case_counters.last + 1 RETURNING last AS \"Value\"")
            .AsAsyncEnumerable().FirstAsync(ct);
    }

    public async Task SaveAsync(CaseChange change, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(options, ct);
        await using var db = factory.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await WriteAsync(db, change, ct); // throws before the commit: disposing the transaction rolls it back
        await tx.CommitAsync(ct);
        Saved(change);
    }

    /// <summary>The model objects carry the versions just written, so a caller can hand them on without reading them back.</summary>
    static void Saved(CaseChange change)
    {
        change.Case.Version = change.ExpectedVersion + 1;
        foreach (var t in change.Tasks) t.Task.Version = t.ExpectedVersion + 1;
    }

    /// <summary>
    /// Writes the rows of a change in one batch inside the context's transaction: inserts, and updates guarded by
    /// the version they were read at. Throws <see cref="ConcurrencyException"/> when a version no longer matches or
    /// a row to insert exists already; the caller's transaction must then be rolled back.
    /// </summary>
    static async Task WriteAsync(GovernanceDbContext db, CaseChange change, CancellationToken ct)
    {
        var batch = new SqlBatch(db);
        Append(batch, change);
        bool complete;
        try
        {
            complete = await batch.ExecuteAsync(ct);
        }
        catch (System.Data.Common.DbException e) when (SqlBatch.IsDuplicateKey(e))
        {
            complete = false; // a row to insert is there already (a unique key): someone else wrote first
        }
        if (!complete) throw new ConcurrencyException($"case {change.Case.Number}");
    }

    /// <summary>Adds the rows of a change to a batch: inserts, and updates guarded by the version they were read at.</summary>
    static void Append(SqlBatch batch, CaseChange change)
    {
        Row(batch, CaseMapping.ToRecord(change.Case, change.ExpectedVersion + 1), change.ExpectedVersion);
        foreach (var t in change.Tasks) Row(batch, CaseMapping.ToRecord(t.Task, t.ExpectedVersion + 1), t.ExpectedVersion);
        foreach (var j in change.Journal) batch.Insert(CaseMapping.ToRecord(j));
        foreach (var a in change.Attachments)
            batch.Insert(new AttachmentRecord
            {
                Id = a.Id, CaseId = a.CaseId, FileName = a.FileName, ContentType = a.ContentType, Size = a.Size, Content = a.Content,
                Step = a.Step, UploadedBy = a.UploadedBy, UploadedAt = a.UploadedAt.ToUniversalTime(),
            });
        if (change.Example is { } example) batch.Insert(Intake.EfIntakeStore.ToRecord(example));
        var at = (change.Journal.Count > 0 ? change.Journal[0].At : DateTimeOffset.UtcNow).ToUniversalTime();
        foreach (var n in change.Notifications)
            batch.Insert(new Workflows.Entities.OutboxMessageRecord
            {
                Id = Guid.NewGuid().ToString("N"), InstanceId = change.Case.WorkflowInstanceId ?? change.Case.Id, Channel = n.Channel,
                Recipient = n.Recipient, Subject = n.Subject, Body = n.Body, DataJson = n.Data?.ToJsonString(), CreatedAt = at,
            });
    }

    static void Row<T>(SqlBatch batch, T record, int expectedVersion) where T : class
    {
        if (expectedVersion == 0) batch.Insert(record);
        else batch.Update(record, "Version", expectedVersion);
    }

    async Task<Case?> One(Func<IQueryable<CaseRecord>, IQueryable<CaseRecord>> filter, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var row = await filter(db.Set<CaseRecord>().AsNoTracking()).FirstOrDefaultAsync(ct);
        return row is null ? null : CaseMapping.ToModel(row);
    }

    readonly Func<GovernanceDbContext, string, IAsyncEnumerable<Attachment>> AttachmentsOf =
        EF.CompileAsyncQuery<GovernanceDbContext, string, Attachment>((GovernanceDbContext db, string caseId) => db.Set<AttachmentRecord>().AsNoTracking()
            .Where(a => a.CaseId == caseId)
            .Select(a => new Attachment(a.Id, a.CaseId, a.FileName, a.ContentType, a.Size, a.Step, a.UploadedBy, a.UploadedAt)));

    public async Task<IReadOnlyList<Attachment>> GetAttachmentsAsync(string caseId, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var rows = new List<Attachment>();
        await foreach (var a in AttachmentsOf(db, caseId).WithCancellation(ct)) rows.Add(a);
        return rows.OrderBy(a => a.UploadedAt).ToList(); // SQLite cannot order by DateTimeOffset; a case has few files
    }

    public async Task<Attachment?> GetAttachmentAsync(string id, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var a = await db.Set<AttachmentRecord>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return a is null ? null : new Attachment(a.Id, a.CaseId, a.FileName, a.ContentType, a.Size, a.Step, a.UploadedBy, a.UploadedAt) { Content = a.Content };
    }

    internal GovernanceDbContext CreateDbContext() => factory.CreateDbContext();
}
