using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Packages;
using Governance.Server.Hosting;
using Governance.Storage;
using Governance.Storage.Cases.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace Governance.Server.Auth;

/// <summary>A stored account as the admin console shows it: whether it may sign in.</summary>
public sealed record StoredUser(string Username, bool Disabled);

/// <summary>
/// Accounts as stored: who someone is and where they work come from the package in force (users/users.json and the
/// counties' users.json); the database keeps only what is not package data — the password hash and whether the
/// account is disabled. A user new to the package is stored with its initial password; a changed password is never
/// overwritten; a user no longer in the package cannot sign in.
/// </summary>
public sealed class UserStore(StorageOptions storage, GovernanceOptions options)
{
    readonly PooledDbContextFactory<GovernanceDbContext> factory = new(storage.DbContextOptions());
    readonly PasswordHasher<UserRecord> hasher = new(Options.Create(new PasswordHasherOptions { IterationCount = options.PasswordIterations }));

    /// <summary>Stores the users not stored yet and brings the others' names and scopes up to date. Returns how many were added.</summary>
    public async Task<int> SyncAsync(IReadOnlyList<UserDefinition> users, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(storage, ct);
        await using var db = factory.CreateDbContext();
        var existing = await db.Set<UserRecord>().ToDictionaryAsync(u => u.Username, StringComparer.Ordinal, ct);
        var fresh = users.Where(u => !existing.ContainsKey(u.Username)).ToList();
        // Hashing is deliberately slow; spread it over the cores on a first start.
        var records = fresh.AsParallel().Select(u =>
        {
            var r = new UserRecord { Username = u.Username, Name = u.Name, Role = RoleDefinition.CodeOf(u.Role), UnitCode = u.Unit, PasswordHash = "" };
            // A user defined without a password gets one nobody knows: it signs in once an administrator sets one.
            r.PasswordHash = hasher.HashPassword(r, u.Password == UserDefinition.NoPassword ? Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) : u.Password);
            return r;
        }).ToList();
        db.AddRange(records);
        foreach (var u in users.Where(u => existing.ContainsKey(u.Username)))
        {
            var r = existing[u.Username];
            (r.Name, r.Role, r.UnitCode, r.DepartmentCode, r.Phone) = (u.Name, RoleDefinition.CodeOf(u.Role), u.Unit, u.Department, u.Phone);
        }
        foreach (var r in records)
        {
            var u = fresh.First(x => x.Username == r.Username);
            (r.DepartmentCode, r.Phone) = (u.Department, u.Phone);
        }
        await db.SaveChangesAsync(ct);
        return records.Count;
    }

    /// <summary>The actor for a username and password, or null when either is wrong, the user is disabled or no longer in the package.</summary>
    public async Task<Actor?> VerifyAsync(string username, string password, DefinitionSet package, CancellationToken ct = default)
    {
        var defined = package.Definitions!.AllUsers().FirstOrDefault(u => u.Username == username);
        if (defined is null) return null;
        await using var db = factory.CreateDbContext();
        var user = await db.Set<UserRecord>().AsNoTracking().FirstOrDefaultAsync(u => u.Username == username, ct);
        if (user is null || user.Disabled) return null;
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed) return null;
        return new Actor(defined.Username, defined.Name, defined.Role, defined.Unit, defined.Department);
    }

    public async Task<IReadOnlyDictionary<string, StoredUser>> ListAsync(CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        return await db.Set<UserRecord>().AsNoTracking().Select(u => new StoredUser(u.Username, u.Disabled))
            .ToDictionaryAsync(u => u.Username, StringComparer.Ordinal, ct);
    }

    /// <summary>Sets a new password; false when there is no such stored user.</summary>
    public async Task<bool> SetPasswordAsync(string username, string password, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(storage, ct);
        await using var db = factory.CreateDbContext();
        var user = await db.Set<UserRecord>().FirstOrDefaultAsync(u => u.Username == username, ct);
        if (user is null) return false;
        user.PasswordHash = hasher.HashPassword(user, password);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Disables or enables an account; false when there is no such stored user.</summary>
    public async Task<bool> SetDisabledAsync(string username, bool disabled, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(storage, ct);
        await using var db = factory.CreateDbContext();
        return await db.Set<UserRecord>().Where(u => u.Username == username)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Disabled, disabled), ct) == 1;
    }
}

/// <summary>Stores the users of a package before it is put in force, so a user added by a publish can sign in at once.</summary>
public sealed class UserSync(UserStore users) : IPackageListener
{
    public Task ApplyingAsync(DefinitionSet set, CancellationToken ct) => users.SyncAsync(set.Definitions!.AllUsers(), ct);
}
