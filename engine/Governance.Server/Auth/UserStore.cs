using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Storage;
using Governance.Storage.Cases.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace Governance.Server.Auth;

/// <summary>Users as stored: seeded from definitions (new usernames only; a changed password is never overwritten), passwords hashed.</summary>
public sealed class UserStore(StorageOptions storage, int iterations)
{
    readonly PooledDbContextFactory<GovernanceDbContext> factory = new(storage.DbContextOptions());
    readonly PasswordHasher<UserRecord> hasher = new(Options.Create(new PasswordHasherOptions { IterationCount = iterations }));

    /// <summary>Adds the users that are not stored yet. Returns how many were added.</summary>
    public async Task<int> SeedAsync(IReadOnlyList<UserDefinition> users, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var existing = (await db.Set<UserRecord>().Select(u => u.Username).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var fresh = users.Where(u => !existing.Contains(u.Username)).ToList();
        // Hashing is deliberately slow; spread it over the cores on a first start.
        var records = fresh.AsParallel().Select(u =>
        {
            var r = new UserRecord
            {
                Username = u.Username, Name = u.Name, Role = RoleDefinition.CodeOf(u.Role), UnitCode = u.Unit,
                DepartmentCode = u.Department, Phone = u.Phone, PasswordHash = "",
            };
            r.PasswordHash = hasher.HashPassword(r, u.Password);
            return r;
        }).ToList();
        db.AddRange(records);
        await db.SaveChangesAsync(ct);
        return records.Count;
    }

    /// <summary>The actor for a username and password, or null when either is wrong or the user is disabled.</summary>
    public async Task<Actor?> VerifyAsync(string username, string password, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var user = await db.Set<UserRecord>().AsNoTracking().FirstOrDefaultAsync(u => u.Username == username, ct);
        if (user is null || user.Disabled) return null;
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed) return null;
        return new Actor(user.Username, user.Name, RoleDefinition.Parse(user.Role) ?? Role.GridWorker, user.UnitCode, user.DepartmentCode);
    }
}
