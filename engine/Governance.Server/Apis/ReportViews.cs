using Governance.Core.Reports.Building;

namespace Governance.Server.Apis;

/// <summary>What the report pages read: reports to choose from, the units in the user's scope, the burden removed.</summary>
public sealed record ReportCatalogView(IReadOnlyList<ReportSummary> Reports, int Elements, int Domains, string HomeUnit, IReadOnlyList<UnitOption> Units, string? FillUnit, string? ReviewUnit);
public sealed record ReportSummary(string Id, string Name, string Issuer, string Cycle, string Rows);
public sealed record UnitOption(string Code, string Name, string Level, string? Parent);
public sealed record BurdenView(int ManualElements, int DerivedElements, int Reports, int Cells, string Text);

/// <summary>A built report as the preview shows it: the same header block (with merges), rows and notes as the workbook.</summary>
public sealed record ReportView(string Id, string Title, string Issuer, string UnitCode, string UnitName, string Period, string PeriodLabel, int HeaderRows,
    IReadOnlyList<HeaderCell> Header, IReadOnlyList<ColumnView> Columns, IReadOnlyList<RowView> Rows, IReadOnlyList<string> Notes, int FrozenColumns)
{
    public static ReportView Of(ReportTable t) => new(t.Definition.Id, t.Title, t.Definition.Issuer, t.UnitCode, t.UnitName, t.Period.ToString(), t.PeriodLabel,
        t.HeaderRows, t.Header, t.Columns.Select(c => new ColumnView(c.Title, c.Format.ToString().ToLowerInvariant(), c.Width, c.Note)).ToList(),
        t.Rows.Select(r => new RowView(r.Key, r.Label, r.Kind.ToString().ToLowerInvariant(), r.Depth, r.Values)).ToList(), t.Notes, t.Definition.FrozenColumns);
}

public sealed record ColumnView(string Title, string Format, double Width, string? Note);
public sealed record RowView(string Key, string Label, string Kind, int Depth, IReadOnlyList<decimal?> Values);

public sealed record ExportRequest(string? Kind, string? Report, string? Unit, string? Period);
public sealed record ExportView(string Id, string Kind, string State, int Done, int Total, string? FileName, long? Size, string? Error, string? Download);
