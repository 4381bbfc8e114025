using Governance.Core.Definitions.Loading;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.Reports.Model;

namespace Governance.Core.Reports.Loading;

/// <summary>Reads one file of reports/tables/: a report's rows, column tree, frozen columns and notes.</summary>
internal static class ReportReader
{
    public static ReportDefinition? Read(JsonSection s)
    {
        s.AllowOnly("id", "name", "issuer", "cycle", "rows", "columns", "frozenColumns", "notes");
        var id = s.String("id"); var name = s.String("name"); var issuer = s.String("issuer");
        var cycle = s.Has("cycle") ? s.Enum<CollectionCycle>("cycle", Text.Format("TERM-REPORT-CYCLE")) : CollectionCycle.Month;
        var rows = s.Object("rows") is { } r ? Rows(r) : null;
        var columns = s.Objects("columns").Select(Node).OfType<ColumnNode>().ToList();
        if (s.Has("columns") && columns.Count == 0) s.Errors.Add(s.At.Field("columns"), "DEF-EMPTY", "columns");
        var frozen = s.Int("frozenColumns", false) ?? 1;
        if (frozen is < 0 or > 5) s.Errors.Add(s.At.Field("frozenColumns"), "DEF-REPORT-FROZEN", frozen);
        var notes = s.Strings("notes", false);
        if (id is not null && !IsIdentifier(id)) s.Errors.Add(s.At.Field("id"), "DEF-REPORT-ID", id);
        if (id is null || name is null || issuer is null || cycle is null || rows is null || columns.Count == 0) return null;
        return new ReportDefinition(id, name, issuer, cycle.Value, rows, columns, frozen, notes, s.At);
    }

    static ReportRows? Rows(JsonSection s)
    {
        s.AllowOnly("by", "level", "subtotals", "label", "category", "group", "total");
        var by = s.Enum<RowDimension>("by", Text.Format("TERM-REPORT-ROWS"));
        var label = s.String("label");
        var total = s.Bool("total", false) ?? true;
        if (by is null || label is null) return null;
        if (by != RowDimension.Unit)
        {
            foreach (var unitOnly in new[] { "level", "subtotals" }.Where(s.Has)) s.Errors.Add(s.At.Field(unitOnly), "DEF-REPORT-ROWS-UNIT-ONLY", unitOnly);
            var category = by == RowDimension.Item ? s.String("category") : null;
            return by == RowDimension.Item && category is null ? null
                : new ReportRows(by.Value, OrgLevel.Community, [], label, category, s.String("group", false), total);
        }
        var level = s.Enum<OrgLevel>("level", Text.Format("TERM-ORG-LEVEL"));
        var subtotals = new List<OrgLevel>();
        foreach (var (text, i) in s.Strings("subtotals", false).Select((t, i) => (t, i)))
            if (Enum.TryParse<OrgLevel>(text, true, out var l) && l is > OrgLevel.Grid and < OrgLevel.City) subtotals.Add(l);
            else s.Errors.Add(s.At.Field("subtotals").Index(i), "DEF-ENUM", text, Text.Format("TERM-ORG-LEVEL"), "community, street, county");
        return level is null ? null : new ReportRows(RowDimension.Unit, level.Value, subtotals, label, null, null, total);
    }

    static ColumnNode? Node(JsonSection s)
    {
        if (s.Has("columns"))
        {
            s.AllowOnly("title", "columns");
            var title = s.String("title");
            var children = s.Objects("columns").Select(Node).OfType<ColumnNode>().ToList();
            if (children.Count == 0) s.Errors.Add(s.At.Field("columns"), "DEF-EMPTY", "columns");
            return title is null || children.Count == 0 ? null : new ColumnNode(title, children, null);
        }
        s.AllowOnly("title", "element", "rate", "change", "previous", "format", "width", "note");
        var kinds = new[] { "element", "rate", "change", "previous" }.Where(s.Has).ToList();
        if (kinds.Count != 1) { s.Errors.Add(s.At, "DEF-REPORT-COLUMN-KIND"); return null; }
        var (value, elements) = kinds[0] switch
        {
            "rate" => (ColumnValue.Rate, s.Strings("rate")),
            "change" => (ColumnValue.Change, s.String("change") is { } c ? [c] : (IReadOnlyList<string>)[]),
            "previous" => (ColumnValue.Previous, s.String("previous") is { } p ? [p] : []),
            _ => (ColumnValue.Element, s.String("element") is { } e ? [e] : []),
        };
        if (value == ColumnValue.Rate && elements.Count != 2) { s.Errors.Add(s.At.Field("rate"), "DEF-REPORT-RATE"); return null; }
        var format = s.Has("format") ? s.Enum<NumberFormat>("format", Text.Format("TERM-REPORT-FORMAT"))
            : value is ColumnValue.Rate or ColumnValue.Change ? NumberFormat.Percent : (NumberFormat?)null;
        var width = s.Number("width", false);
        if (width is <= 0 or > 100) s.Errors.Add(s.At.Field("width"), "DEF-REPORT-WIDTH", width);
        if (elements.Count == 0 || (s.Has("format") && format is null)) return null;
        return new ColumnNode(null, [], new ReportColumn(value, elements, s.String("title", false), format, width, s.String("note", false), s.At));
    }

    static bool IsIdentifier(string id) =>
        id.Length <= 64 && char.IsAsciiLetterLower(id[0]) && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
