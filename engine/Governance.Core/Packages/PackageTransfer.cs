using System.Text;
using System.Text.Json;
using Governance.Core.Documents;
using Governance.Core.Messages;

namespace Governance.Core.Packages;

/// <summary>
/// A package folder into the store and back out: an import publishes a new version of every scope whose documents
/// differ (documents missing from the folder are removed); an export writes the published documents byte for byte.
/// </summary>
public static class PackageTransfer
{
    /// <summary>The city's code, from the package's package.json; null when it has none.</summary>
    public static string? CityCode(DocumentSet documents)
    {
        if (documents.Read("package.json") is not { } bytes) return null;
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("code", out var code)
                && code.ValueKind == JsonValueKind.String ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>What a folder changes against what is published, scope by scope (scopes without a change left out).</summary>
    public static IReadOnlyList<ScopeChange> Changes(PublishedPackage published, DocumentSet documents, string city)
    {
        var wanted = documents.Documents.Select(d => (Split: PackagePaths.Split(d.Key, city), d.Value)).ToList();
        var current = published.Documents.Documents.Select(d => (Split: PackagePaths.Split(d.Key, city), d.Value)).ToList();
        var scopes = wanted.Select(w => w.Split.Scope).Concat(current.Select(c => c.Split.Scope)).Distinct().Order(StringComparer.Ordinal);
        var result = new List<ScopeChange>();
        foreach (var scope in scopes)
        {
            var before = current.Where(c => c.Split.Scope == scope).ToDictionary(c => c.Split.Path, c => c.Value, StringComparer.Ordinal);
            var after = wanted.Where(w => w.Split.Scope == scope).ToDictionary(w => w.Split.Path, w => w.Value, StringComparer.Ordinal);
            var changes = new SortedDictionary<string, byte[]?>(StringComparer.Ordinal);
            foreach (var (path, content) in after)
                if (!before.TryGetValue(path, out var old) || !old.AsSpan().SequenceEqual(content)) changes[path] = content;
            foreach (var path in before.Keys.Where(p => !after.ContainsKey(p))) changes[path] = null;
            if (changes.Count > 0) result.Add(new ScopeChange(scope, published.Versions.GetValueOrDefault(scope), changes));
        }
        return result;
    }

    /// <summary>Publishes a folder's documents as new versions; returns what was written (nothing when nothing changed).</summary>
    public static async Task<IReadOnlyList<PackageVersion>> ImportAsync(IPackageStore store, DocumentSet documents, string user, string? comment,
        DateTimeOffset at, CancellationToken ct = default)
    {
        var city = CityCode(documents) ?? throw new InvalidOperationException(Text.Format("PKG-IMPORT-NO-CITY", documents.Name));
        foreach (var (path, content) in documents.Documents)
            if (!IsText(content)) throw new InvalidOperationException(Text.Format("PKG-IMPORT-NOT-TEXT", path));
        var published = await store.LoadPublishedAsync(ct);
        var changes = Changes(published, documents, city);
        if (changes.Count == 0) return [];
        return await store.PublishAsync(new PublishRequest(published.Revision, city, changes, user, at, comment, ClearDrafts: false), ct);
    }

    /// <summary>Writes the published package into an empty (or new) folder, as it was imported or last published.</summary>
    public static async Task<int> ExportAsync(IPackageStore store, string folder, CancellationToken ct = default)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new InvalidOperationException(Text.Format("PKG-EXPORT-NOT-EMPTY", folder));
        var published = await store.LoadPublishedAsync(ct);
        foreach (var (path, content) in published.Documents.Documents)
        {
            var target = Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllBytesAsync(target, content, ct);
        }
        return published.Documents.Count;
    }

    // The database keeps documents as text; a package holds JSON and the notes beside it, never binaries.
    static bool IsText(byte[] content)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetString(content);
            return !content.Contains((byte)0);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
