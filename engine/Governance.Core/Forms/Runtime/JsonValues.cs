using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.Core.Forms.Runtime;

/// <summary>The value helpers the checks share with the browser module (designer/src/forms/values.ts).</summary>
internal static class JsonValues
{
    public static bool IsNumber(JsonNode? n) => n is JsonValue v && v.GetValueKind() == JsonValueKind.Number;
    public static bool IsString(JsonNode? n) => n is JsonValue v && v.GetValueKind() == JsonValueKind.String;
    // A value built in C# (JsonValue<int>, <long>, <decimal>) does not convert to double through GetValue; one parsed from text does.
    public static double Number(JsonNode n) =>
        n is JsonValue v && v.TryGetValue<double>(out var d) ? d
        : double.Parse(n.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);
    public static string Str(JsonNode n) => n.GetValue<string>();

    /// <summary>Null, an empty or blank string, or an empty list.</summary>
    public static bool IsEmpty(JsonNode? n) => n switch
    {
        null => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.Null => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Trim().Length == 0,
        JsonArray a => a.Count == 0,
        _ => false,
    };

    /// <summary>Structural equality; numbers by value, object keys in any order, a missing key equal to null.</summary>
    public static bool Same(JsonNode? a, JsonNode? b)
    {
        if (IsNull(a) || IsNull(b)) return IsNull(a) && IsNull(b);
        switch (a)
        {
            case JsonObject oa when b is JsonObject ob:
                foreach (var (k, v) in oa) if (!Same(v, ob[k])) return false;
                foreach (var (k, v) in ob) if (!oa.ContainsKey(k) && !IsNull(v)) return false;
                return true;
            case JsonArray aa when b is JsonArray ab:
                if (aa.Count != ab.Count) return false;
                for (var i = 0; i < aa.Count; i++) if (!Same(aa[i], ab[i])) return false;
                return true;
            case JsonValue va when b is JsonValue vb:
                var ka = va.GetValueKind(); var kb = vb.GetValueKind();
                if (ka != kb) return false;
                return ka switch
                {
                    JsonValueKind.Number => Number(va) == Number(vb),
                    JsonValueKind.String => va.GetValue<string>() == vb.GetValue<string>(),
                    _ => true,
                };
            default:
                return false;
        }
    }

    static bool IsNull(JsonNode? n) => n is null || n is JsonValue v && v.GetValueKind() == JsonValueKind.Null;

    /// <summary>Follows a dotted path (<c>reporter.phone</c>) through objects.</summary>
    public static JsonNode? At(JsonObject? root, string path)
    {
        JsonNode? node = root;
        foreach (var part in path.Split('.'))
            node = node is JsonObject o ? o[part] : null;
        return node;
    }

    public static JsonNode? Clone(JsonNode? n) => n?.DeepClone();
}
