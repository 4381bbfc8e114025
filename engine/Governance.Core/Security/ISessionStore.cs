namespace Governance.Core.Security;

/// <summary>A signed-in session: a cookie or bearer token carries its id and the user's security stamp at sign-in.</summary>
public sealed record UserSession(string Id, string Username, string Stamp, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string? Address);

/// <summary>
/// Sessions as every server of one database sees them. A session is live while it is neither revoked (logout) nor
/// expired, its user is not disabled, and the user's security stamp is still the one it was issued with: disabling a
/// user, changing a password, a role or a scope changes the stamp and so ends all of the user's sessions at once.
/// </summary>
public interface ISessionStore
{
    Task CreateAsync(UserSession session, CancellationToken ct = default);

    /// <summary>The session's username when it is live now, else null.</summary>
    Task<string?> LiveAsync(string id, DateTimeOffset now, CancellationToken ct = default);

    /// <summary>Ends one session (logout).</summary>
    Task RevokeAsync(string id, DateTimeOffset now, CancellationToken ct = default);
}
