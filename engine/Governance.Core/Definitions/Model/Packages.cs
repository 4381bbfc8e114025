namespace Governance.Core.Definitions.Model;

/// <summary>The manifest of a city or county package.</summary>
public sealed record PackageInfo(string Code, string Name, string Kind, string? Extends, string? Description, string? CatalogStandard, SourceRef Source);

/// <summary>
/// What one place runs: the city package, or the city package with one county's overlay merged in.
/// Immutable; lookups are indexed once.
/// </summary>
public sealed class EffectivePackage
{
    public required PackageInfo City { get; init; }
    /// <summary>The county whose overlay is merged in, or null for the plain city package.</summary>
    public PackageInfo? County { get; init; }
    public required OrgTree Org { get; init; }
    public required IReadOnlyList<DepartmentFunction> Functions { get; init; }
    public required IReadOnlyList<Department> Departments { get; init; }
    public required IReadOnlyList<DictionaryEntry> Channels { get; init; }
    public required IReadOnlyList<DictionaryEntry> Urgencies { get; init; }
    public required IReadOnlyList<Category> Categories { get; init; }
    public required IReadOnlyList<CatalogItem> Items { get; init; }
    public required IReadOnlyList<LimitRule> Limits { get; init; }
    public required WarningThresholds Warnings { get; init; }
    /// <summary>Time limits of the steps other than handling (accept, verify, callback …), by step name.</summary>
    public required IReadOnlyDictionary<string, TimeLimit> StageLimits { get; init; }
    public required IReadOnlyList<RouteRule> Routes { get; init; }
    public required CalendarDefinition Calendar { get; init; }
    public required IReadOnlyList<RoleDefinition> Roles { get; init; }
    public required IReadOnlyList<UserDefinition> Users { get; init; }

    Dictionary<string, CatalogItem>? itemIndex;
    Dictionary<string, LimitRule>? limitIndex;

    public CatalogItem? FindItem(string code) => (itemIndex ??= Index(Items, i => i.Code)).GetValueOrDefault(code);

    /// <summary>The time limit for an item and urgency: the item's own, else its category's.</summary>
    public LimitRule? FindLimit(CatalogItem item, string urgency)
    {
        limitIndex ??= Index(Limits, l => l.Key);
        return limitIndex.GetValueOrDefault($"item:{item.Code}/{urgency}")
            ?? limitIndex.GetValueOrDefault($"category:{item.Category}/{urgency}");
    }

    // First definition wins: a duplicate is reported by the validator, and lookups must not fail on it.
    static Dictionary<string, T> Index<T>(IEnumerable<T> elements, Func<T, string> key)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var e in elements) index.TryAdd(key(e), e);
        return index;
    }
}
