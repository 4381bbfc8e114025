namespace Governance.Core.Reports.Collection;

/// <summary>The store in memory, for tests and tools without a database. Thread-safe by one lock.</summary>
public sealed class InMemoryCollectionStore : ICollectionStore
{
    readonly object gate = new();
    readonly List<CollectionSheet> sheets = [];
    readonly List<CollectionJournalEntry> journal = [];

    public Task<CollectionSheet?> LatestAsync(string unitCode, string period, CancellationToken ct = default)
    {
        lock (gate) return Task.FromResult(sheets.Where(s => s.UnitCode == unitCode && s.Period == period).MaxBy(s => s.Revision) is { } s ? Copy(s) : null);
    }

    public Task SaveAsync(CollectionSheet sheet, bool isNew, CollectionJournalEntry entry, CancellationToken ct = default)
    {
        lock (gate)
        {
            var index = sheets.FindIndex(s => s.UnitCode == sheet.UnitCode && s.Period == sheet.Period && s.Revision == sheet.Revision);
            if (isNew ? index >= 0 : index < 0 || sheets[index].Version != sheet.Version)
                throw new CollectionException("COLLECT-CONFLICT", Messages.Text.Format("COLLECT-CONFLICT"));
            sheet.Version++;
            if (isNew) sheets.Add(Copy(sheet)); else sheets[index] = Copy(sheet);
            journal.Add(entry);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CollectionJournalEntry>> JournalAsync(string unitCode, string period, CancellationToken ct = default)
    {
        lock (gate) return Task.FromResult<IReadOnlyList<CollectionJournalEntry>>(journal.Where(j => j.UnitCode == unitCode && j.Period == period).ToList());
    }

    public Task<IReadOnlyList<CollectionSheet>> ListAsync(string unitPrefix, string period, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<CollectionSheet>>(sheets.Where(s => s.Period == period && s.UnitCode.StartsWith(unitPrefix, StringComparison.Ordinal))
                .GroupBy(s => s.UnitCode).Select(g => Copy(g.MaxBy(s => s.Revision)!)).ToList());
    }

    public Task<IReadOnlyList<CollectedValues>> CollectedAsync(string unitPrefix, string from, string to, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<CollectedValues>>(sheets
                .Where(s => s.State is CollectionState.Submitted or CollectionState.Approved && s.UnitCode.StartsWith(unitPrefix, StringComparison.Ordinal)
                    && string.CompareOrdinal(s.Period, from) >= 0 && string.CompareOrdinal(s.Period, to) <= 0)
                .GroupBy(s => (s.UnitCode, s.Period)).Select(g => g.MaxBy(s => s.Revision)!)
                .Select(s => new CollectedValues(s.UnitCode, s.Period, s.Revision, s.State, new Dictionary<string, decimal>(s.Values))).ToList());
    }

    static CollectionSheet Copy(CollectionSheet s) => CollectionSheet.Restore(s.UnitCode, s.Period, s.Revision, s.State, new(s.Values, StringComparer.Ordinal),
        s.Reason, s.SubmittedBy, s.SubmittedAt, s.ReviewedBy, s.ReviewedAt, s.ReviewComment, s.UpdatedAt, s.Version);
}
