namespace Governance.Core.Definitions.Model;

/// <summary>大类: a category of the catalog, from a national standard edition or "local".</summary>
public sealed record Category(string Code, string Name, string Edition, SourceRef Source);

/// <summary>小类/事项: one catalog item.</summary>
public sealed record CatalogItem(
    string Code,
    string Category,
    string Name,
    string? Group,
    IReadOnlyList<string> Keywords,
    string Edition,
    IReadOnlyList<string> Urgencies,
    string Department,
    OrgLevel LowestLevel,
    SourceRef Source);
