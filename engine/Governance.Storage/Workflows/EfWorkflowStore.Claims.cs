using System.Data.Common;
using System.Text.Json.Nodes;
using Governance.Core.Workflows.Persistence;
using Governance.Sdk.Activities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Storage.Workflows;

// Claims with leases. On PostgreSQL the candidate rows are locked with FOR UPDATE SKIP LOCKED, so two
// processes claiming at the same moment take disjoint rows without waiting for each other; SQLite has a
// single writer, so the same UPDATE … RETURNING is already exclusive there.
public sealed partial class EfWorkflowStore
{
    public async Task<IReadOnlyList<StoredBookmark>> ClaimDueTimersAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken ct = default)
    {
        var skipLocked = Options.Provider == StorageProvider.PostgreSql ? "FOR UPDATE SKIP LOCKED" : "";
        var sql = $"""
            UPDATE wf_bookmarks SET lease_owner = @owner, lease_until_ms = @until
            WHERE id IN (
                SELECT id FROM wf_bookmarks
                WHERE due_at_ms IS NOT NULL AND due_at_ms <= @now AND (lease_until_ms IS NULL OR lease_until_ms < @now)
                ORDER BY due_at_ms LIMIT @max {skipLocked})
            RETURNING id, instance_id, activity_id, name, key, due_at_ms, payload_json
            """;
        var result = new List<StoredBookmark>();
        await Claim(sql, now, owner, lease, max, reader => result.Add(new StoredBookmark(reader.GetString(1), new BookmarkInfo(
            reader.GetString(0), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)), reader.IsDBNull(6) ? null : JsonNode.Parse(reader.GetString(6))))), ct);
        return result.OrderBy(b => b.Bookmark.DueAt).ToList();
    }

    public async Task<IReadOnlyList<string>> ClaimStalledInstancesAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken ct = default)
    {
        var skipLocked = Options.Provider == StorageProvider.PostgreSql ? "FOR UPDATE SKIP LOCKED" : "";
        var sql = $"""
            UPDATE wf_instances SET lease_owner = @owner, lease_until_ms = @until
            WHERE id IN (
                SELECT id FROM wf_instances
                WHERE status = 'Running' AND (lease_until_ms IS NULL OR lease_until_ms < @now)
                LIMIT @max {skipLocked})
            RETURNING id
            """;
        var result = new List<string>();
        await Claim(sql, now, owner, lease, max, reader => result.Add(reader.GetString(0)), ct);
        return result;
    }

    /// <summary>Claims unsent outbox messages of the given channels; returns their ids.</summary>
    public async Task<IReadOnlyList<string>> ClaimOutboxAsync(IReadOnlyList<string> channels, DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken ct = default)
    {
        var skipLocked = Options.Provider == StorageProvider.PostgreSql ? "FOR UPDATE SKIP LOCKED" : "";
        var names = string.Join(", ", channels.Select((_, i) => "@c" + i));
        var sql = $"""
            UPDATE wf_outbox SET lease_owner = @owner, lease_until_ms = @until
            WHERE id IN (
                SELECT id FROM wf_outbox
                WHERE sent_at IS NULL AND channel IN ({names}) AND (lease_until_ms IS NULL OR lease_until_ms < @now)
                LIMIT @max {skipLocked})
            RETURNING id
            """;
        var result = new List<string>();
        await Claim(sql, now, owner, lease, max, r => result.Add(r.GetString(0)), ct,
            channels.Select((c, i) => ("@c" + i, (object)c)).ToArray());
        return result;
    }

    async Task Claim(string sql, DateTimeOffset now, string owner, TimeSpan lease, int max, Action<DbDataReader> read, CancellationToken ct,
        params (string Name, object Value)[] extra)
    {
        await using var db = factory.CreateDbContext();
        await LeaseClaim.RunAsync(db, sql, now, owner, lease, max, read, ct, extra);
    }
}
