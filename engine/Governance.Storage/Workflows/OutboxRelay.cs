using Governance.Sdk.Channels;
using Microsoft.EntityFrameworkCore;

namespace Governance.Storage.Workflows;

/// <summary>
/// Hands committed outbox messages to their channels and marks them sent. Messages are claimed with a lease
/// (FOR UPDATE SKIP LOCKED on PostgreSQL), so relays on several servers never send one message at the same
/// time. A message whose channel throws keeps the error and is tried again once its lease runs out; a message
/// for a channel nobody registered waits. A crash between sending and marking resends it with the same
/// <see cref="NotificationMessage.Id"/>, so channels can de-duplicate.
/// </summary>
public sealed class OutboxRelay(EfWorkflowStore store, IEnumerable<INotificationChannel> channels, TimeProvider? clock = null, string? owner = null)
{
    readonly Dictionary<string, INotificationChannel> byName = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);
    readonly TimeProvider time = clock ?? TimeProvider.System;
    readonly string me = owner ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(60);

    public async Task<int> DeliverPendingAsync(int max = 100, CancellationToken ct = default)
    {
        if (byName.Count == 0) return 0;
        var ids = await store.ClaimOutboxAsync(byName.Keys.ToList(), time.GetUtcNow(), me, Lease, max, ct);
        if (ids.Count == 0) return 0;
        await using var db = store.CreateDbContext();
        // Oldest first (ordered here: SQLite cannot order DateTimeOffset columns in SQL).
        var claimed = (await db.Outbox.Where(m => ids.Contains(m.Id)).ToListAsync(ct)).OrderBy(m => m.CreatedAt).ToList();
        var sent = 0;
        foreach (var m in claimed)
        {
            m.Attempts++;
            try
            {
                await byName[m.Channel].SendAsync(new NotificationMessage(m.Id, m.InstanceId, m.Recipient, m.Subject, m.Body, m.DataJson), ct);
                m.SentAt = time.GetUtcNow().ToUniversalTime();
                m.LastError = null;
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                m.LastError = e.Message;
            }
            await db.SaveChangesAsync(ct);
        }
        return sent;
    }
}
