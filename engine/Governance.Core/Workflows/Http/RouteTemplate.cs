namespace Governance.Core.Workflows.Http;

/// <summary>
/// An endpoint path as Elsa writes it (<c>orders/{id}</c>, <c>files/{*rest}</c>), normalised to a leading slash and no
/// trailing one. Literal segments match ignoring case; <c>{name}</c> takes one segment, <c>{*name}</c> the rest; a
/// constraint after a colon (<c>{id:int}</c>) is not checked.
/// </summary>
public static class RouteTemplate
{
    /// <summary>Elsa's normalisation: a leading slash, no trailing slash.</summary>
    public static string Normalize(string path) => "/" + path.Trim().Trim('/');

    public static bool HasParameters(string template) => template.Contains('{');

    /// <summary>The route values when <paramref name="path"/> matches <paramref name="template"/>; null when it does not.</summary>
    public static IReadOnlyDictionary<string, string>? Match(string template, string path)
    {
        var t = Normalize(template).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var p = Normalize(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < t.Length; i++)
        {
            var segment = t[i];
            if (segment.StartsWith('{') && segment.EndsWith('}'))
            {
                var name = segment[1..^1].Split(':')[0].TrimEnd('?');
                if (name.StartsWith('*'))
                {
                    values[name[1..]] = string.Join('/', p.Skip(i).Select(Uri.UnescapeDataString));
                    return values;
                }
                if (i >= p.Length) return segment.EndsWith("?}", StringComparison.Ordinal) && i == t.Length - 1 ? values : null;
                values[name] = Uri.UnescapeDataString(p[i]);
            }
            else if (i >= p.Length || !string.Equals(segment, Uri.UnescapeDataString(p[i]), StringComparison.OrdinalIgnoreCase)) return null;
        }
        return t.Length == p.Length ? values : null;
    }
}
