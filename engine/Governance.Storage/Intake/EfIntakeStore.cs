using Governance.Core.Intake.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Governance.Storage.Intake;

/// <summary>
/// Examples and model versions on EF Core. Examples are written by the case store with each registration; this
/// store reads them and keeps the versions. Two servers training the same county at once both try to insert the same
/// version number; the primary key lets one win.
/// </summary>
public sealed class EfIntakeStore(StorageOptions options) : IIntakeStore
{
    readonly PooledDbContextFactory<GovernanceDbContext> factory = new(options.DbContextOptions());

    public async Task<IReadOnlyList<IntakeExample>> ExamplesAsync(string county, int limit, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Set<IntakeExampleRecord>().AsNoTracking().Where(e => e.CountyCode == county)
            .OrderByDescending(e => e.AtMs).ThenByDescending(e => e.Id).Take(limit).ToListAsync(ct);
        rows.Reverse();
        return rows.Select(ToModel).ToList();
    }

    public async Task<int> CountExamplesAsync(string county, DateTimeOffset? after, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var ms = after?.ToUnixTimeMilliseconds() ?? long.MinValue;
        return await db.Set<IntakeExampleRecord>().CountAsync(e => e.CountyCode == county && e.AtMs > ms, ct);
    }

    public async Task<IReadOnlyList<string>> CountiesAsync(CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        return await db.Set<IntakeExampleRecord>().Select(e => e.CountyCode).Distinct().OrderBy(c => c).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<ModelVersion>> VersionsAsync(string county, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Set<IntakeModelRecord>().AsNoTracking().Where(m => m.CountyCode == county).OrderByDescending(m => m.Version)
            .Select(m => new { m.CountyCode, m.Version, m.CreatedAtMs, m.CreatedBy, m.Examples, m.HeldOut, m.Top1, m.Top3, m.BaseTop1, m.BaseTop3,
                m.Active, m.Features, m.Parameters, m.LastExampleMs, m.Note })
            .ToListAsync(ct);
        return rows.Select(m => new ModelVersion(m.CountyCode, m.Version, FromMs(m.CreatedAtMs), m.CreatedBy, m.Examples, m.HeldOut, m.Top1, m.Top3,
            m.BaseTop1, m.BaseTop3, m.Active, m.Features, m.Parameters, m.LastExampleMs is { } l ? FromMs(l) : null, m.Note)).ToList();
    }

    public async Task<ModelVersion?> GetAsync(string county, int? version, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var query = db.Set<IntakeModelRecord>().AsNoTracking().Where(m => m.CountyCode == county);
        query = version is { } v ? query.Where(m => m.Version == v) : query.Where(m => m.Active);
        var row = await query.OrderByDescending(m => m.Version).FirstOrDefaultAsync(ct);
        return row is null ? null : ToModel(row);
    }

    public async Task<IReadOnlyDictionary<string, int>> ActiveVersionsAsync(CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Set<IntakeModelRecord>().AsNoTracking().Where(m => m.Active).Select(m => new { m.CountyCode, m.Version }).ToListAsync(ct);
        return rows.GroupBy(r => r.CountyCode).ToDictionary(g => g.Key, g => g.Max(r => r.Version), StringComparer.Ordinal);
    }

    public async Task<bool> AddAsync(ModelVersion version, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(options, ct);
        await using var db = factory.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Set<IntakeModelRecord>().AnyAsync(m => m.CountyCode == version.County && m.Version == version.Version, ct)) return false;
        if (version.Active) await Deactivate(db, version.County, ct);
        db.Add(ToRecord(version));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is System.Data.Common.DbException inner && SqlBatch.IsDuplicateKey(inner))
        {
            return false; // another server stored this version between the check and the insert
        }
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<bool> ActivateAsync(string county, int version, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(options, ct);
        await using var db = factory.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await db.Set<IntakeModelRecord>().AnyAsync(m => m.CountyCode == county && m.Version == version, ct)) return false;
        await Deactivate(db, county, ct);
        await db.Set<IntakeModelRecord>().Where(m => m.CountyCode == county && m.Version == version)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Active, true), ct);
        await tx.CommitAsync(ct);
        return true;
    }

    static Task<int> Deactivate(GovernanceDbContext db, string county, CancellationToken ct) =>
        db.Set<IntakeModelRecord>().Where(m => m.CountyCode == county && m.Active).ExecuteUpdateAsync(s => s.SetProperty(m => m.Active, false), ct);

    internal static IntakeExampleRecord ToRecord(IntakeExample e) => new()
    {
        Id = e.Id, CaseId = e.CaseId, CountyCode = e.CountyCode, GridCode = e.GridCode, Channel = e.Channel, Text = e.Text,
        ReportedItem = e.ReportedItem, Item = e.Item, AtMs = e.At.ToUnixTimeMilliseconds(),
    };

    static IntakeExample ToModel(IntakeExampleRecord r) =>
        new(r.Id, r.CaseId, r.CountyCode, r.GridCode, r.Channel, r.Text, r.ReportedItem, r.Item, FromMs(r.AtMs));

    static IntakeModelRecord ToRecord(ModelVersion v) => new()
    {
        CountyCode = v.County, Version = v.Version, CreatedAtMs = v.CreatedAt.ToUnixTimeMilliseconds(), CreatedBy = v.CreatedBy,
        Examples = v.Examples, HeldOut = v.HeldOut, Top1 = v.Top1, Top3 = v.Top3, BaseTop1 = v.BaseTop1, BaseTop3 = v.BaseTop3,
        Active = v.Active, Features = v.Features, Parameters = v.Parameters, LastExampleMs = v.LastExampleAt?.ToUnixTimeMilliseconds(),
        Note = v.Note, Payload = v.Payload,
    };

    static ModelVersion ToModel(IntakeModelRecord m) => new(m.CountyCode, m.Version, FromMs(m.CreatedAtMs), m.CreatedBy, m.Examples, m.HeldOut,
        m.Top1, m.Top3, m.BaseTop1, m.BaseTop3, m.Active, m.Features, m.Parameters, m.LastExampleMs is { } l ? FromMs(l) : null, m.Note)
        { Payload = m.Payload };

    static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
