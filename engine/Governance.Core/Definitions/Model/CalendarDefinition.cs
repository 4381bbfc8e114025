namespace Governance.Core.Definitions.Model;

/// <summary>One office period of a working day, local time.</summary>
public sealed record OfficePeriod(TimeOnly Start, TimeOnly End);

/// <summary>A day that differs from a plain week: a holiday (off) or a make-up working day (调休, not off).</summary>
public sealed record SpecialDay(DateOnly Date, string Name, bool IsOffDay);

/// <summary>The working-day calendar of a city, as defined: time zone, office hours and the years it has data for.</summary>
public sealed record CalendarDefinition(
    string TimeZone,
    IReadOnlyList<OfficePeriod> OfficeHours,
    IReadOnlyList<int> Years,
    IReadOnlyDictionary<DateOnly, SpecialDay> SpecialDays,
    SourceRef Source);
