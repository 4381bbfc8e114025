namespace Governance.Server.Auth;

/// <summary>
/// Ends a user's sessions when their account is disabled or their password reset. The seam for session
/// revocation: until a revoking implementation is registered, a disabled account cannot sign in again, but a
/// cookie or token it already holds lasts until it expires.
/// </summary>
public interface IUserSessions
{
    Task EndSessionsAsync(string username, CancellationToken ct);
}

/// <summary>The default: nothing to end (sign-in itself refuses a disabled account).</summary>
public sealed class NoSessionRevocation : IUserSessions
{
    public Task EndSessionsAsync(string username, CancellationToken ct) => Task.CompletedTask;
}
