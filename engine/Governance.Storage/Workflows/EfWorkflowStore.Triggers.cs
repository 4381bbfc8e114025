using Governance.Core.Workflows.Persistence;
using Governance.Storage.Workflows.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Storage.Workflows;

public sealed partial class EfWorkflowStore
{
    public async Task ReplaceTriggersAsync(string definitionId, IReadOnlyList<WorkflowTrigger> triggers, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var previous = await db.Triggers.AsNoTracking().Where(t => t.DefinitionId == definitionId).ToDictionaryAsync(t => t.Id, ct);
        await db.Triggers.Where(t => t.DefinitionId == definitionId).ExecuteDeleteAsync(ct);
        db.Triggers.AddRange(triggers.Select(t =>
        {
            long? interval = t.Interval is { } i ? (long)i.TotalMilliseconds : null;
            // A timer that keeps its interval keeps its next due time, so republishing does not postpone it.
            var keep = interval is not null && previous.TryGetValue(t.Id, out var old) && old.IntervalMs == interval;
            return new WorkflowTriggerRecord
            {
                Id = t.Id, DefinitionId = t.DefinitionId, Version = t.Version, ActivityId = t.ActivityId, Name = t.Name, Key = t.Key,
                IntervalMs = interval, DueAtMs = keep ? previous[t.Id].DueAtMs : t.DueAt?.ToUnixTimeMilliseconds(),
            };
        }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<WorkflowTrigger>> FindTriggersAsync(string name, string? key, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var query = db.Triggers.AsNoTracking().Where(t => t.Name == name);
        if (key is not null) query = query.Where(t => t.Key == key);
        return (await query.ToListAsync(ct)).Select(Trigger).ToList();
    }

    public async Task<IReadOnlyList<WorkflowTrigger>> ClaimDueTriggersAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken ct = default)
    {
        var skipLocked = Options.Provider == StorageProvider.PostgreSql ? "FOR UPDATE SKIP LOCKED" : "";
        var sql = $"""
            UPDATE wf_triggers SET lease_owner = @owner, lease_until_ms = @until
            WHERE id IN (
                SELECT id FROM wf_triggers
                WHERE due_at_ms IS NOT NULL AND due_at_ms <= @now AND (lease_until_ms IS NULL OR lease_until_ms < @now)
                ORDER BY due_at_ms LIMIT @max {skipLocked})
            RETURNING id, definition_id, version, activity_id, name, key, interval_ms, due_at_ms
            """;
        var result = new List<WorkflowTrigger>();
        await Claim(sql, now, owner, lease, max, r => result.Add(new WorkflowTrigger(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3),
            r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : TimeSpan.FromMilliseconds(r.GetInt64(6)),
            DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(7)))), ct);
        return result.OrderBy(t => t.DueAt).ToList();
    }

    public async Task AdvanceTriggerAsync(string triggerId, DateTimeOffset firedDue, DateTimeOffset nextDue, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var fired = firedDue.ToUnixTimeMilliseconds();
        var next = nextDue.ToUnixTimeMilliseconds();
        await db.Triggers.Where(t => t.Id == triggerId && t.DueAtMs == fired)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.DueAtMs, next).SetProperty(t => t.LeaseOwner, (string?)null).SetProperty(t => t.LeaseUntilMs, (long?)null), ct);
    }

    static WorkflowTrigger Trigger(WorkflowTriggerRecord t) => new(t.Id, t.DefinitionId, t.Version, t.ActivityId, t.Name, t.Key,
        t.IntervalMs is { } i ? TimeSpan.FromMilliseconds(i) : null, t.DueAtMs is { } d ? DateTimeOffset.FromUnixTimeMilliseconds(d) : null);
}
