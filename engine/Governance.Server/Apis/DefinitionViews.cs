namespace Governance.Server.Apis;

public sealed record CodeName(string Code, string Name);

/// <summary>What the running package holds, and whether its calendar needs an administrator's attention.</summary>
/// <param name="TimeZone">The city's zone: the browser shows every time in it, whatever zone the computer is set to.</param>
public sealed record DefinitionsSummary(CodeName City, string TimeZone, int Categories, int Items, int Routes, int OrgUnits, int Departments,
    IReadOnlyList<int> CalendarYears, IReadOnlyList<string> CountyOverlays, string? CalendarWarning, long Revision);

public sealed record CatalogItemView(string Code, string Name, string? Group, IReadOnlyList<string> Keywords, IReadOnlyList<string> Synonyms,
    IReadOnlyList<string> Urgencies,
    string Department, string LowestLevel, string Form);

public sealed record CatalogCategoryView(string Code, string Name, string Edition, IReadOnlyList<CatalogItemView> Items);

public sealed record DepartmentView(string Code, string Name, string Function);

/// <param name="Centroid">A point inside the unit to centre a map on; null without boundaries.</param>
/// <param name="Boundary">Its boundary as a GeoJSON geometry; null without boundaries.</param>
public sealed record OrgUnitView(string Code, string Name, string Level, string? Parent, PlacesApi.Centroid? Centroid, PlacesApi.Geometry? Boundary,
    IReadOnlyList<CodeName> Children, IReadOnlyList<DepartmentView> Departments);

public sealed record RouteRuleView(string Id, string? Description, string Source);

/// <summary>Where a case would go, and why in words (the rule, its conditions, the unit), as the register dialog previews it.</summary>
public sealed record RouteView(string Handler, string Level, CodeName Unit, string? Department, bool FellBackUp, RouteRuleView Rule, string Explanation);

public sealed record DeadlineView(string Deadline);

/// <summary>
/// The codes the browser shows with their names, all from the server: the package's dictionaries (channels,
/// urgencies) and the engine's own (statuses, steps, warnings, org levels, ratings, time units, roles).
/// </summary>
/// <summary>A channel, and whether it takes reports from people who have not signed in.</summary>
public sealed record ChannelView(string Code, string Name, bool Public);

public sealed record Dictionaries(IReadOnlyList<ChannelView> Channels, IReadOnlyList<CodeName> Urgencies, IReadOnlyList<CodeName> Statuses,
    IReadOnlyList<CodeName> Steps, IReadOnlyList<CodeName> Warnings, IReadOnlyList<CodeName> Levels, IReadOnlyList<CodeName> Satisfactions,
    IReadOnlyList<CodeName> TimeUnits, IReadOnlyList<CodeName> Roles, IReadOnlyList<CodeName> PhotoSteps);
