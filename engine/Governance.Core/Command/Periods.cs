using System.Globalization;
using Governance.Core.Messages;
using Governance.Core.Packages;

namespace Governance.Core.Command;

/// <summary>A span of local time [Start, End): a day, a week (Monday to Sunday) or a month in the city's time zone.</summary>
public sealed record Period(DateTimeOffset Start, DateTimeOffset End, string Label)
{
    /// <summary>"2026-02" as the month in the zone; a clear error for anything else.</summary>
    public static Period Month(string text, TimeZoneInfo zone)
    {
        if (!DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            throw new CommandException("COMMAND-PERIOD", 400, text) { Field = "period" };
        return Month(DateOnly.FromDateTime(first), zone);
    }

    public static Period Month(DateOnly any, TimeZoneInfo zone)
    {
        var first = new DateOnly(any.Year, any.Month, 1);
        return new Period(At(first, zone), At(first.AddMonths(1), zone), first.ToString("yyyy-MM", CultureInfo.InvariantCulture));
    }

    public static Period Day(DateOnly day, TimeZoneInfo zone) =>
        new(At(day, zone), At(day.AddDays(1), zone), Text.Format("PERIOD-DAY", day.Year, day.Month, day.Day));

    public static Period Week(DateOnly monday, TimeZoneInfo zone)
    {
        var sunday = monday.AddDays(6);
        return new Period(At(monday, zone), At(monday.AddDays(7), zone),
            Text.Format("PERIOD-WEEK", monday.Year, monday.Month, monday.Day, sunday.Month, sunday.Day));
    }

    public static string MonthLabel(DateOnly first) => Text.Format("PERIOD-MONTH", first.Year, first.Month);

    /// <summary>The city's time zone in a package (its calendar's): days, weeks and months are counted in it.</summary>
    public static TimeZoneInfo ZoneOf(DefinitionSet set) => TimeZoneInfo.FindSystemTimeZoneById(set.City!.Calendar.TimeZone);

    /// <summary>The local date of an instant.</summary>
    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    /// <summary>Midnight at the start of a local date.</summary>
    public static DateTimeOffset At(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
