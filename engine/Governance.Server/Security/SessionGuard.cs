using System.Collections.Concurrent;
using System.Security.Claims;
using Governance.Core.Security;

namespace Governance.Server.Security;

/// <summary>
/// Whether a signed-in request's session is still live: not logged out, not expired, its user not disabled and
/// the user's security stamp unchanged. Asks the database (every server sees a change) and trusts the answer for
/// <see cref="SecurityOptions.SessionRecheck"/>; a logout or change made on this server forgets it at once.
/// </summary>
public sealed class SessionGuard(ISessionStore sessions, SecurityOptions options, TimeProvider clock)
{
    public const string SessionClaim = "sid";

    readonly ConcurrentDictionary<string, (string? Username, long CheckedAt)> recent = new(StringComparer.Ordinal);

    public async Task<bool> IsLiveAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.FindFirstValue(SessionClaim) is not { } id) return false;
        var username = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var now = clock.GetTimestamp();
        if (recent.TryGetValue(id, out var seen) && clock.GetElapsedTime(seen.CheckedAt, now) < options.SessionRecheck)
            return seen.Username is not null && seen.Username == username;
        var live = await sessions.LiveAsync(id, clock.GetUtcNow(), ct);
        if (recent.Count > 100_000) recent.Clear(); // a bound, not an eviction policy: entries are only worth a second
        recent[id] = (live, now);
        return live is not null && live == username;
    }

    public async Task<string> StartAsync(string username, string stamp, string? address, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var id = Guid.NewGuid().ToString("N");
        await sessions.CreateAsync(new UserSession(id, username, stamp, now, now + options.SessionLifetime, address), ct);
        return id;
    }

    public async Task EndAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.FindFirstValue(SessionClaim) is not { } id) return;
        await sessions.RevokeAsync(id, clock.GetUtcNow(), ct);
        recent.TryRemove(id, out _);
    }

    /// <summary>The user's stamp changed on this server: forget what was seen of its sessions here.</summary>
    public void Forget(string username)
    {
        foreach (var (id, seen) in recent)
            if (seen.Username == username) recent.TryRemove(id, out _);
    }
}
