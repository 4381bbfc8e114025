using Governance.Core.Documents;

namespace Governance.Core.Packages.Admin;

/// <summary>One document's difference between two versions: its texts side by side and its changed elements.</summary>
public sealed record DocumentDiff(string Path, ChangeKind Change, string? Before, string? After, IReadOnlyList<ElementChange> Elements);

/// <summary>Two versions of a scope compared ("draft" for the draft): every document that differs.</summary>
public sealed record PackageDiff(string Scope, string From, string To, IReadOnlyList<DocumentDiff> Documents);

public sealed partial class PackageAdmin
{
    public const string Draft = "draft";

    /// <summary>
    /// Compares two versions of a scope, document by document and element by element. <paramref name="from"/> and
    /// <paramref name="to"/> are version numbers or "draft"; by default the version before the latest and the latest.
    /// </summary>
    public async Task<PackageDiff> DiffAsync(PackageEditor editor, string scope, string? from, string? to, CancellationToken ct = default)
    {
        Authorize(editor, scope);
        var latest = packages.Current.Stamp?.Versions.GetValueOrDefault(scope) ?? 0;
        var toKey = to ?? latest.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var fromKey = from ?? Math.Max(0, (toKey == Draft ? latest : Version(toKey, latest, "to")) - (toKey == Draft ? 0 : 1)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = await VersionDocumentsAsync(scope, fromKey, latest, "from", ct);
        var after = await VersionDocumentsAsync(scope, toKey, latest, "to", ct);
        var documents = new List<DocumentDiff>();
        foreach (var path in before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var a = before.GetValueOrDefault(path);
            var b = after.GetValueOrDefault(path);
            if (a is not null && b is not null && a.AsSpan().SequenceEqual(b)) continue;
            var kind = a is null ? ChangeKind.Added : b is null ? ChangeKind.Removed : ChangeKind.Changed;
            var elements = path.EndsWith(".json", StringComparison.Ordinal)
                ? JsonDiff.Compare(a is null ? null : CanonicalJson.Parse(a), b is null ? null : CanonicalJson.Parse(b)) : [];
            documents.Add(new DocumentDiff(path, kind, a is null ? null : CanonicalJson.Text(a), b is null ? null : CanonicalJson.Text(b), elements));
        }
        return new PackageDiff(scope, fromKey, toKey, documents);
    }

    /// <summary>A scope's documents at a version ("0": none, "draft": the published ones with the draft laid over them).</summary>
    async Task<IReadOnlyDictionary<string, byte[]>> VersionDocumentsAsync(string scope, string key, int latest, string field, CancellationToken ct)
    {
        if (key == Draft)
        {
            var city = packages.Current.City!.City.Code;
            var docs = ScopeDocuments(packages.Current, scope, city);
            foreach (var d in await store.DraftAsync(scope, ct))
                if (d.Content is null) docs.Remove(d.Path);
                else docs[d.Path] = d.Content;
            return docs;
        }
        var version = Version(key, latest, field);
        return version == 0 ? new Dictionary<string, byte[]>() : await store.DocumentsAsync(scope, version, ct);
    }

    static int Version(string key, int latest, string field) =>
        int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) && v >= 0 && v <= latest
            ? v : throw new PackageAdminException("PKG-DIFF-VERSION", 400, key, latest) { Field = field };
}
