using Governance.Core.Reports.Model;

namespace Governance.Core.Reports.Queries;

/// <summary>
/// The read side reports need from the case store: declarative queries (<see cref="DerivedQuery"/>) over the cases
/// reported in a time range within a place, answered per group in one pass. The storage layer runs it as SQL on
/// SQLite and PostgreSQL; nothing above it knows a database. Dashboards and assessment can ask the same way.
/// </summary>
public interface ICaseAggregates
{
    Task<AggregateTable> AggregateAsync(AggregateRequest request, CancellationToken ct = default);
}

/// <summary>What to group the cases by: the unit at a level (by grid-code prefix), the category or the item.</summary>
public enum AggregateGrouping { Unit, Category, Item }

/// <summary>
/// Cases whose grid code starts with <paramref name="PlacePrefix"/> (a unit's code prefix, see <see cref="OrgPrefixes"/>)
/// and that were reported in [<paramref name="From"/>, <paramref name="To"/>), grouped by
/// <paramref name="Grouping"/> (for units: the first <paramref name="UnitCodeLength"/> digits of the grid code).
/// Each query is answered under its key.
/// </summary>
public sealed record AggregateRequest(
    IReadOnlyList<KeyValuePair<string, DerivedQuery>> Queries,
    string PlacePrefix,
    DateTimeOffset From,
    DateTimeOffset To,
    AggregateGrouping Grouping,
    int UnitCodeLength = 12);

/// <summary>
/// A numerator and denominator: a count or sum has denominator 1 per group; an average and a rate carry both,
/// so that groups add up correctly (the rate of a street is not the sum of its communities' rates).
/// </summary>
public readonly record struct Fraction(decimal Numerator, decimal Denominator)
{
    public static Fraction Zero => new(0, 0);
    public static Fraction operator +(Fraction a, Fraction b) => new(a.Numerator + b.Numerator, a.Denominator + b.Denominator);

    /// <summary>The value the measure means: the numerator for counts and sums, the quotient for averages and rates (null when nothing to divide).</summary>
    public decimal? Value(Measure measure) => measure is Measure.Count or Measure.Sum ? Numerator
        : Denominator == 0 ? null : Numerator / Denominator;
}

/// <summary>The answers: per group key (unit code, category or item code) and query key.</summary>
public sealed class AggregateTable
{
    readonly Dictionary<(string Group, string Key), Fraction> values = new();

    public void Add(string group, string key, Fraction value) =>
        values[(group, key)] = values.TryGetValue((group, key), out var v) ? v + value : value;

    public Fraction Get(string group, string key) => values.GetValueOrDefault((group, key), Fraction.Zero);

    /// <summary>The sum over every group whose key starts with the prefix (a street from its communities).</summary>
    public Fraction Sum(string groupPrefix, string key) =>
        values.Where(p => p.Key.Key == key && p.Key.Group.StartsWith(groupPrefix, StringComparison.Ordinal)).Aggregate(Fraction.Zero, (a, p) => a + p.Value);

    public IEnumerable<string> Groups => values.Keys.Select(k => k.Group).Distinct();
}
