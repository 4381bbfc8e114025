namespace Governance.Core.Definitions.Model;

/// <summary>One office period of a working day, local time.</summary>
public sealed record OfficePeriod(TimeOnly Start, TimeOnly End);

/// <summary>A day that differs from a plain week: a holiday (off) or a make-up working day (调休, not off).</summary>
public sealed record SpecialDay(DateOnly Date, string Name, bool IsOffDay);

/// <summary>
/// Office hours that apply part of the year (夏季作息 from 1 May to 30 September, say), every year. A season may
/// run across the new year (from 10-01 to 04-30).
/// </summary>
public sealed record OfficeSeason(string Name, int FromMonth, int FromDay, int ToMonth, int ToDay, IReadOnlyList<OfficePeriod> OfficeHours)
{
    public bool Contains(DateOnly date)
    {
        var day = date.Month * 100 + date.Day;
        var from = FromMonth * 100 + FromDay;
        var to = ToMonth * 100 + ToDay;
        return from <= to ? day >= from && day <= to : day >= from || day <= to;
    }
}

/// <summary>
/// The working-day calendar of a city, as defined: time zone, office hours (those of the year, and of any seasons
/// with their own) and the years it has data for.
/// </summary>
public sealed record CalendarDefinition(
    string TimeZone,
    IReadOnlyList<OfficePeriod> OfficeHours,
    IReadOnlyList<int> Years,
    IReadOnlyDictionary<DateOnly, SpecialDay> SpecialDays,
    SourceRef Source)
{
    /// <summary>Seasons with office hours of their own; outside them <see cref="OfficeHours"/> apply.</summary>
    public IReadOnlyList<OfficeSeason> Seasons { get; init; } = [];

    /// <summary>The office hours of a day: its season's, else the year's.</summary>
    public IReadOnlyList<OfficePeriod> HoursOn(DateOnly date)
    {
        foreach (var season in Seasons)
            if (season.Contains(date)) return season.OfficeHours;
        return OfficeHours;
    }
}
