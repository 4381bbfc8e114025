namespace Governance.Core.Reports.Collection;

/// <summary>Collected sheets and their journal. Saving a sheet and appending its journal line is one transaction.</summary>
public interface ICollectionStore : ICollectionReader
{
    /// <summary>The newest revision of a unit's sheet for a month, or null when nothing was entered yet.</summary>
    Task<CollectionSheet?> LatestAsync(string unitCode, string period, CancellationToken ct = default);

    /// <summary>
    /// Writes the sheet (inserted when <paramref name="isNew"/>, else updated if its version is unchanged) and the
    /// journal line together. Throws <see cref="CollectionException"/> (COLLECT-CONFLICT) when someone saved first.
    /// </summary>
    Task SaveAsync(CollectionSheet sheet, bool isNew, CollectionJournalEntry entry, CancellationToken ct = default);

    Task<IReadOnlyList<CollectionJournalEntry>> JournalAsync(string unitCode, string period, CancellationToken ct = default);

    /// <summary>The newest revision of every sheet of the month whose unit code starts with the prefix (a street's review list).</summary>
    Task<IReadOnlyList<CollectionSheet>> ListAsync(string unitPrefix, string period, CancellationToken ct = default);
}
