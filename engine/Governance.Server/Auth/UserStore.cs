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

/// <summary>A user as stored, with the security stamp its sessions are issued under.</summary>
public sealed record StoredUser(Actor Actor, string Stamp, bool Disabled, string? Phone)
{
    public string Username => Actor.Username;
}

/// <summary>
/// Accounts as stored: who someone is and where they work come from the package in force (users/users.json and the
/// counties' users.json), copied here when a package is applied; the password hash, whether the account is disabled
/// and the security stamp are the database's own. A user new to the package is stored with its initial password; a
/// changed password is never overwritten; a user no longer in the package cannot sign in. Disabling a user, changing
/// its password, or a publish that changes its role, unit or department gives it a new security stamp, which ends
/// every session issued under the old one.
/// </summary>
public sealed class UserStore
{
    readonly StorageOptions storage;
    readonly PooledDbContextFactory<GovernanceDbContext> factory;
    readonly PasswordHasher<UserRecord> hasher;
    // Verified when the username is unknown, so an unknown user takes as long to refuse as a wrong password.
    readonly string dummyHash;
    static readonly UserRecord Dummy = new() { Username = "", Name = "", Role = "", UnitCode = "", PasswordHash = "" };

    public UserStore(StorageOptions storage, GovernanceOptions options)
    {
        this.storage = storage;
        factory = new(storage.DbContextOptions());
        hasher = new(Options.Create(new PasswordHasherOptions { IterationCount = options.PasswordIterations }));
        dummyHash = hasher.HashPassword(Dummy, Guid.NewGuid().ToString());
    }

    /// <summary>
    /// Stores the users not stored yet and brings the others' names and scopes up to date. Returns how many were added
    /// and the users whose role, unit or department changed (their sessions end).
    /// </summary>
    public async Task<(int Added, IReadOnlyList<string> Rescoped)> SyncAsync(IReadOnlyList<UserDefinition> users, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(storage, ct);
        await using var db = factory.CreateDbContext();
        var existing = await db.Set<UserRecord>().ToDictionaryAsync(u => u.Username, StringComparer.Ordinal, ct);
        var fresh = users.Where(u => !existing.ContainsKey(u.Username)).ToList();
        // Hashing is deliberately slow; spread it over the cores on a first start.
        var records = fresh.AsParallel().Select(u =>
        {
            var r = new UserRecord
            {
                Username = u.Username, Name = u.Name, Role = RoleDefinition.CodeOf(u.Role), UnitCode = u.Unit,
                DepartmentCode = u.Department, Phone = u.Phone, PasswordHash = "", SecurityStamp = NewStamp(),
            };
            // A user defined without a password gets one nobody knows: it signs in once an administrator sets one.
            r.PasswordHash = hasher.HashPassword(r, u.Password == UserDefinition.NoPassword ? Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) : u.Password);
            return r;
        }).ToList();
        db.AddRange(records);
        var rescoped = new List<string>();
        foreach (var u in users.Where(u => existing.ContainsKey(u.Username)))
        {
            var r = existing[u.Username];
            var role = RoleDefinition.CodeOf(u.Role);
            // A new role or scope ends the sessions that carry the old one.
            if (r.Role != role || r.UnitCode != u.Unit || r.DepartmentCode != u.Department)
            {
                r.SecurityStamp = NewStamp();
                rescoped.Add(u.Username);
            }
            (r.Name, r.Role, r.UnitCode, r.DepartmentCode, r.Phone) = (u.Name, role, u.Unit, u.Department, u.Phone);
        }
        await db.SaveChangesAsync(ct);
        return (records.Count, rescoped);
    }

    /// <summary>
    /// The user for a username and password, or null when either is wrong, the user is disabled or no longer in the
    /// package. Every path verifies one hash, so the time taken does not tell whether the username exists.
    /// </summary>
    public async Task<StoredUser?> VerifyAsync(string username, string password, DefinitionSet package, CancellationToken ct = default)
    {
        var defined = package.Definitions!.AllUsers().FirstOrDefault(u => u.Username == username);
        await using var db = factory.CreateDbContext();
        var user = defined is null ? null : await db.Set<UserRecord>().AsNoTracking().FirstOrDefaultAsync(u => u.Username == username, ct);
        var ok = hasher.VerifyHashedPassword(user ?? Dummy, user?.PasswordHash ?? dummyHash, password) != PasswordVerificationResult.Failed;
        if (!ok || user is not { Disabled: false } || defined is null) return null;
        return new StoredUser(new Actor(defined.Username, defined.Name, defined.Role, defined.Unit, defined.Department), user.SecurityStamp, false, defined.Phone);
    }

    public async Task<IReadOnlyDictionary<string, StoredUser>> ListAsync(CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        return (await db.Set<UserRecord>().AsNoTracking().ToListAsync(ct)).Select(ToStored)
            .ToDictionary(u => u.Username, StringComparer.Ordinal);
    }

    /// <summary>Sets a new password (an administrator's reset); false when there is no such stored user. Ends every session of the user.</summary>
    public async Task<bool> SetPasswordAsync(string username, string password, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(storage, ct);
        await using var db = factory.CreateDbContext();
        var user = await db.Set<UserRecord>().FirstOrDefaultAsync(u => u.Username == username, ct);
        if (user is null) return false;
        user.PasswordHash = hasher.HashPassword(user, password);
        user.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Disables or enables an account; false when there is no such stored user. Either ends every session of the user.</summary>
    public async Task<bool> SetDisabledAsync(string username, bool disabled, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(storage, ct);
        await using var db = factory.CreateDbContext();
        var stamp = NewStamp();
        return await db.Set<UserRecord>().Where(u => u.Username == username)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Disabled, disabled).SetProperty(u => u.SecurityStamp, stamp), ct) == 1;
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

/// <summary>
/// Stores the users of a package before it is put in force, so a user added by a publish can sign in at once, and
/// ends the sessions of users the publish gave another role, unit or department.
/// </summary>
public sealed class UserSync(UserStore users, IUserSessions sessions) : IPackageListener
{
    public async Task ApplyingAsync(DefinitionSet set, CancellationToken ct)
    {
        var (_, rescoped) = await users.SyncAsync(set.Definitions!.AllUsers(), ct);
        foreach (var username in rescoped) await sessions.EndSessionsAsync(username, ct);
    }
}
