using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.Reports.Collection;
using Governance.Core.Reports.Model;
using Governance.Core.Reports.Queries;

namespace Governance.Core.Reports.Building;

/// <summary>
/// Builds a report for a unit and period from the dictionary: derived elements from the cases, manual ones from
/// the collected sheets, each row's value computed for that row (a subtotal's rate from its own numerator and
/// denominator, not from its children's rates).
/// </summary>
public sealed class ReportBuilder(ReportLibrary library, EffectivePackage city, ICaseAggregates aggregates, ICollectionReader collections)
{
    readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(city.Calendar.TimeZone);

    public ReportLibrary Library => library;

    public async Task<ReportTable> BuildAsync(ReportDefinition report, OrgUnit unit, ReportPeriod period, CancellationToken ct = default)
    {
        var columns = report.Leaves.Select(c => Column(report, c)).ToList();
        var plan = RowPlan.For(report.Rows, unit, city);
        var elements = report.Elements.Select(code => library.Element(code)!).ToList();
        var previousElements = report.Leaves.Where(c => c.Value is ColumnValue.Change or ColumnValue.Previous)
            .SelectMany(c => c.Elements).Distinct().Select(code => library.Element(code)!).ToList();

        var (grouping, length) = report.Rows.By switch
        {
            RowDimension.Category => (AggregateGrouping.Category, 0),
            RowDimension.Item => (AggregateGrouping.Item, 0),
            _ => (AggregateGrouping.Unit, OrgPrefixes.Length(unit.Level <= report.Rows.Level ? unit.Level : report.Rows.Level)),
        };
        var prefix = OrgPrefixes.Of(unit);
        var current = await ElementValues.LoadAsync(aggregates, collections, elements, prefix, period.Months(report.Cycle), zone, grouping, length, ct);
        var previous = previousElements.Count == 0 ? null
            : await ElementValues.LoadAsync(aggregates, collections, previousElements, prefix, period.Previous(report.Cycle).Months(report.Cycle), zone, grouping, length, ct);

        var byPrefix = report.Rows.By == RowDimension.Unit;
        var rows = new List<TableRow>(plan.Count);
        for (var i = 0; i < plan.Count; i++)
        {
            var p = plan[i];
            // A catalog total sums every category or item: the whole place, read by prefix.
            var (key, prefixed) = p.Kind == RowKind.Total && !byPrefix ? ("", true) : (p.Key, byPrefix);
            decimal? V(ElementValues values, string code) => values.Get(library.Element(code)!, key, prefixed);
            var values = report.Leaves.Select(c => Cell(c, code => V(current, code), code => previous is null ? null : V(previous, code))).ToList();
            rows.Add(new TableRow(p.Key, p.Label, p.Kind, p.Depth, RowPlan.Span(plan, i), values));
        }
        return new ReportTable(report, report.Name, unit.Code, unit.Name, period, period.Label(report.Cycle),
            HeaderLayout.For(report, columns), report.HeaderDepth, columns, rows, report.Notes);
    }

    static decimal? Cell(ReportColumn c, Func<string, decimal?> current, Func<string, decimal?> previous) => c.Value switch
    {
        ColumnValue.Rate => Divide(current(c.Elements[0]), current(c.Elements[1])),
        ColumnValue.Change => current(c.Elements[0]) is { } now && previous(c.Elements[0]) is { } before ? Divide(now - before, before) : null,
        ColumnValue.Previous => previous(c.Elements[0]),
        _ => current(c.Elements[0]),
    };

    static decimal? Divide(decimal? a, decimal? b) => a is { } x && b is { } y && y != 0 ? Math.Round(x / y, 6) : null;

    TableColumn Column(ReportDefinition report, ReportColumn c)
    {
        var first = library.Element(c.Elements[0])!;
        var title = c.Title ?? $"{first.Name}（{first.Unit}）";
        var format = c.Format ?? (c.Value is ColumnValue.Rate or ColumnValue.Change || first.Query?.Measure == Measure.Rate ? NumberFormat.Percent
            : first.Type == ElementType.Decimal || first.Query?.Measure == Measure.Avg ? NumberFormat.Decimal : NumberFormat.Integer);
        var provenance = string.Join("\n", c.Elements.Select(code => library.Element(code)!).Select(e => Text.Format(
            e.IsManual ? "REPORT-NOTE-MANUAL" : "REPORT-NOTE-DERIVED", e.Code, e.Name, e.Unit)));
        var note = c.Note is null ? provenance : c.Note + "\n" + provenance;
        int? Index(string code) => report.Leaves.Select((l, i) => (l, i)).Where(x => x.l.Value == ColumnValue.Element && x.l.Elements[0] == code)
            .Select(x => (int?)x.i).FirstOrDefault();
        var (numerator, denominator) = c.Value == ColumnValue.Rate ? (Index(c.Elements[0]), Index(c.Elements[1])) : (null, null);
        if (numerator is null || denominator is null) (numerator, denominator) = (null, null);
        return new TableColumn(c.Value, title, format, c.Width ?? Width(title), note, c.Value == ColumnValue.Element && first.IsAdditive,
            numerator, denominator, c.Elements);
    }

    /// <summary>Excel column width in characters: a Chinese character counts two.</summary>
    static double Width(string title) => Math.Clamp(title.Sum(ch => ch > 0x2E80 ? 2 : 1) / 2.0 + 2, 8, 16);
}
