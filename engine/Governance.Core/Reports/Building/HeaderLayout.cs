using Governance.Core.Reports.Model;

namespace Governance.Core.Reports.Building;

/// <summary>
/// Lays a column tree out as header cells: a group spans its leaves across and one row down; a leaf spans down to
/// the last header row; the row-label column spans every header row.
/// </summary>
internal static class HeaderLayout
{
    public static List<HeaderCell> For(ReportDefinition report, IReadOnlyList<TableColumn> columns)
    {
        var depth = report.HeaderDepth;
        var cells = new List<HeaderCell> { new(0, 0, depth, 1, report.Rows.Label, null) };
        var leaf = 0;
        void Place(ColumnNode node, int row)
        {
            if (node.Leaf is not null)
            {
                var column = columns[leaf];
                cells.Add(new HeaderCell(row, leaf + 1, depth - row, 1, column.Title, column.Note));
                leaf++;
                return;
            }
            cells.Add(new HeaderCell(row, leaf + 1, 1, node.Width, node.Title!, null));
            foreach (var child in node.Children) Place(child, row + 1);
        }
        foreach (var node in report.Columns) Place(node, 0);
        return cells;
    }
}
