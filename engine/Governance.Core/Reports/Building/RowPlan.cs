using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.Reports.Model;
using Governance.Core.Reports.Queries;

namespace Governance.Core.Reports.Building;

/// <summary>One planned body row: its key (a unit-code prefix, or a category or item code) and where it sits.</summary>
internal sealed record PlannedRow(string Key, string Label, RowKind Kind, int Depth);

/// <summary>
/// Which rows a report has for a unit: the total first, then for unit rows each subtotal unit followed by its
/// detail units (in code order), or the categories or items of the catalog.
/// </summary>
internal static class RowPlan
{
    public static List<PlannedRow> For(ReportRows rows, OrgUnit unit, EffectivePackage city)
    {
        var plan = new List<PlannedRow>();
        if (rows.By == RowDimension.Category)
            plan.AddRange(city.Categories.Select(c => new PlannedRow(c.Code, c.Name, RowKind.Detail, 1)));
        else if (rows.By == RowDimension.Item)
            plan.AddRange(city.Items.Where(i => i.Category == rows.Category && (rows.Group is null || i.Group == rows.Group))
                .Select(i => new PlannedRow(i.Code, i.Name, RowKind.Detail, 1)));
        else if (unit.Level <= rows.Level)
            return [new PlannedRow(OrgPrefixes.Of(unit), unit.Name, RowKind.Detail, 0)];
        else
        {
            var children = city.Org.Units.Where(u => u.ParentCode is not null).ToLookup(u => u.ParentCode!, StringComparer.Ordinal);
            void Walk(OrgUnit parent, int depth)
            {
                foreach (var child in children[parent.Code].OrderBy(u => u.Code, StringComparer.Ordinal))
                    if (child.Level == rows.Level) plan.Add(new PlannedRow(OrgPrefixes.Of(child), child.Name, RowKind.Detail, depth));
                    else if (child.Level > rows.Level)
                    {
                        var subtotal = rows.Subtotals.Contains(child.Level);
                        if (subtotal) plan.Add(new PlannedRow(OrgPrefixes.Of(child), Text.Format("REPORT-ROW-SUBTOTAL", child.Name), RowKind.Subtotal, depth));
                        Walk(child, subtotal ? depth + 1 : depth);
                    }
            }
            Walk(unit, 1);
        }
        if (rows.Total && plan.Count > 0)
            plan.Insert(0, new PlannedRow(rows.By == RowDimension.Unit ? OrgPrefixes.Of(unit) : "", Text.Format("REPORT-ROW-TOTAL"), RowKind.Total, 0));
        return plan;
    }

    /// <summary>How many rows after each row belong to it: everything for the total, the nested rows for a subtotal.</summary>
    public static int Span(IReadOnlyList<PlannedRow> plan, int index)
    {
        var row = plan[index];
        if (row.Kind == RowKind.Detail) return 0;
        var end = index + 1;
        while (end < plan.Count && (row.Kind == RowKind.Total || plan[end].Depth > row.Depth)) end++;
        return end - index - 1;
    }
}
