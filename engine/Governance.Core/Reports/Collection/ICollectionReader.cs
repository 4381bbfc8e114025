namespace Governance.Core.Reports.Collection;

/// <summary>What reports read of the collected sheets: for every unit and month, the values of the revision that counts.</summary>
public interface ICollectionReader
{
    /// <summary>
    /// For each unit whose code starts with <paramref name="unitPrefix"/> and each month in [<paramref name="from"/>,
    /// <paramref name="to"/>] (<c>yyyy-MM</c>), the newest revision that was submitted (a draft does not count).
    /// </summary>
    Task<IReadOnlyList<CollectedValues>> CollectedAsync(string unitPrefix, string from, string to, CancellationToken ct = default);
}

/// <summary>The values one unit reported for one month, and where its sheet stands.</summary>
public sealed record CollectedValues(string UnitCode, string Period, int Revision, CollectionState State, IReadOnlyDictionary<string, decimal> Values);
