namespace Governance.Core.Documents;

/// <summary>
/// How a document's full path in the definitions/ layout maps to a scope and a path within it: a county's
/// documents live under <c>counties/&lt;code&gt;/</c> (<c>counties/990121/routes.json</c> → scope 990121,
/// path routes.json); everything else is the city's, whose scope is the city code.
/// </summary>
public static class PackagePaths
{
    public const string CountiesFolder = "counties";

    /// <summary>The scope and in-scope path of a full path; <paramref name="cityCode"/> names the city scope.</summary>
    public static (string Scope, string Path) Split(string fullPath, string cityCode)
    {
        if (fullPath.StartsWith(CountiesFolder + "/", StringComparison.Ordinal))
        {
            var rest = fullPath[(CountiesFolder.Length + 1)..];
            var slash = rest.IndexOf('/');
            if (slash > 0) return (rest[..slash], rest[(slash + 1)..]);
        }
        return (cityCode, fullPath);
    }

    /// <summary>The full path of a document of a scope.</summary>
    public static string Join(string scope, string path, string cityCode) =>
        scope == cityCode ? path : $"{CountiesFolder}/{scope}/{path}";

    /// <summary>
    /// Whether a path is one an administrator may write in a scope: relative, '/'-separated, a .json document, no
    /// "..", and for the city nothing under counties/ (a county's documents are written in its own scope).
    /// </summary>
    public static bool IsValid(string path, bool isCity)
    {
        if (string.IsNullOrWhiteSpace(path) || path.StartsWith('/') || path.Contains('\\') || !path.EndsWith(".json", StringComparison.Ordinal)) return false;
        var parts = path.Split('/');
        if (parts.Any(p => p.Length == 0 || p == "." || p == ".." || p.StartsWith('.'))) return false;
        return !isCity || parts[0] != CountiesFolder;
    }
}
