using Governance.Core.Definitions.Model;

namespace Governance.Core.Reports.Model;

/// <summary>
/// A legacy report (台账/报表) as a definition: its rows, its columns drawn from dictionary elements and how
/// it is laid out in Excel.
/// </summary>
public sealed record ReportDefinition(
    string Id,
    string Name,
    string Issuer,
    CollectionCycle Cycle,
    ReportRows Rows,
    IReadOnlyList<ColumnNode> Columns,
    int FrozenColumns,
    IReadOnlyList<string> Notes,
    SourceRef Source)
{
    /// <summary>The leaf columns left to right.</summary>
    public IEnumerable<ReportColumn> Leaves => Columns.SelectMany(c => c.Leaves);

    /// <summary>The dictionary elements the report reads, each once.</summary>
    public IEnumerable<string> Elements => Leaves.SelectMany(l => l.Elements).Distinct(StringComparer.Ordinal);

    /// <summary>Header rows the column tree needs.</summary>
    public int HeaderDepth => Columns.Count == 0 ? 1 : Columns.Max(c => c.Depth);
}

/// <summary>What each body row stands for.</summary>
public enum RowDimension { Unit, Category, Item }

/// <summary>
/// Rows: the org units at <paramref name="Level"/> below the chosen unit, with a subtotal row at each level in
/// <paramref name="Subtotals"/>; or the catalog's categories, or the items of one category (optionally one group).
/// </summary>
public sealed record ReportRows(RowDimension By, OrgLevel Level, IReadOnlyList<OrgLevel> Subtotals, string Label, string? Category, string? Group, bool Total);

/// <summary>A header cell: a group with children, or a leaf column.</summary>
public sealed record ColumnNode(string? Title, IReadOnlyList<ColumnNode> Children, ReportColumn? Leaf)
{
    public int Depth => Leaf is not null ? 1 : 1 + (Children.Count == 0 ? 0 : Children.Max(c => c.Depth));
    public int Width => Leaf is not null ? 1 : Children.Sum(c => c.Width);
    public IEnumerable<ReportColumn> Leaves => Leaf is not null ? [Leaf] : Children.SelectMany(c => c.Leaves);
}

/// <summary>What a leaf column shows for a row.</summary>
public enum ColumnValue { Element, Rate, Change, Previous }

/// <summary>How a number is shown (and its Excel number format).</summary>
public enum NumberFormat { Integer, Decimal, Percent }

/// <summary>
/// A leaf column: an element's value, a rate of two elements (a ÷ b), the change against the previous period,
/// or the previous period's value. Its title, when not given, is the element's name and unit; its format, when not
/// given, follows the element (a rate as a percentage, a decimal with two places, otherwise whole numbers).
/// </summary>
public sealed record ReportColumn(ColumnValue Value, IReadOnlyList<string> Elements, string? Title, NumberFormat? Format, double? Width, string? Note, SourceRef Source);
