using Governance.Core.Definitions.Model;

namespace Governance.Core.Command.Briefings;

/// <summary>
/// A briefing as generated (日研判、周分析、月综报、要情专报): for one scope and period (or one alert), kept as it was
/// made so it reads the same later.
/// </summary>
public sealed record Briefing(string Id, string DefinitionId, string Name, BriefingPeriod Period, string ScopeCode, string ScopeName,
    DateTimeOffset Start, DateTimeOffset End, DateTimeOffset GeneratedAt, string? AlertId, BriefingContent Content)
{
    public BriefingSummary Summary => new(Id, DefinitionId, Name, Period, ScopeCode, ScopeName, Start, End, GeneratedAt, AlertId, Content.Title);
}

public sealed record BriefingSummary(string Id, string DefinitionId, string Name, BriefingPeriod Period, string ScopeCode, string ScopeName,
    DateTimeOffset Start, DateTimeOffset End, DateTimeOffset GeneratedAt, string? AlertId, string Title);

/// <summary>What a briefing says: the period's figures beside the period before, the top items and places, overdue cases and alerts; for 要情专报 the alert and its cases.</summary>
public sealed record BriefingContent(string Title, string PeriodLabel, BriefingFigures Figures, BriefingFigures Previous,
    IReadOnlyList<RankedCount> TopItems, IReadOnlyList<RankedCount> TopPlaces, IReadOnlyList<CaseLine> Overdue, IReadOnlyList<AlertLine> Alerts,
    AlertLine? Cause, IReadOnlyList<CaseLine> CauseCases);

public sealed record BriefingFigures(long Reported, long Accepted, long Closed, long Open, long Overdue, double? OnTimeRate, double? Satisfaction,
    long Alerts, long RedAlerts);

/// <summary>A count in this period beside the same count in the period before.</summary>
public sealed record RankedCount(string Code, string Name, long Count, long Previous);
