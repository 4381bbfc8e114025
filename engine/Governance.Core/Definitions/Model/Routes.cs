namespace Governance.Core.Definitions.Model;

/// <summary>
/// A dispatch rule: which unit handles the cases it matches. Empty filters match everything;
/// <see cref="Place"/> limits the rule to a subtree of the org tree.
/// </summary>
public sealed record RouteRule(
    string Id,
    string? Description,
    string? Place,
    IReadOnlyList<string> Items,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Functions,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> Urgencies,
    RouteHandler Handler,
    SourceRef Source);

/// <summary>
/// Where a matched case goes. <see cref="Level"/> null means the item's own lowest level;
/// <see cref="Department"/> is a function code, "item" for the item's responsible department,
/// or null for the org unit itself (街道/社区/网格, or the county/city center).
/// </summary>
public sealed record RouteHandler(OrgLevel? Level, string? Department)
{
    public const string FromItem = "item";
}
