using Governance.Sdk.Channels;
using Microsoft.EntityFrameworkCore;

namespace Governance.Storage.Workflows;

/// <summary>
/// Hands committed outbox messages to their channels and marks them sent. A message whose channel throws is
/// kept with the error and tried again on the next pass; a message for a channel nobody registered waits.
/// Delivery is at least once (a crash between send and mark resends it with the same id), so channels can
/// de-duplicate on <see cref="NotificationMessage.Id"/>.
/// </summary>
public sealed class OutboxRelay(EfWorkflowStore store, IEnumerable<INotificationChannel> channels, TimeProvider? clock = null)
{
    readonly Dictionary<string, INotificationChannel> byName = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);
    readonly TimeProvider time = clock ?? TimeProvider.System;

    public async Task<int> DeliverPendingAsync(int max = 100, CancellationToken ct = default)
    {
        await using var db = store.CreateDbContext();
        var names = byName.Keys.ToList();
        // Oldest first within a pass (ordered here: SQLite cannot order DateTimeOffset columns in SQL).
        var pending = (await db.Outbox.Where(m => m.SentAt == null && names.Contains(m.Channel)).Take(max).ToListAsync(ct))
            .OrderBy(m => m.CreatedAt).ToList();
        var sent = 0;
        foreach (var m in pending)
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
