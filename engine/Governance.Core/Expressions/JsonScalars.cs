using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.Core.Expressions;

/// <summary>Reading JSON scalars whatever CLR value backs them; the workflow runtime's converter builds on these.</summary>
public static class JsonScalars
{
    /// <summary>JSON text as people read it: Chinese and other non-ASCII characters unescaped.</summary>
    public static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads a JSON number whatever CLR type backs it (parsed JSON, long, int, decimal).</summary>
    public static double Number(JsonValue v) =>
        v.TryGetValue<double>(out var d) ? d
        : v.TryGetValue<long>(out var l) ? l
        : v.TryGetValue<int>(out var i) ? i
        : v.TryGetValue<decimal>(out var m) ? (double)m
        : v.TryGetValue<float>(out var f) ? f
        : double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture);

    /// <summary>A value as text: strings as they are, numbers and booleans as JSON writes them, objects as JSON.</summary>
    public static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => Number(v).ToString(CultureInfo.InvariantCulture),
            JsonValueKind.Null => null,
            _ => v.ToJsonString(Relaxed),
        },
        _ => node.ToJsonString(Relaxed),
    };
}
