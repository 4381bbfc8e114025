using Governance.Core.Definitions.Model;

namespace Governance.Core.Calendar;

/// <summary>
/// The official working-day calendar of a city (holidays and make-up working days) with its office
/// hours, in the city's time zone. A date in a year the calendar has no data for is an error: a
/// plain Monday-to-Friday guess would silently put deadlines on holidays.
/// </summary>
public sealed class WorkCalendar
{
    readonly CalendarDefinition definition;
    readonly HashSet<int> years;
    readonly TimeSpan perDay;

    public WorkCalendar(CalendarDefinition definition)
    {
        this.definition = definition;
        years = [.. definition.Years];
        Zone = TimeZoneInfo.FindSystemTimeZoneById(definition.TimeZone);
        if (definition.OfficeHours.Count == 0) throw new CalendarException("CAL-NO-OFFICE-HOURS");
        perDay = TimeSpan.FromTicks(definition.OfficeHours.Sum(p => (p.End - p.Start).Ticks));
    }

    public TimeZoneInfo Zone { get; }
    public IReadOnlyList<OfficePeriod> OfficeHours => definition.OfficeHours;

    /// <summary>
    /// The office time of one working day, e.g. 7 hours for 8:30–12:00 and 14:00–17:30. Seasons shift the hours but
    /// keep their length (the validator sees to it), so a working day is the same amount of time all year.
    /// </summary>
    public TimeSpan OfficeTimePerDay => perDay;

    public bool HasYear(int year) => years.Contains(year);

    public bool IsWorkingDay(DateOnly date)
    {
        if (!years.Contains(date.Year)) throw new CalendarException("CAL-YEAR-MISSING", date.Year);
        if (definition.SpecialDays.TryGetValue(date, out var special)) return !special.IsOffDay;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The name of the holiday or make-up day (e.g. 春节), if the date is one.</summary>
    public SpecialDay? Special(DateOnly date) => definition.SpecialDays.GetValueOrDefault(date);

    public DateTime ToLocal(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, Zone).DateTime;

    public DateTimeOffset FromLocal(DateTime local) => new(local, Zone.GetUtcOffset(local));

    /// <summary>The first working day strictly after the given date.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        var d = date.AddDays(1);
        while (!IsWorkingDay(d)) d = d.AddDays(1);
        return d;
    }

    /// <summary>Office time between two instants (zero when b is not after a).</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset a, DateTimeOffset b)
    {
        if (b <= a) return TimeSpan.Zero;
        DateTime from = ToLocal(a), to = ToLocal(b);
        var total = TimeSpan.Zero;
        for (var day = DateOnly.FromDateTime(from); day <= DateOnly.FromDateTime(to); day = day.AddDays(1))
        {
            if (!IsWorkingDay(day)) continue;
            foreach (var p in definition.HoursOn(day))
            {
                var start = Max(day.ToDateTime(p.Start), from);
                var end = Min(day.ToDateTime(p.End), to);
                if (end > start) total += end - start;
            }
        }
        return total;
    }

    /// <summary>
    /// The instant at which <paramref name="amount"/> of office time has passed after <paramref name="start"/>.
    /// Time that runs out exactly at the end of an office period ends there, not at the next opening.
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan amount)
    {
        var local = ToLocal(start);
        var remaining = amount;
        for (var day = DateOnly.FromDateTime(local); ; day = day.AddDays(1))
        {
            if (!IsWorkingDay(day)) continue;
            foreach (var p in definition.HoursOn(day))
            {
                var open = Max(day.ToDateTime(p.Start), local);
                var close = day.ToDateTime(p.End);
                if (close <= open) continue;
                if (remaining <= close - open) return FromLocal(open + remaining);
                remaining -= close - open;
            }
        }
    }

    /// <summary>The close of office on the day of <paramref name="t"/>, or t itself when it is past that.</summary>
    public DateTimeOffset CloseOfDay(DateTimeOffset t)
    {
        var local = ToLocal(t);
        var day = DateOnly.FromDateTime(local);
        var close = day.ToDateTime(definition.HoursOn(day)[^1].End);
        return close > local ? FromLocal(close) : t;
    }

    /// <summary>The opening of the first working day after the day of <paramref name="t"/>.</summary>
    public DateTimeOffset OpeningOfNextWorkingDay(DateTimeOffset t)
    {
        var day = NextWorkingDay(DateOnly.FromDateTime(ToLocal(t)));
        return FromLocal(day.ToDateTime(definition.HoursOn(day)[0].Start));
    }

    static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
    static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
