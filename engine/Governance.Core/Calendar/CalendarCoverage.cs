using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Core.Calendar;

/// <summary>
/// Whether the calendar reaches far enough. The holiday notice for a year is published late in the year before;
/// until it is added, working-day limits that run into that year cannot be computed. Administrators are told
/// from <see cref="LeadDays"/> days before the year ends, and told urgently once the current year is missing.
/// </summary>
public static class CalendarCoverage
{
    public const int LeadDays = 60;

    /// <summary>A message for administrators, or null when the calendar covers this year and (near its end) the next.</summary>
    public static string? Warning(CalendarDefinition calendar, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(calendar.TimeZone));
        var year = local.Year;
        if (!calendar.Years.Contains(year)) return Text.Format("DEF-CAL-CURRENT-YEAR", year);
        var daysLeft = (new DateTime(year + 1, 1, 1) - local.Date).TotalDays;
        return daysLeft <= LeadDays && !calendar.Years.Contains(year + 1) ? Text.Format("CAL-NEXT-YEAR-MISSING", year + 1) : null;
    }
}
