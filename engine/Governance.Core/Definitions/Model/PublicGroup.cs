namespace Governance.Core.Definitions.Model;

/// <summary>
/// A kind of problem in a citizen's words ("井盖破损或缺失") and the catalog items it stands for. A citizen picks
/// the group; the report is filed under its first item the place's package has, and the center classifies it
/// precisely when registering (the citizen cannot know which utility owns a manhole).
/// </summary>
public sealed record PublicGroup(string Code, string Name, string? Hint, IReadOnlyList<string> Keywords, IReadOnlyList<string> Items, SourceRef Source)
{
    /// <summary>Where a package keeps them; optional (without it the public page lists catalog items).</summary>
    public const string File = "catalog/public-groups.json";
}
