using Governance.Storage.Reports.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Storage.Reports;

/// <summary>What a background export job looks like to whoever asks: any server node reads it from the database.</summary>
public sealed record ExportJob(string Id, string Kind, string Target, string UnitCode, string Period, string RequestedBy, DateTimeOffset RequestedAt,
    string State, int Done, int Total, string? FileName, string? Path, long? Size, string? Error, DateTimeOffset? CompletedAt);

/// <summary>
/// Export jobs in the database: queued by one node, claimed with a lease by whichever node's worker gets there
/// first (a crashed node's job is claimed again when its lease runs out), progress and the file's place recorded.
/// </summary>
public sealed class EfExportJobs(StorageOptions storage, TimeProvider clock)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    GovernanceDbContext Db() => new(storage.DbContextOptions());

    public async Task<ExportJob> QueueAsync(string kind, string target, string unit, string period, string requestedBy, CancellationToken ct = default)
    {
        await using var db = Db();
        var r = new ExportJobRecord
        {
            Id = Guid.NewGuid().ToString("N"), Kind = kind, Target = target, UnitCode = unit, Period = period, RequestedBy = requestedBy,
            RequestedAt = clock.GetUtcNow().ToUniversalTime(), State = "queued",
        };
        db.Add(r);
        await db.SaveChangesAsync(ct);
        return View(r);
    }

    public async Task<ExportJob?> GetAsync(string id, CancellationToken ct = default)
    {
        await using var db = Db();
        return await db.Set<ExportJobRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } r ? View(r) : null;
    }

    /// <summary>Claims the oldest queued job (or a running one whose lease ran out) for this owner; null when none waits.</summary>
    public async Task<ExportJob?> ClaimAsync(string owner, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = Db();
        // Few jobs wait at a time; they are ordered here because SQLite cannot order a DateTimeOffset column.
        var waiting = await db.Set<ExportJobRecord>().AsNoTracking()
            .Where(r => r.State == "queued" || (r.State == "running" && r.LeaseUntilMs < now)).Select(r => new { r.Id, r.RequestedAt }).ToListAsync(ct);
        foreach (var id in waiting.OrderBy(r => r.RequestedAt).Select(r => r.Id).Take(5))
        {
            var until = now + (long)Lease.TotalMilliseconds;
            var claimed = await db.Set<ExportJobRecord>().Where(r => r.Id == id && (r.State == "queued" || (r.State == "running" && r.LeaseUntilMs < now)))
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.State, "running").SetProperty(r => r.LeaseOwner, owner).SetProperty(r => r.LeaseUntilMs, until), ct);
            if (claimed == 1) return await GetAsync(id, ct);
        }
        return null;
    }

    public async Task ProgressAsync(string id, string owner, int done, int total, CancellationToken ct = default)
    {
        var until = clock.GetUtcNow().ToUnixTimeMilliseconds() + (long)Lease.TotalMilliseconds;
        await using var db = Db();
        await db.Set<ExportJobRecord>().Where(r => r.Id == id && r.LeaseOwner == owner)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Done, done).SetProperty(r => r.Total, total).SetProperty(r => r.LeaseUntilMs, until), ct);
    }

    public async Task FinishAsync(string id, string owner, string fileName, string path, long size, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        await using var db = Db();
        await db.Set<ExportJobRecord>().Where(r => r.Id == id && r.LeaseOwner == owner).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.State, "done").SetProperty(r => r.FileName, fileName).SetProperty(r => r.Path, path).SetProperty(r => r.Size, size)
            .SetProperty(r => r.CompletedAt, now).SetProperty(r => r.Done, r => r.Total), ct);
    }

    public async Task FailAsync(string id, string owner, string error, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        await using var db = Db();
        await db.Set<ExportJobRecord>().Where(r => r.Id == id && r.LeaseOwner == owner)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.State, "failed").SetProperty(r => r.Error, error).SetProperty(r => r.CompletedAt, now), ct);
    }

    static ExportJob View(ExportJobRecord r) => new(r.Id, r.Kind, r.Target, r.UnitCode, r.Period, r.RequestedBy, r.RequestedAt, r.State, r.Done, r.Total,
        r.FileName, r.Path, r.Size, r.Error, r.CompletedAt);
}
