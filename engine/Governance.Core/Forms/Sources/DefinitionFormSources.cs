using Governance.Core.Definitions.Model;
using Governance.Core.Forms.Model;
using Governance.Core.Forms.Runtime;
using Governance.Core.Forms.Validation;

namespace Governance.Core.Forms.Sources;

/// <summary>
/// Option sources answered from a loaded package: catalog items and categories, the channel and urgency
/// dictionaries, org units and grids, departments and their functions. Users come from the host
/// (null: user values are accepted unchecked).
/// </summary>
public sealed class DefinitionFormSources(EffectivePackage package, IReadOnlyList<FieldOption>? users = null) : IFormSources
{
    readonly Dictionary<string, Dictionary<string, FieldOption>> lists = new(StringComparer.Ordinal)
    {
        [FormSourceNames.Catalog] = Index(package.Items.Select(i => new FieldOption(i.Code, i.Name))),
        [FormSourceNames.Categories] = Index(package.Categories.Select(c => new FieldOption(c.Code, c.Name))),
        [FormSourceNames.Channels] = Index(package.Channels.Select(c => new FieldOption(c.Code, c.Name))),
        [FormSourceNames.Urgencies] = Index(package.Urgencies.Select(u => new FieldOption(u.Code, u.Name))),
        [FormSourceNames.Units] = Index(package.Org.Units.Select(u => new FieldOption(u.Code, u.Name))),
        [FormSourceNames.Grids] = Index(package.Org.Units.Where(u => u.Level == OrgLevel.Grid).Select(u => new FieldOption(u.Code, u.Name))),
        [FormSourceNames.Departments] = Index(package.Departments.Select(d => new FieldOption(d.Code, d.Name))),
        [FormSourceNames.Functions] = Index(package.Functions.Select(f => new FieldOption(f.Code, f.Name))),
    };
    readonly Dictionary<string, FieldOption>? userIndex = users is null ? null : Index(users);

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<EffectivePackage, DefinitionFormSources> Cache = new();

    /// <summary>The sources of a package with its users, built once per loaded package (a few hundred entries each).</summary>
    public static DefinitionFormSources For(EffectivePackage package) =>
        Cache.GetValue(package, p => new DefinitionFormSources(p, p.Users.Select(u => new FieldOption(u.Username, u.Name)).ToList()));

    /// <summary>Whether a source name is one this class answers.</summary>
    public static bool Knows(string source) => FormSourceNames.All.Contains(source, StringComparer.Ordinal);

    public bool? Contains(string source, string value) =>
        source == FormSourceNames.Users ? userIndex?.ContainsKey(value)
        : lists.TryGetValue(source, out var list) ? list.ContainsKey(value) : false;

    public IEnumerable<FieldOption> Options(string source) =>
        source == FormSourceNames.Users ? userIndex?.Values.ToList() ?? [] : lists.TryGetValue(source, out var list) ? list.Values.ToList() : [];

    static Dictionary<string, FieldOption> Index(IEnumerable<FieldOption> options)
    {
        var index = new Dictionary<string, FieldOption>(StringComparer.Ordinal);
        foreach (var o in options) index.TryAdd(o.Value, o);
        return index;
    }
}
