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
    SourceRef? OfficeHoursSource);
