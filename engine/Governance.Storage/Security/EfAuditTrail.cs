using Governance.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Governance.Storage.Security;

/// <summary>The audit log in the database: appended to, never changed; read newest first, filtered and paged.</summary>
public sealed class EfAuditTrail(StorageOptions options) : IAuditTrail
{
    readonly PooledDbContextFactory<GovernanceDbContext> factory = new(options.DbContextOptions());

    public async Task WriteAsync(AuditEntry e, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        db.Add(new AuditRecord
        {
            Id = Guid.CreateVersion7(e.At).ToString("N"), At = e.At.ToUniversalTime(), AtMs = e.At.ToUnixTimeMilliseconds(), Actor = e.Actor,
            ActorName = e.ActorName, Role = e.Role, Unit = e.Unit, Kind = e.Kind, Target = e.Target, Detail = e.Detail, Address = e.Address, County = e.County,
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<AuditPage> ListAsync(AuditQuery q, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var rows = db.Set<AuditRecord>().AsNoTracking();
        if (q.From is { } from) { var ms = from.ToUnixTimeMilliseconds(); rows = rows.Where(r => r.AtMs >= ms); }
        if (q.To is { } to) { var ms = to.ToUnixTimeMilliseconds(); rows = rows.Where(r => r.AtMs < ms); }
        if (q.Actor is not null) rows = rows.Where(r => r.Actor == q.Actor);
        if (q.Kind is not null) rows = rows.Where(r => r.Kind == q.Kind);
        if (q.Target is not null) rows = rows.Where(r => r.Target == q.Target);
        if (q.County is not null) rows = rows.Where(r => r.County == q.County);
        var total = await rows.CountAsync(ct);
        if (q.Offset is not { } offset || offset >= total) return new AuditPage([], total, q.Page, q.PageSize);
        var page = await rows.OrderByDescending(r => r.AtMs).ThenByDescending(r => r.Id).Skip(offset).Take(q.PageSize).ToListAsync(ct);
        return new AuditPage(page.Select(r => new AuditEntry(DateTimeOffset.FromUnixTimeMilliseconds(r.AtMs), r.Actor, r.ActorName, r.Role, r.Unit,
            r.Kind, r.Target, r.Detail, r.Address, r.County)).ToList(), total, q.Page, q.PageSize);
    }
}
