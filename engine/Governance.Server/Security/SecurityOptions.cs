using Governance.Core.Security;

namespace Governance.Server.Security;

/// <summary>Settings under "Governance:Security": throttles and sessions.</summary>
public sealed class SecurityOptions
{
    /// <summary>Failed sign-ins one account may have in <see cref="LoginWindow"/> before it is locked for the rest of it.</summary>
    public int LoginFailuresPerAccount { get; set; } = 5;
    /// <summary>Failed sign-ins one client address may have in <see cref="LoginWindow"/> (any accounts).</summary>
    public int LoginFailuresPerAddress { get; set; } = 20;
    public TimeSpan LoginWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Wrong phones for one case number in <see cref="TrackingWindow"/>: the number is then closed to lookups for the rest of it.</summary>
    public int TrackingFailuresPerNumber { get; set; } = 5;
    /// <summary>Lookups (right or wrong) one client address may make in <see cref="TrackingWindow"/>.</summary>
    public int TrackingRequestsPerAddress { get; set; } = 60;
    public TimeSpan TrackingWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a sign-in lasts (cookie and session row).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);
    /// <summary>
    /// How long one server trusts its last look at a session before asking the database again. A logout or a change on
    /// this server takes effect at once; one on another server within this time.
    /// </summary>
    public TimeSpan SessionRecheck { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Calls one API client (Open311, other systems) may make a minute, on every server together.</summary>
    public int ClientRequestsPerMinute { get; set; } = 120;

    public ThrottleRule LoginAccount => new("login-account", LoginFailuresPerAccount, LoginWindow);
    public ThrottleRule LoginAddress => new("login-address", LoginFailuresPerAddress, LoginWindow);
    public ThrottleRule TrackingNumber => new("track-number", TrackingFailuresPerNumber, TrackingWindow);
    public ThrottleRule TrackingAddress => new("track-address", TrackingRequestsPerAddress, TrackingWindow);
    public ThrottleRule ClientRequests => new("client", ClientRequestsPerMinute, TimeSpan.FromMinutes(1));
    public static ThrottleRule Public(int perMinute) => new("public", perMinute, TimeSpan.FromMinutes(1));
}
