using Governance.Core.Integrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Governance.Storage.Integrations;

/// <summary>API clients in the database, so a key registered on one server opens every server of it.</summary>
public sealed class EfApiClientStore(StorageOptions options) : IApiClientStore
{
    readonly PooledDbContextFactory<GovernanceDbContext> factory = new(options.DbContextOptions());

    public async Task AddAsync(ApiClient c, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        db.Add(new ApiClientRecord
        {
            Id = c.Id, Name = c.Name, Scopes = string.Join(' ', c.Scopes), KeyHash = c.KeyHash, KeyPrefix = c.KeyPrefix, County = c.County,
            CreatedAtMs = c.CreatedAt.ToUnixTimeMilliseconds(), CreatedBy = c.CreatedBy,
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<ApiClient>> ListAsync(CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        return (await db.Set<ApiClientRecord>().AsNoTracking().OrderBy(r => r.CreatedAtMs).ToListAsync(ct)).Select(ToClient).ToList();
    }

    public async Task<ApiClient?> GetAsync(string id, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        return await db.Set<ApiClientRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } r ? ToClient(r) : null;
    }

    public async Task<ApiClient?> FindByKeyHashAsync(string keyHash, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        return await db.Set<ApiClientRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.KeyHash == keyHash, ct) is { } r ? ToClient(r) : null;
    }

    public async Task<bool> RotateAsync(string id, string keyHash, string keyPrefix, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var ms = at.ToUnixTimeMilliseconds();
        return await db.Set<ApiClientRecord>().Where(r => r.Id == id && r.RevokedAtMs == null)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.KeyHash, keyHash).SetProperty(r => r.KeyPrefix, keyPrefix).SetProperty(r => r.RotatedAtMs, ms), ct) > 0;
    }

    public async Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var ms = at.ToUnixTimeMilliseconds();
        return await db.Set<ApiClientRecord>().Where(r => r.Id == id && r.RevokedAtMs == null)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.RevokedAtMs, ms), ct) > 0;
    }

    static ApiClient ToClient(ApiClientRecord r) => new(r.Id, r.Name, r.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries), r.KeyHash, r.KeyPrefix, r.County,
        DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAtMs), r.CreatedBy,
        r.RotatedAtMs is { } rot ? DateTimeOffset.FromUnixTimeMilliseconds(rot) : null, r.RevokedAtMs is { } rev ? DateTimeOffset.FromUnixTimeMilliseconds(rev) : null);
}
