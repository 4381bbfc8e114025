using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Storage;
using Governance.Storage.Cases.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace Governance.Server.Auth;

/// <summary>A user as stored, with the security stamp its sessions are issued under.</summary>
public sealed record StoredUser(Actor Actor, string Stamp, bool Disabled, string? Phone);

/// <summary>
/// Users as stored: seeded from definitions (new usernames only; a changed password is never overwritten), passwords
/// hashed. Disabling a user or changing its password, role or scope gives it a new security stamp, which ends every
/// session issued under the old one.
/// </summary>
public sealed class UserStore
{
    readonly PooledDbContextFactory<GovernanceDbContext> factory;
    readonly PasswordHasher<UserRecord> hasher;
    // Verified when the username is unknown, so an unknown user takes as long to refuse as a wrong password.
    readonly string dummyHash;
    static readonly UserRecord Dummy = new() { Username = "", Name = "", Role = "", UnitCode = "", PasswordHash = "" };

    public UserStore(StorageOptions storage, int iterations)
    {
        factory = new(storage.DbContextOptions());
        hasher = new(Options.Create(new PasswordHasherOptions { IterationCount = iterations }));
        dummyHash = hasher.HashPassword(Dummy, Guid.NewGuid().ToString());
    }

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
                DepartmentCode = u.Department, Phone = u.Phone, PasswordHash = "", SecurityStamp = NewStamp(),
            };
            r.PasswordHash = hasher.HashPassword(r, u.Password);
            return r;
        }).ToList();
        db.AddRange(records);
        await db.SaveChangesAsync(ct);
        return records.Count;
    }

    /// <summary>
    /// The user for a username and password, or null when either is wrong or the user is disabled. Every path
    /// verifies one hash, so the time taken does not tell whether the username exists.
    /// </summary>
    public async Task<StoredUser?> VerifyAsync(string username, string password, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var user = await db.Set<UserRecord>().AsNoTracking().FirstOrDefaultAsync(u => u.Username == username, ct);
        var ok = hasher.VerifyHashedPassword(user ?? Dummy, user?.PasswordHash ?? dummyHash, password) != PasswordVerificationResult.Failed;
        return ok && user is { Disabled: false } ? ToStored(user) : null;
    }

    public async Task<StoredUser?> FindAsync(string username, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        return await db.Set<UserRecord>().AsNoTracking().FirstOrDefaultAsync(u => u.Username == username, ct) is { } u ? ToStored(u) : null;
    }

    /// <summary>Sets a new password after checking the current one; false when the current one is wrong. Ends every session of the user.</summary>
    public async Task<bool> ChangePasswordAsync(string username, string current, string next, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var user = await db.Set<UserRecord>().FirstOrDefaultAsync(u => u.Username == username, ct);
        if (user is null || hasher.VerifyHashedPassword(user, user.PasswordHash, current) == PasswordVerificationResult.Failed) return false;
        user.PasswordHash = hasher.HashPassword(user, next);
        user.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>An administrator's change of a user: role, unit, department, enabled. A change ends every session of the user. Null when there is no such user.</summary>
    public async Task<(StoredUser Before, StoredUser After)?> UpdateAsync(string username, Func<StoredUser, StoredUser> change, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var user = await db.Set<UserRecord>().FirstOrDefaultAsync(u => u.Username == username, ct);
        if (user is null) return null;
        var before = ToStored(user);
        var after = change(before);
        user.Role = RoleDefinition.CodeOf(after.Actor.Role);
        user.UnitCode = after.Actor.UnitCode;
        user.DepartmentCode = after.Actor.DepartmentCode;
        user.Disabled = after.Disabled;
        if (after != before) user.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(ct);
        return (before, ToStored(user));
    }

    static StoredUser ToStored(UserRecord u) => new(
        new Actor(u.Username, u.Name, RoleDefinition.Parse(u.Role) ?? Role.GridWorker, u.UnitCode, u.DepartmentCode), u.SecurityStamp, u.Disabled, u.Phone);

    static string NewStamp() => Guid.NewGuid().ToString("N");
}
