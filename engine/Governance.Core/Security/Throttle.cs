namespace Governance.Core.Security;

/// <summary>A limit: at most <see cref="Limit"/> hits of one key (an account, an address, a case number) per <see cref="Window"/>.</summary>
public sealed record ThrottleRule(string Name, int Limit, TimeSpan Window)
{
    /// <summary>The counter's key; a long subject (a case number made up by a prober) is hashed, so every key fits its column.</summary>
    public string Key(string subject) => subject.Length <= 100
        ? $"{Name}:{subject}"
        : $"{Name}:#{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(subject)))}";
}

/// <summary>Applies <see cref="ThrottleRule"/>s to the shared counters and says how long a caller must wait.</summary>
public sealed class Throttle(IThrottleStore store, TimeProvider clock)
{
    /// <summary>How long until the rule lets the subject try again; null when it may now.</summary>
    public async Task<TimeSpan?> WaitAsync(ThrottleRule rule, string subject, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return await store.PeekAsync(rule.Key(subject), now, ct) is { } c && c.Count >= rule.Limit ? Until(c.WindowEnds, now) : null;
    }

    /// <summary>Counts one hit; returns how long to wait when this hit went over the limit, else null.</summary>
    public async Task<TimeSpan?> HitAsync(ThrottleRule rule, string subject, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var c = await store.HitAsync(rule.Key(subject), rule.Window, now, ct);
        return c.Count > rule.Limit ? Until(c.WindowEnds, now) : null;
    }

    public Task ResetAsync(ThrottleRule rule, string subject, CancellationToken ct = default) => store.ResetAsync(rule.Key(subject), ct);

    static TimeSpan Until(DateTimeOffset end, DateTimeOffset now) => end > now ? end - now : TimeSpan.FromSeconds(1);
}
