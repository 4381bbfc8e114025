namespace Governance.Core.Command.Dashboard;

/// <summary>
/// The command center's figures for one viewer: today, the last days (default 30) with the daily trend, counts by
/// category, item, channel, the units below and department, the overdue and red-warning lists, the latest cases and
/// alerts, and counts per grid for the map.
/// </summary>
public sealed record DashboardView(DashboardScope Scope, DateTimeOffset GeneratedAt, int Days, TodayFigures Today, PeriodFigures Period,
    IReadOnlyList<DayFigures> Trend, IReadOnlyList<NamedCount> ByCategory, IReadOnlyList<NamedCount> TopItems, IReadOnlyList<NamedCount> ByChannel,
    IReadOnlyList<UnitFigures> ByUnit, IReadOnlyList<UnitFigures> ByDepartment, IReadOnlyList<CaseLine> Overdue, IReadOnlyList<CaseLine> RedWarnings,
    IReadOnlyList<CaseLine> Latest, IReadOnlyList<AlertLine> Alerts, IReadOnlyList<GridFigures> Grids);

/// <summary>Which unit the figures are about and its level (city, county, street …); the units below it are what ByUnit lists.</summary>
public sealed record DashboardScope(string Code, string Name, string Level, string LevelName, string? ChildLevel, string? ChildLevelName);

/// <summary>Reported, registered and closed among today's cases, and those still waiting for acceptance.</summary>
public sealed record TodayFigures(long Reported, long Accepted, long Closed, long Pending);

/// <summary>The period's totals; rates are null with nothing to divide by.</summary>
public sealed record PeriodFigures(long Reported, long Accepted, long Open, long Closed, long Overdue, long OverdueOpen, long RedOpen,
    double? OnTimeRate, long Rated, double? Satisfaction);

public sealed record DayFigures(string Day, long Reported, long Closed);

public sealed record UnitFigures(string Code, string Name, long Reported, long Closed, long OverdueOpen, double? OnTimeRate, double? Satisfaction);

/// <summary>A grid's cases in the period for the map: all, open, overdue and red among the open.</summary>
public sealed record GridFigures(string Code, string Name, string CommunityCode, string CommunityName, long Reported, long Open, long OverdueOpen, long RedOpen);
