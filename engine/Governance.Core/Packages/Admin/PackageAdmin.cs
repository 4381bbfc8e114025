using Governance.Core.Definitions.Model;
using Governance.Core.Documents;

namespace Governance.Core.Packages.Admin;

/// <summary>
/// The package as administrators edit it: documents by scope and path, one draft per scope, validation of the
/// whole effective package with a draft laid over the published one, publish (which this server applies at once
/// and the others within their watcher's interval), versions, diffs and restore. Every change is audited.
/// </summary>
public sealed partial class PackageAdmin(IPackageStore store, IPackageProvider packages, PackageApplier applier, PackageLoadOptions options, TimeProvider clock)
{
    /// <summary>The scopes: the city and every county (a county without an overlay yet can start one).</summary>
    public async Task<IReadOnlyList<ScopeInfo>> ScopesAsync(PackageEditor editor, CancellationToken ct = default)
    {
        var set = packages.Current;
        var city = set.City!;
        var published = set.Stamp?.Versions ?? new Dictionary<string, int>();
        var scopes = new List<ScopeInfo>();
        foreach (var unit in city.Org.Units.Where(u => u.Level is OrgLevel.City or OrgLevel.County).OrderBy(u => u.Level == OrgLevel.City ? 0 : 1).ThenBy(u => u.Code, StringComparer.Ordinal))
        {
            var isCity = unit.Level == OrgLevel.City;
            var editable = editor.CanEdit(unit.Code, city.City.Code);
            if (!editable && !editor.IsCityAdmin) continue;
            scopes.Add(new ScopeInfo(unit.Code, unit.Name, isCity ? "city" : "county", isCity || set.OverlaidCounties.Contains(unit.Code),
                published.GetValueOrDefault(unit.Code), (await store.DraftAsync(unit.Code, ct)).Count, editable));
        }
        return scopes;
    }

    /// <summary>The documents of a scope with their draft state.</summary>
    public async Task<IReadOnlyList<DocumentInfo>> DocumentsAsync(PackageEditor editor, string scope, CancellationToken ct = default)
    {
        var city = Authorize(editor, scope);
        var published = ScopeDocuments(packages.Current, scope, city);
        var draft = (await store.DraftAsync(scope, ct)).ToDictionary(d => d.Path, StringComparer.Ordinal);
        var changedIn = await ChangedInAsync(scope, ct);
        return published.Keys.Union(draft.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(path =>
        {
            var d = draft.GetValueOrDefault(path);
            var state = d is null ? DocumentState.Published : d.Content is null ? DocumentState.Removed
                : published.ContainsKey(path) ? DocumentState.Changed : DocumentState.Added;
            return new DocumentInfo(path, state, changedIn.GetValueOrDefault(path), d?.UpdatedBy, d?.UpdatedAt);
        }).ToList();
    }

    /// <summary>A document: published (or at an older <paramref name="version"/>), or the draft's when asked and there is one.</summary>
    public async Task<DocumentContent> DocumentAsync(PackageEditor editor, string scope, string path, bool draft, int? version, CancellationToken ct = default)
    {
        var city = Authorize(editor, scope);
        var set = packages.Current;
        var current = set.Stamp?.Versions.GetValueOrDefault(scope) ?? 0;
        if (draft && (await store.DraftAsync(scope, ct)).FirstOrDefault(d => d.Path == path) is { } changed)
            return changed.Content is null
                ? throw new PackageAdminException("PKG-DOCUMENT-REMOVED-IN-DRAFT", 404, path) { Field = "path" }
                : new DocumentContent(scope, path, Parse(path, changed.Content), true, current);
        byte[]? content;
        if (version is { } v && v != current)
        {
            if (v < 1 || v > current) throw new PackageAdminException("PKG-VERSION-UNKNOWN", 404, scope, v) { Field = "version" };
            content = (await store.DocumentsAsync(scope, v, ct)).GetValueOrDefault(path);
        }
        else content = set.Documents.Read(PackagePaths.Join(scope, path, city));
        return content is null
            ? throw new PackageAdminException("PKG-DOCUMENT-UNKNOWN", 404, scope, path) { Field = "path" }
            : new DocumentContent(scope, path, Parse(path, content), false, version ?? current);
    }

    /// <summary>The versions of a scope in which a document changed, newest first.</summary>
    public async Task<IReadOnlyList<PackageVersion>> HistoryAsync(PackageEditor editor, string scope, string path, CancellationToken ct = default)
    {
        Authorize(editor, scope);
        return (await store.VersionsAsync(scope, ct)).Where(v => v.Changed.Contains(path)).ToList();
    }

    public async Task<IReadOnlyList<PackageVersion>> VersionsAsync(PackageEditor editor, string scope, CancellationToken ct = default)
    {
        Authorize(editor, scope);
        return await store.VersionsAsync(scope, ct);
    }

    public async Task<IReadOnlyList<PackageAuditEntry>> AuditLogAsync(PackageEditor editor, string? scope, int max, CancellationToken ct = default)
    {
        if (scope is not null) Authorize(editor, scope);
        else if (!editor.IsCityAdmin) scope = editor.County;
        return await store.AuditLogAsync(scope, Math.Clamp(max, 1, 1000), ct);
    }

    /// <summary>Refuses a scope that does not exist (404) or that the editor may not administer (403); returns the city's code.</summary>
    string Authorize(PackageEditor editor, string scope)
    {
        var city = packages.Current.City!;
        if (city.Org.Find(scope) is not { Level: OrgLevel.City or OrgLevel.County })
            throw new PackageAdminException("PKG-SCOPE-UNKNOWN", 404, scope) { Field = "scope" };
        if (!editor.CanEdit(scope, city.City.Code))
            throw new PackageAdminException("PKG-SCOPE-FORBIDDEN", 403, editor.Username, scope, editor.County ?? city.City.Code) { Field = "scope" };
        return city.City.Code;
    }

    /// <summary>A scope's documents in a set, by in-scope path.</summary>
    static Dictionary<string, byte[]> ScopeDocuments(DefinitionSet set, string scope, string city) =>
        set.Documents.Documents.Select(d => (Split: PackagePaths.Split(d.Key, city), d.Value)).Where(d => d.Split.Scope == scope)
            .ToDictionary(d => d.Split.Path, d => d.Value, StringComparer.Ordinal);

    /// <summary>For each document of a scope, the last version that changed it.</summary>
    async Task<Dictionary<string, int>> ChangedInAsync(string scope, CancellationToken ct)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var v in await store.VersionsAsync(scope, ct))
            foreach (var path in v.Changed) result.TryAdd(path, v.Version);
        return result;
    }

    /// <summary>A JSON document parsed; a note that travels with the package (a README, a LICENSE) as its text.</summary>
    static System.Text.Json.Nodes.JsonNode Parse(string path, byte[] content) => path.EndsWith(".json", StringComparison.Ordinal)
        ? CanonicalJson.Parse(content) ?? throw new InvalidOperationException("a stored document is not JSON")
        : System.Text.Json.Nodes.JsonValue.Create(CanonicalJson.Text(content));
}
