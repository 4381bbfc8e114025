using Governance.Core.Security;
using Governance.Storage.Cases.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Governance.Storage.Security;

/// <summary>Sessions in the database beside the users they belong to: a logout, a disabled user or a new stamp ends them on every server.</summary>
public sealed class EfSessionStore(StorageOptions options) : ISessionStore
{
    readonly PooledDbContextFactory<GovernanceDbContext> factory = new(options.DbContextOptions());

    public async Task CreateAsync(UserSession s, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        db.Add(new SessionRecord
        {
            Id = s.Id, Username = s.Username, Stamp = s.Stamp, CreatedAtMs = s.CreatedAt.ToUnixTimeMilliseconds(),
            ExpiresAtMs = s.ExpiresAt.ToUnixTimeMilliseconds(), Address = s.Address,
        });
        // Sessions past their end are only ever read as ended; clear a user's old ones as they sign in again.
        var now = s.CreatedAt.ToUnixTimeMilliseconds();
        await db.Set<SessionRecord>().Where(r => r.Username == s.Username && (r.ExpiresAtMs < now || r.RevokedAtMs != null)).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
    }

    readonly Func<GovernanceDbContext, string, CancellationToken, Task<Live?>> ById =
        EF.CompileAsyncQuery((GovernanceDbContext db, string id, CancellationToken ct) =>
            (from s in db.Set<SessionRecord>()
             join u in db.Set<UserRecord>() on s.Username equals u.Username
             where s.Id == id
             select new Live(s.Username, s.Stamp, u.SecurityStamp, u.Disabled, s.ExpiresAtMs, s.RevokedAtMs)).FirstOrDefault());

    public sealed record Live(string Username, string Stamp, string UserStamp, bool Disabled, long ExpiresAtMs, long? RevokedAtMs);

    public async Task<string?> LiveAsync(string id, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var s = await ById(db, id, ct);
        return s is { RevokedAtMs: null, Disabled: false } && s.ExpiresAtMs > now.ToUnixTimeMilliseconds() && s.Stamp == s.UserStamp ? s.Username : null;
    }

    public async Task RevokeAsync(string id, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var ms = now.ToUnixTimeMilliseconds();
        await db.Set<SessionRecord>().Where(r => r.Id == id && r.RevokedAtMs == null).ExecuteUpdateAsync(u => u.SetProperty(r => r.RevokedAtMs, ms), ct);
    }
}
