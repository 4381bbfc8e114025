using System.Globalization;
using Governance.Core.Reports.Model;

namespace Governance.Core.Reports.Building;

/// <summary>
/// A reporting month (<c>2026-11</c>) and the span a report of some cycle covers with it: the month, the quarter
/// the month lies in, or its year. Times are local to the package's time zone.
/// </summary>
public readonly record struct ReportPeriod(int Year, int Month)
{
    public static bool TryParse(string? text, out ReportPeriod period)
    {
        period = default;
        if (text is null || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) || d.Year < 2000) return false;
        period = new ReportPeriod(d.Year, d.Month);
        return true;
    }

    public static ReportPeriod Parse(string text) => TryParse(text, out var p) ? p : throw new FormatException(text);

    public static ReportPeriod Of(DateTimeOffset time) => new(time.Year, time.Month);

    public override string ToString() => $"{Year:D4}-{Month:D2}";

    public int Index => Year * 12 + Month - 1;
    public ReportPeriod AddMonths(int months) => new((Index + months) / 12, (Index + months) % 12 + 1);

    /// <summary>The months a report of this cycle covers, oldest first, ending with the quarter's or year's last month.</summary>
    public IReadOnlyList<ReportPeriod> Months(CollectionCycle cycle)
    {
        var (first, count) = cycle switch
        {
            CollectionCycle.Quarter => (new ReportPeriod(Year, (Month - 1) / 3 * 3 + 1), 3),
            CollectionCycle.Year => (new ReportPeriod(Year, 1), 12),
            _ => (this, 1),
        };
        return Enumerable.Range(0, count).Select(first.AddMonths).ToList();
    }

    /// <summary>The period a report of this cycle compares with (环比): the month, quarter or year before.</summary>
    public ReportPeriod Previous(CollectionCycle cycle) => AddMonths(cycle switch { CollectionCycle.Quarter => -3, CollectionCycle.Year => -12, _ => -1 });

    /// <summary>[start, end) of the cycle's span in the zone.</summary>
    public (DateTimeOffset From, DateTimeOffset To) Range(CollectionCycle cycle, TimeZoneInfo zone)
    {
        var months = Months(cycle);
        return (Start(months[0], zone), Start(months[^1].AddMonths(1), zone));
    }

    static DateTimeOffset Start(ReportPeriod p, TimeZoneInfo zone)
    {
        var local = new DateTime(p.Year, p.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>How a period is written in a report's heading: 2026 年 11 月, 2026 年第 4 季度, 2026 年.</summary>
    public string Label(CollectionCycle cycle) => cycle switch
    {
        CollectionCycle.Quarter => Messages.Text.Format("REPORT-PERIOD-QUARTER", Year, (Month - 1) / 3 + 1),
        CollectionCycle.Year => Messages.Text.Format("REPORT-PERIOD-YEAR", Year),
        _ => Messages.Text.Format("REPORT-PERIOD-MONTH", Year, Month),
    };
}
