namespace Governance.Core.Definitions.Model;

/// <summary>What a briefing covers: a past day, week or month, or an alert (要情专报).</summary>
public enum BriefingPeriod { Day, Week, Month, Alert }

/// <summary>
/// A briefing (日研判、周分析、月综报、要情专报) from definitions/briefings/: made for each unit of the listed levels once
/// its period is over (or when an alert of the listed levels is raised), with the top items and places, overdue
/// cases and alerts, and changes against the period before.
/// </summary>
public sealed record BriefingDefinition(string Id, string Name, BriefingPeriod Period, IReadOnlyList<OrgLevel> Scopes, int TopItems,
    OrgLevel TopPlacesLevel, int TopPlaces, int Overdue, IReadOnlyList<AlertLevel> AlertLevels, SourceRef Source);

/// <summary>Everything the command center runs from definitions: assessment, warning rules and briefings.</summary>
public sealed record CommandDefinitions(AssessmentDefinitions Assessment, IReadOnlyList<WarningRule> Warnings, IReadOnlyList<BriefingDefinition> Briefings)
{
    public static readonly CommandDefinitions Empty = new(AssessmentDefinitions.Empty, [], []);
}
