using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Expressions;

namespace Governance.Core.Workflows.Activities.Http;

/// <summary>How the HTTP activities turn input values into status codes, headers and bodies, the way Elsa's content factories do.</summary>
public static class HttpValues
{
    /// <summary>A status given as a number (<c>201</c>) or as .NET's name for it (<c>OK</c>, <c>NotFound</c>).</summary>
    public static int? StatusCode(JsonNode? value)
    {
        var text = JsonScalars.Text(value)?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (int.TryParse(text, out var number)) return number;
        return Enum.TryParse<HttpStatusCode>(text, ignoreCase: true, out var named) ? (int)named : null;
    }

    /// <summary>
    /// The content type and bytes of a body: with no content type, text goes as text/plain and anything else as JSON;
    /// JSON types serialise objects (text as it is), form types encode an object's members, other types send the text.
    /// </summary>
    public static (string? ContentType, byte[] Body) Content(JsonNode? content, string? contentType)
    {
        if (content is null) return (string.IsNullOrWhiteSpace(contentType) ? null : contentType, []);
        var isText = content is JsonValue v && v.GetValueKind() == JsonValueKind.String;
        var type = string.IsNullOrWhiteSpace(contentType) ? isText ? "text/plain" : "application/json" : contentType.Trim();
        var media = type.Split(';')[0].Trim().ToLowerInvariant();
        string text = media switch
        {
            "application/json" or "text/json" => isText ? content.GetValue<string>() : content.ToJsonString(JsonScalars.Relaxed),
            "application/x-www-form-urlencoded" when content is JsonObject form =>
                string.Join('&', form.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(JsonScalars.Text(p.Value) ?? ""))),
            _ => JsonScalars.Text(content) ?? "",
        };
        if (!type.Contains("charset", StringComparison.OrdinalIgnoreCase) && (media.StartsWith("text/", StringComparison.Ordinal) || media.EndsWith("json", StringComparison.Ordinal)))
            type += "; charset=utf-8";
        return (type, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Headers given as a JSON object (or its text): a value or an array of values per name.</summary>
    public static IReadOnlyDictionary<string, string[]> Headers(JsonNode? value)
    {
        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            try { value = JsonNode.Parse(v.GetValue<string>()); }
            catch (JsonException) { return new Dictionary<string, string[]>(); }
        var headers = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (value is not JsonObject o) return headers;
        foreach (var (name, values) in o)
            headers[name] = values is JsonArray a ? a.Select(x => JsonScalars.Text(x) ?? "").ToArray() : [JsonScalars.Text(values) ?? ""];
        return headers;
    }
}
