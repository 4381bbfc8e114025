using Governance.Core.Reports.Building;
using Governance.Core.Reports.Model;

namespace Governance.Reports.Tests;

/// <summary>Reading a built report the way a person reads it: the row with this label or key, the column of this element.</summary>
public static class Figures
{
    public static int Column(this ReportTable t, string element, ColumnValue value = ColumnValue.Element) =>
        t.Columns.Select((c, i) => (c, i)).First(x => x.c.Value == value && x.c.Elements[0] == element).i;

    public static decimal? Value(this ReportTable t, string rowKey, string element, ColumnValue value = ColumnValue.Element) =>
        t.Rows.First(r => r.Key == rowKey && r.Kind != RowKind.Total).Values[t.Column(element, value)];

    public static decimal? Total(this ReportTable t, string element, ColumnValue value = ColumnValue.Element) =>
        t.Rows.Single(r => r.Kind == RowKind.Total).Values[t.Column(element, value)];

    public static (long From, long To) Milliseconds(ReportPeriod period)
    {
        var (from, to) = period.Range(CollectionCycle.Month, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        return (from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds());
    }
}
