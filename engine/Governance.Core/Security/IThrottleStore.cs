namespace Governance.Core.Security;

/// <summary>A counter's state: how many hits in the current window, and when that window ends.</summary>
public readonly record struct ThrottleCount(int Count, DateTimeOffset WindowEnds);

/// <summary>
/// Counters in fixed windows (login failures, tracking lookups, public submissions). Kept where every server of one
/// database sees them, so alternating between servers gains an attacker nothing; the in-memory twin is for one process.
/// </summary>
public interface IThrottleStore
{
    /// <summary>Counts one hit of the key: a window that has ended starts afresh at this hit.</summary>
    Task<ThrottleCount> HitAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken ct = default);

    /// <summary>The key's count in its current window, or null when it has none.</summary>
    Task<ThrottleCount?> PeekAsync(string key, DateTimeOffset now, CancellationToken ct = default);

    /// <summary>Forgets the key (a successful sign-in clears the account's failures).</summary>
    Task ResetAsync(string key, CancellationToken ct = default);
}

/// <summary>The one-process twin of the stored counters, for tests and the command line.</summary>
public sealed class InMemoryThrottleStore : IThrottleStore
{
    readonly Dictionary<string, ThrottleCount> counts = new(StringComparer.Ordinal);

    public Task<ThrottleCount> HitAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken ct = default)
    {
        lock (counts)
        {
            var next = counts.TryGetValue(key, out var c) && c.WindowEnds > now ? c with { Count = c.Count + 1 } : new ThrottleCount(1, now + window);
            counts[key] = next;
            return Task.FromResult(next);
        }
    }

    public Task<ThrottleCount?> PeekAsync(string key, DateTimeOffset now, CancellationToken ct = default)
    {
        lock (counts) return Task.FromResult(counts.TryGetValue(key, out var c) && c.WindowEnds > now ? c : (ThrottleCount?)null);
    }

    public Task ResetAsync(string key, CancellationToken ct = default)
    {
        lock (counts) counts.Remove(key);
        return Task.CompletedTask;
    }
}
