using Governance.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Governance.Storage.Security;

/// <summary>
/// Throttle counters in the database, so every server of one database counts the same hits. A hit is one atomic
/// upsert (INSERT … ON CONFLICT DO UPDATE … RETURNING, in both SQLite and PostgreSQL): two servers counting at once
/// never lose a hit.
/// </summary>
public sealed class EfThrottleStore(StorageOptions options) : IThrottleStore
{
    readonly PooledDbContextFactory<GovernanceDbContext> factory = new(options.DbContextOptions());
    int hits;

    const string Upsert = """
        INSERT INTO security_throttle ("key", "count", window_ends_ms) VALUES (@key, 1, @ends)
        ON CONFLICT ("key") DO UPDATE SET
          "count" = CASE WHEN security_throttle.window_ends_ms <= @now THEN 1 ELSE security_throttle."count" + 1 END,
          window_ends_ms = CASE WHEN security_throttle.window_ends_ms <= @now THEN @ends ELSE security_throttle.window_ends_ms END
        RETURNING "count", window_ends_ms
        """;

    public async Task<ThrottleCount> HitAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        // Ended windows are only ever overwritten; now and then clear the ones no one has hit for a day.
        if (Interlocked.Increment(ref hits) % 500 == 0)
        {
            var old = now.AddDays(-1).ToUnixTimeMilliseconds();
            await db.Set<ThrottleRecord>().Where(r => r.WindowEndsMs < old).ExecuteDeleteAsync(ct);
        }
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = Upsert;
        Add(command, "@key", key);
        Add(command, "@ends", (now + window).ToUnixTimeMilliseconds());
        Add(command, "@now", now.ToUnixTimeMilliseconds());
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new ThrottleCount(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
    }

    public async Task<ThrottleCount?> PeekAsync(string key, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var ms = now.ToUnixTimeMilliseconds();
        var row = await db.Set<ThrottleRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Key == key && r.WindowEndsMs > ms, ct);
        return row is null ? null : new ThrottleCount(row.Count, DateTimeOffset.FromUnixTimeMilliseconds(row.WindowEndsMs));
    }

    public async Task ResetAsync(string key, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        await db.Set<ThrottleRecord>().Where(r => r.Key == key).ExecuteDeleteAsync(ct);
    }

    static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
