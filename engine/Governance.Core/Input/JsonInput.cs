using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.Core.Input;

/// <summary>
/// Reads fields of a request's free JSON (an action's <c>data</c>) with their type checked: a number where a code is
/// expected, a string where a count is, is a 400 naming the field instead of an exception deep inside.
/// </summary>
public static class JsonInput
{
    /// <summary>A string field, checked against its limit; null when absent or JSON null.</summary>
    public static string? String(JsonObject? data, string key, string path)
    {
        var node = data?[key];
        if (node is null) return null;
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
            throw new InputException("INPUT-TYPE", path, path, Messages.Text.Format("TERM-STRING"), Kind(node));
        return TextInput.Optional(v.GetValue<string>(), path);
    }

    /// <summary>A whole number in [min, max]; "3", 3.5 and 1e12 are refused.</summary>
    public static int? Integer(JsonObject? data, string key, string path, int min, int max)
    {
        var node = data?[key];
        if (node is null) return null;
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
            throw new InputException("INPUT-TYPE", path, path, Messages.Text.Format("TERM-INTEGER"), Kind(node));
        var d = Number(v);
        if (!double.IsFinite(d) || d != Math.Floor(d))
            throw new InputException("INPUT-TYPE", path, path, Messages.Text.Format("TERM-INTEGER"), node.ToJsonString());
        if (d < min || d > max) throw new InputException("INPUT-RANGE", path, path, min, max);
        return (int)d;
    }

    /// <summary>A list of strings (codes), each checked against the path's limit, at most <see cref="InputLimits.MaxListLength"/>.</summary>
    public static IReadOnlyList<string>? Strings(JsonObject? data, string key, string path)
    {
        var node = data?[key];
        if (node is null) return null;
        if (node is not JsonArray list) throw new InputException("INPUT-TYPE", path, path, Messages.Text.Format("TERM-ARRAY"), Kind(node));
        if (list.Count > InputLimits.MaxListLength) throw new InputException("INPUT-LIST-LONG", path, path, InputLimits.MaxListLength);
        var result = new List<string>();
        for (var i = 0; i < list.Count; i++)
        {
            var at = $"{path}[{i}]";
            if (list[i] is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
                throw new InputException("INPUT-TYPE", at, at, Messages.Text.Format("TERM-STRING"), Kind(list[i]));
            if (TextInput.Optional(v.GetValue<string>(), at, path + "[]") is { } s) result.Add(s);
        }
        return result;
    }

    /// <summary>
    /// Bounds free JSON kept as sent (action data in the journal): depth, number of values, and every string by the
    /// limit of its path (<c>data.*</c> unless listed). Keys under <paramref name="skip"/> are checked by their own rules.
    /// Without <paramref name="strings"/>, only the shape is bounded (form data: each field's type sets its own limit).
    /// </summary>
    public static void Bound(JsonNode? node, string path, bool strings = true, params string[] skip)
    {
        var count = 0;
        Walk(node, path, 0);

        void Walk(JsonNode? n, string at, int depth)
        {
            if (++count > InputLimits.MaxJsonValues) throw new InputException("INPUT-JSON-LARGE", path, path, InputLimits.MaxJsonValues);
            if (depth > InputLimits.MaxJsonDepth) throw new InputException("INPUT-JSON-DEEP", at, at, InputLimits.MaxJsonDepth);
            switch (n)
            {
                case JsonObject o:
                    foreach (var (key, child) in o)
                    {
                        if (depth == 0 && skip.Contains(key)) continue;
                        if (key.Length > 100) throw new InputException("INPUT-TOO-LONG", at, at + "." + key[..20] + "…", 100, key.Length);
                        Walk(child, $"{at}.{key}", depth + 1);
                    }
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++) Walk(a[i], $"{at}[{i}]", depth + 1);
                    break;
                case JsonValue v when strings && v.GetValueKind() == JsonValueKind.String:
                    var limit = InputLimits.Has(at) ? at : depth == 1 && InputLimits.Has(path + ".*") ? path + ".*" : "data.*";
                    TextInput.Check(v.GetValue<string>(), at, limit);
                    break;
                case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                    if (!double.IsFinite(Number(v))) throw new InputException("INPUT-NUMBER", at, at);
                    break;
            }
        }
    }

    /// <summary>A JSON number as a double, however the node holds it (parsed text, or an int or long set in code).</summary>
    static double Number(JsonValue v) =>
        double.TryParse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : double.NaN;

    static string Kind(JsonNode? n) => n is null ? "null" : n.GetValueKind() switch
    {
        JsonValueKind.String => Messages.Text.Format("TERM-STRING"),
        JsonValueKind.Number => Messages.Text.Format("TERM-NUMBER"),
        JsonValueKind.True or JsonValueKind.False => Messages.Text.Format("TERM-BOOLEAN"),
        JsonValueKind.Array => Messages.Text.Format("TERM-ARRAY"),
        JsonValueKind.Object => Messages.Text.Format("TERM-OBJECT"),
        _ => "null",
    };
}
