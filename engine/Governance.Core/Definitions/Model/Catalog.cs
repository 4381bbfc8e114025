namespace Governance.Core.Definitions.Model;

/// <summary>大类: a category of the catalog, from a national standard edition or "local".</summary>
/// <remarks><see cref="Form"/> names the intake form (a form id) of the category's items that name none.</remarks>
public sealed record Category(string Code, string Name, string Edition, SourceRef Source, string? Form = null);

/// <summary>
/// 小类/事项: one catalog item. <see cref="Form"/> names its intake form, else its category's. <see cref="Synonyms"/> are
/// the words people use for it (摆摊, 小贩 for 占道经营), which the intake suggestions start from.
/// </summary>
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
    SourceRef Source,
    string? Form = null)
{
    public IReadOnlyList<string> Synonyms { get; init; } = [];
}
