using System.Text.Json;
using Governance.Core.Reports.Collection;
using Governance.Storage.Reports.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Storage.Reports;

/// <summary>Collection sheets in the database: a sheet and its journal line in one transaction, versions checked on update.</summary>
public sealed class EfCollectionStore(StorageOptions storage) : ICollectionStore
{
    GovernanceDbContext Db() => new(storage.DbContextOptions());

    public async Task<CollectionSheet?> LatestAsync(string unitCode, string period, CancellationToken ct = default)
    {
        await using var db = Db();
        var row = await db.Set<CollectionRecord>().AsNoTracking().Where(r => r.UnitCode == unitCode && r.Period == period)
            .OrderByDescending(r => r.Revision).FirstOrDefaultAsync(ct);
        return row is null ? null : ToSheet(row);
    }

    public async Task SaveAsync(CollectionSheet sheet, bool isNew, CollectionJournalEntry entry, CancellationToken ct = default)
    {
        await using var db = Db();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var record = ToRecord(sheet);
        if (isNew)
        {
            record.Version = 1;
            db.Add(record);
        }
        else
        {
            db.Attach(record);
            db.Entry(record).Property(r => r.Version).OriginalValue = sheet.Version;
            record.Version = sheet.Version + 1;
            db.Entry(record).State = EntityState.Modified;
        }
        db.Add(new CollectionJournalRecord
        {
            Id = Guid.NewGuid().ToString("N"), UnitCode = entry.UnitCode, Period = entry.Period, Revision = entry.Revision, At = entry.At.ToUniversalTime(),
            AtMs = entry.At.ToUnixTimeMilliseconds(), Action = entry.Action, Actor = entry.Actor, ActorName = entry.ActorName, Comment = entry.Comment, ChangesJson = entry.ChangesJson,
        });
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException || (isNew && e is DbUpdateException))
        {
            throw new CollectionException("COLLECT-CONFLICT", Core.Messages.Text.Format("COLLECT-CONFLICT"));
        }
        sheet.Version = record.Version;
    }

    public async Task<IReadOnlyList<CollectionJournalEntry>> JournalAsync(string unitCode, string period, CancellationToken ct = default)
    {
        await using var db = Db();
        var rows = await db.Set<CollectionJournalRecord>().AsNoTracking().Where(r => r.UnitCode == unitCode && r.Period == period)
            .OrderBy(r => r.AtMs).ToListAsync(ct);
        return rows.Select(r => new CollectionJournalEntry(r.UnitCode, r.Period, r.Revision, DateTimeOffset.FromUnixTimeMilliseconds(r.AtMs), r.Action, r.Actor, r.ActorName, r.Comment, r.ChangesJson)).ToList();
    }

    public async Task<IReadOnlyList<CollectionSheet>> ListAsync(string unitPrefix, string period, CancellationToken ct = default)
    {
        await using var db = Db();
        var rows = await db.Set<CollectionRecord>().AsNoTracking().Where(r => r.Period == period && r.UnitCode.StartsWith(unitPrefix)).ToListAsync(ct);
        return rows.GroupBy(r => r.UnitCode).Select(g => ToSheet(g.MaxBy(r => r.Revision)!)).ToList();
    }

    public async Task<IReadOnlyList<CollectedValues>> CollectedAsync(string unitPrefix, string from, string to, CancellationToken ct = default)
    {
        await using var db = Db();
        string[] counted = [nameof(CollectionState.Submitted), nameof(CollectionState.Approved)];
        var rows = await db.Set<CollectionRecord>().AsNoTracking()
            .Where(r => r.UnitCode.StartsWith(unitPrefix) && string.Compare(r.Period, from) >= 0 && string.Compare(r.Period, to) <= 0 && counted.Contains(r.State))
            .ToListAsync(ct);
        return rows.GroupBy(r => (r.UnitCode, r.Period)).Select(g => g.MaxBy(r => r.Revision)!)
            .Select(r => new CollectedValues(r.UnitCode, r.Period, r.Revision, Enum.Parse<CollectionState>(r.State), Values(r.ValuesJson))).ToList();
    }

    static Dictionary<string, decimal> Values(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, decimal>>(json) is { } d ? new(d, StringComparer.Ordinal) : new(StringComparer.Ordinal);

    static CollectionSheet ToSheet(CollectionRecord r) => CollectionSheet.Restore(r.UnitCode, r.Period, r.Revision, Enum.Parse<CollectionState>(r.State), Values(r.ValuesJson),
        r.Reason, r.SubmittedBy, r.SubmittedAt, r.ReviewedBy, r.ReviewedAt, r.ReviewComment, r.UpdatedAt, r.Version);

    static CollectionRecord ToRecord(CollectionSheet s) => new()
    {
        UnitCode = s.UnitCode, Period = s.Period, Revision = s.Revision, State = s.State.ToString(), ValuesJson = JsonSerializer.Serialize(s.Values),
        Reason = s.Reason, SubmittedBy = s.SubmittedBy, SubmittedAt = s.SubmittedAt?.ToUniversalTime(), ReviewedBy = s.ReviewedBy,
        ReviewedAt = s.ReviewedAt?.ToUniversalTime(), ReviewComment = s.ReviewComment, UpdatedAt = s.UpdatedAt.ToUniversalTime(), Version = s.Version,
    };
}
