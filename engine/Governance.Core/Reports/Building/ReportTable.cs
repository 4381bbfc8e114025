using Governance.Core.Reports.Model;

namespace Governance.Core.Reports.Building;

/// <summary>
/// A report built for one unit and period: what the browser previews and what the Excel writer writes, cell for
/// cell. Column 0 is the row label; leaf columns follow.
/// </summary>
public sealed record ReportTable(
    ReportDefinition Definition,
    string Title,
    string UnitCode,
    string UnitName,
    ReportPeriod Period,
    string PeriodLabel,
    IReadOnlyList<HeaderCell> Header,
    int HeaderRows,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> Rows,
    IReadOnlyList<string> Notes)
{
    /// <summary>Body cells (rows × leaf columns): what staff would otherwise type.</summary>
    public int CellCount => Rows.Count * Columns.Count;
}

/// <summary>A header cell at (row, column) of the header block, spanning cells to its right and below.</summary>
public sealed record HeaderCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text, string? Note);

/// <summary>
/// A leaf column: its title, format, width, the note on its header and, for a rate whose numerator and
/// denominator are both columns of the report, their indexes (so Excel can carry a formula).
/// </summary>
public sealed record TableColumn(ColumnValue Value, string Title, NumberFormat Format, double Width, string? Note, bool Additive, int? RateNumerator, int? RateDenominator, IReadOnlyList<string> Elements);

public enum RowKind { Total, Subtotal, Detail }

/// <summary>
/// A body row: its label, kind and nesting depth; for a total or subtotal, how many rows below it it sums
/// (its detail rows and nested subtotals follow it directly).
/// </summary>
public sealed record TableRow(string Key, string Label, RowKind Kind, int Depth, int Span, IReadOnlyList<decimal?> Values);
