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
        workflows.OnCommit = async (db, commit, ct) =>
        {
            var context = CaseCommitContext.Current;
            var c = context?.NewCase;
            List<CaseTask> tasks = [];
            if (c is null)
            {
                // Read inside the commit's transaction, so the change is made against the latest case.
                var row = await db.Set<CaseRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == commit.State.Id, ct);
                if (row is null) return; // not a case loop
                c = CaseMapping.ToModel(row);
                tasks = (await db.Set<CaseTaskRecord>().AsNoTracking().Where(t => t.CaseId == c.Id).ToListAsync(ct)).Select(CaseMapping.ToModel).ToList();
            }
            Stage(db, projector.Project(c, tasks, commit, context, context?.At ?? clock.GetUtcNow()));
            await SaveStagedAsync(db, ct);
        };

    public Task<Case?> GetAsync(string id, CancellationToken ct = default) => One(q => q.Where(r => r.Id == id), ct);
    public Task<Case?> GetByNumberAsync(string number, CancellationToken ct = default) => One(q => q.Where(r => r.Number == number), ct);
    public Task<Case?> GetByInstanceAsync(string instanceId, CancellationToken ct = default) => One(q => q.Where(r => r.WorkflowInstanceId == instanceId), ct);
    public Task<Case?> FindByIdempotencyKeyAsync(string key, CancellationToken ct = default) => One(q => q.Where(r => r.IdempotencyKey == key), ct);

    public async Task<CaseTask?> GetTaskAsync(string id, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.Set<CaseTaskRecord>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        return row is null ? null : CaseMapping.ToModel(row);
    }

    public async Task<IReadOnlyList<CaseTask>> GetTasksAsync(string caseId, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        return (await db.Set<CaseTaskRecord>().AsNoTracking().Where(t => t.CaseId == caseId).OrderBy(t => t.CreatedAtMs).ToListAsync(ct))
            .Select(CaseMapping.ToModel).ToList();
    }

    public async Task<IReadOnlyList<CaseJournalEntry>> GetJournalAsync(string caseId, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        return (await db.Set<CaseJournalRecord>().AsNoTracking().Where(j => j.CaseId == caseId).OrderBy(j => j.Sequence).ToListAsync(ct))
            .Select(CaseMapping.ToModel).ToList();
    }

    public async Task<int> NextSequenceAsync(string countyCode, DateOnly day, CancellationToken ct = default)
    {
        var key = day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        for (var attempt = 0; ; attempt++)
        {
            using var gate = await SqliteWriteGate.EnterAsync(options, ct);
            await using var db = factory.CreateDbContext();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // The UPDATE takes the row lock first, so two callers never read the same value.
            var bumped = await db.Set<CaseCounterRecord>().Where(c => c.CountyCode == countyCode && c.Day == key)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Last, c => c.Last + 1), ct);
            if (bumped == 0) db.Add(new CaseCounterRecord { CountyCode = countyCode, Day = key, Last = 1 });
            try
            {
                await db.SaveChangesAsync(ct);
                var value = await db.Set<CaseCounterRecord>().Where(c => c.CountyCode == countyCode && c.Day == key).Select(c => c.Last).FirstAsync(ct);
                await tx.CommitAsync(ct);
                return value;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another caller created the day's row at the same moment; bump it instead.
            }
        }
    }

    public async Task SaveAsync(CaseChange change, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(options, ct);
        await using var db = factory.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        Stage(db, change);
        await SaveStagedAsync(db, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Adds the rows of a change to a context: inserts, and updates guarded by the version they were read at.</summary>
    static void Stage(GovernanceDbContext db, CaseChange change)
    {
        Upsert(db, CaseMapping.ToRecord(change.Case, change.ExpectedVersion + 1), change.ExpectedVersion, r => r.Version);
        foreach (var t in change.Tasks) Upsert(db, CaseMapping.ToRecord(t.Task, t.ExpectedVersion + 1), t.ExpectedVersion, r => r.Version);
        foreach (var j in change.Journal) db.Add(CaseMapping.ToRecord(j));
        foreach (var a in change.Attachments)
            db.Add(new AttachmentRecord
            {
                Id = a.Id, CaseId = a.CaseId, FileName = a.FileName, ContentType = a.ContentType, Size = a.Size, Content = a.Content,
                Step = a.Step, UploadedBy = a.UploadedBy, UploadedAt = a.UploadedAt.ToUniversalTime(),
            });
    }

    static void Upsert<T>(GovernanceDbContext db, T record, int expectedVersion, System.Linq.Expressions.Expression<Func<T, int>> version) where T : class
    {
        if (expectedVersion == 0)
        {
            db.Add(record);
            return;
        }
        var entry = db.Attach(record);
        entry.State = EntityState.Modified;
        entry.Property(version).OriginalValue = expectedVersion; // UPDATE … WHERE version = expected
    }

    static async Task SaveStagedAsync(GovernanceDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            throw new ConcurrencyException(e.Entries.FirstOrDefault()?.Metadata.GetTableName() ?? "case");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    async Task<Case?> One(Func<IQueryable<CaseRecord>, IQueryable<CaseRecord>> filter, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var row = await filter(db.Set<CaseRecord>().AsNoTracking()).FirstOrDefaultAsync(ct);
        return row is null ? null : CaseMapping.ToModel(row);
    }

    public async Task<IReadOnlyList<Attachment>> GetAttachmentsAsync(string caseId, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Set<AttachmentRecord>().AsNoTracking().Where(a => a.CaseId == caseId)
            .Select(a => new Attachment(a.Id, a.CaseId, a.FileName, a.ContentType, a.Size, a.Step, a.UploadedBy, a.UploadedAt)).ToListAsync(ct);
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
