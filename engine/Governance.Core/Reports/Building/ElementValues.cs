using Governance.Core.Reports.Collection;
using Governance.Core.Reports.Model;
using Governance.Core.Reports.Queries;

namespace Governance.Core.Reports.Building;

/// <summary>
/// The values of a set of elements for one place and period, for any row: derived ones from the case aggregates
/// (summed by numerator and denominator, so a street's rate is its own), manual ones from the collected sheets
/// (a flow summed over the months, a stock taken at its latest month).
/// </summary>
internal sealed class ElementValues(AggregateTable derived, IReadOnlyDictionary<(string Unit, string Element), decimal> manual)
{
    /// <summary>The value for a row: its unit-code prefix (unit rows, or the whole place for a total) or its category or item code.</summary>
    public decimal? Get(DataElement e, string rowKey, bool byPrefix)
    {
        if (e.Query is { } q)
        {
            var f = byPrefix ? derived.Sum(rowKey, e.Code) : derived.Get(rowKey, e.Code);
            var v = f.Value(q.Measure);
            return v is null ? null : q.Measure == Measure.Rate ? Math.Round(v.Value, 6) : Math.Round(v.Value, 2);
        }
        decimal? sum = null;
        foreach (var ((unit, element), value) in manual)
            if (element == e.Code && unit.StartsWith(rowKey, StringComparison.Ordinal)) sum = (sum ?? 0) + value;
        return sum;
    }

    /// <summary>Loads what <paramref name="elements"/> need for a place and a span of months.</summary>
    public static async Task<ElementValues> LoadAsync(ICaseAggregates aggregates, ICollectionReader collections, IReadOnlyList<DataElement> elements,
        string placePrefix, IReadOnlyList<ReportPeriod> months, TimeZoneInfo zone, AggregateGrouping grouping, int unitLength, CancellationToken ct)
    {
        var derived = new AggregateTable();
        var queries = elements.Where(e => e.Query is not null).Select(e => KeyValuePair.Create(e.Code, e.Query!)).ToList();
        if (queries.Count > 0)
        {
            var from = months[0].Range(CollectionCycle.Month, zone).From;
            var to = months[^1].Range(CollectionCycle.Month, zone).To;
            derived = await aggregates.AggregateAsync(new AggregateRequest(queries, placePrefix, from, to, grouping, unitLength), ct);
        }
        var manual = new Dictionary<(string, string), decimal>();
        var manualElements = elements.Where(e => e.IsManual).ToList();
        if (manualElements.Count > 0)
        {
            // A stock may have been collected up to a year before (a quarterly or yearly element in a monthly report).
            var sheets = await collections.CollectedAsync(placePrefix, months[0].AddMonths(-11).ToString(), months[^1].ToString(), ct);
            var inSpan = months.Select(m => m.ToString()).ToHashSet(StringComparer.Ordinal);
            foreach (var unit in sheets.GroupBy(s => s.UnitCode))
            {
                var ordered = unit.OrderBy(s => s.Period, StringComparer.Ordinal).ToList();
                foreach (var e in manualElements)
                {
                    decimal? value = null;
                    if (e.Kind == ElementKind.Flow)
                        foreach (var s in ordered.Where(s => inSpan.Contains(s.Period) && s.Values.ContainsKey(e.Code)))
                            value = (value ?? 0) + s.Values[e.Code];
                    else if (ordered.LastOrDefault(s => s.Values.ContainsKey(e.Code)) is { } latest)
                        value = latest.Values[e.Code];
                    if (value is { } v) manual[(unit.Key, e.Code)] = v;
                }
            }
        }
        return new ElementValues(derived, manual);
    }
}
