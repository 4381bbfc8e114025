using Governance.Core.Definitions.Model;

namespace Governance.Core.Command;

/// <summary>A case as the command center lists it (overdue, red warnings, latest, briefings): names resolved, no reporter.</summary>
public sealed record CaseLine(string Id, string Number, string ItemCode, string ItemName, string GridCode, string PlaceName, string Status,
    string StatusName, string Urgency, string UrgencyName, string Warning, DateTimeOffset ReportedAt, DateTimeOffset? Deadline, string? HandlerName,
    string Description);

/// <summary>A count for one code (an item, a category, a channel, a place, a department) with its name.</summary>
public sealed record NamedCount(string Code, string Name, long Count);

/// <summary>An alert as lists show it.</summary>
public sealed record AlertLine(string Id, string RuleId, string RuleName, AlertLevel Level, string LevelName, string Summary, string PlaceCode, string PlaceName,
    DateTimeOffset RaisedAt, DateTimeOffset UpdatedAt, bool Acknowledged, IReadOnlyList<string> CaseNumbers, IReadOnlyList<string> CaseIds);
