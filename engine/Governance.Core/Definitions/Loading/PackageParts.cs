using Governance.Core.Definitions.Model;

namespace Governance.Core.Definitions.Loading;

/// <summary>The city package as read from disk, before any county overlay.</summary>
internal sealed record CityParts(
    PackageInfo Info,
    IReadOnlyList<OrgUnit> Units,
    IReadOnlyList<DepartmentFunction> Functions,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<DictionaryEntry> Channels,
    IReadOnlyList<DictionaryEntry> Urgencies,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<CatalogItem> Items,
    IReadOnlyList<LimitRule> Limits,
    WarningThresholds Warnings,
    IReadOnlyDictionary<string, TimeLimit> StageLimits,
    IReadOnlyList<RouteRule> Routes,
    CalendarDefinition Calendar,
    IReadOnlyList<RoleDefinition> Roles,
    IReadOnlyList<UserDefinition> Users);

/// <summary>A partial change to an existing element: the JSON object and the fields it sets.</summary>
internal sealed record Override(string Key, JsonSection Section);

/// <summary>A county package: only additions and overrides, so nothing of the city's can silently disappear.</summary>
internal sealed record CountyParts(
    PackageInfo Info,
    string Folder,
    IReadOnlyList<CatalogItem> AddedItems,
    IReadOnlyList<Override> ItemOverrides,
    IReadOnlyList<LimitRule> AddedLimits,
    IReadOnlyList<Override> LimitOverrides,
    IReadOnlyList<RouteRule> AddedRoutes,
    IReadOnlyList<Override> RouteOverrides,
    IReadOnlyList<OfficePeriod>? OfficeHours,
    SourceRef? OfficeHoursSource)
{
    /// <summary>The county's own warning thresholds, replacing the city's.</summary>
    public WarningThresholds? Warnings { get; init; }
    /// <summary>Stage limits the county sets for itself; the city's apply to the other steps.</summary>
    public IReadOnlyDictionary<string, TimeLimit>? Stages { get; init; }
    /// <summary>The county's own seasons of office hours, replacing the city's.</summary>
    public IReadOnlyList<OfficeSeason>? Seasons { get; init; }
    /// <summary>Accounts the county adds: staff placed in the county.</summary>
    public IReadOnlyList<UserDefinition> AddedUsers { get; init; } = [];
    /// <summary>Changes to city-defined accounts of people placed in the county.</summary>
    public IReadOnlyList<Override> UserOverrides { get; init; } = [];
}
