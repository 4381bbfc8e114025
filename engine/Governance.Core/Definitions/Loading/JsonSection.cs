using System.Text.Json;
using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;
using Governance.Core.Messages;

namespace Governance.Core.Definitions.Loading;

/// <summary>
/// A JSON object being read, with its source location. Every accessor reports what is wrong
/// (missing, wrong type, unknown field) to the shared error list and returns null instead of throwing,
/// so one load reports every problem of every file.
/// </summary>
internal readonly struct JsonSection(JsonElement element, SourceRef at, DefinitionErrors errors)
{
    public SourceRef At => at;
    public JsonElement Element => element;
    public DefinitionErrors Errors => errors;

    /// <summary>Reports properties that are not in <paramref name="known"/>: usually a typo that would otherwise be silently ignored.</summary>
    public void AllowOnly(params string[] known)
    {
        if (element.ValueKind != JsonValueKind.Object) return;
        foreach (var p in element.EnumerateObject())
            if (Array.IndexOf(known, p.Name) < 0 && !p.Name.StartsWith('$'))
                errors.Add(at.Field(p.Name), "DEF-UNKNOWN-FIELD", p.Name, string.Join(", ", known));
    }

    public bool Has(string name) => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public string? String(string name, bool required = true)
    {
        if (!Get(name, required, out var v)) return null;
        if (v.ValueKind != JsonValueKind.String) return WrongType<string>(name, Text.Format("TERM-STRING"), v);
        var s = v.GetString()!;
        if (s.Trim().Length == 0) { errors.Add(at.Field(name), "DEF-EMPTY", name); return null; }
        return s;
    }

    public int? Int(string name, bool required = true)
    {
        if (!Get(name, required, out var v)) return null;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var i)) return WrongType<int?>(name, Text.Format("TERM-INTEGER"), v);
        return i;
    }

    public double? Number(string name, bool required = true)
    {
        if (!Get(name, required, out var v)) return null;
        if (v.ValueKind != JsonValueKind.Number) return WrongType<double?>(name, Text.Format("TERM-NUMBER"), v);
        return v.GetDouble();
    }

    public bool? Bool(string name, bool required = true)
    {
        if (!Get(name, required, out var v)) return null;
        if (v.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) return WrongType<bool?>(name, Text.Format("TERM-BOOLEAN"), v);
        return v.GetBoolean();
    }

    public JsonSection? Object(string name, bool required = true)
    {
        if (!Get(name, required, out var v)) return null;
        if (v.ValueKind != JsonValueKind.Object) return WrongType<JsonSection?>(name, Text.Format("TERM-OBJECT"), v);
        return new JsonSection(v, at.Field(name), errors);
    }

    /// <summary>The objects of an array property, each with its own indexed path.</summary>
    public IEnumerable<JsonSection> Objects(string name, bool required = true)
    {
        if (!Get(name, required, out var v)) yield break;
        if (v.ValueKind != JsonValueKind.Array) { WrongType<object>(name, Text.Format("TERM-ARRAY"), v); yield break; }
        var i = 0;
        foreach (var e in v.EnumerateArray())
        {
            var path = at.Field(name).Index(i++);
            if (e.ValueKind != JsonValueKind.Object) { errors.Add(path, "DEF-TYPE", $"{name}[{i - 1}]", Text.Format("TERM-OBJECT"), Describe(e)); continue; }
            yield return new JsonSection(e, path, errors);
        }
    }

    public IReadOnlyList<string> Strings(string name, bool required = true)
    {
        if (!Get(name, required, out var v)) return [];
        if (v.ValueKind != JsonValueKind.Array) { WrongType<object>(name, Text.Format("TERM-STRING-ARRAY"), v); return []; }
        var list = new List<string>();
        var i = 0;
        foreach (var e in v.EnumerateArray())
        {
            if (e.ValueKind == JsonValueKind.String && e.GetString()!.Trim().Length > 0) list.Add(e.GetString()!);
            else errors.Add(at.Field(name).Index(i), "DEF-TYPE", $"{name}[{i}]", Text.Format("TERM-NONEMPTY-STRING"), Describe(e));
            i++;
        }
        return list;
    }

    /// <summary>Reads an enum from its lower-case name; reports the allowed values when it is not one.</summary>
    public T? Enum<T>(string name, string what, bool required = true) where T : struct, Enum
    {
        var s = String(name, required);
        if (s is null) return null;
        foreach (var value in System.Enum.GetValues<T>())
            if (string.Equals(value.ToString(), s, StringComparison.OrdinalIgnoreCase)) return value;
        errors.Add(at.Field(name), "DEF-ENUM", s, what, string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant())));
        return null;
    }

    bool Get(string name, bool required, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
            return true;
        if (required) errors.Add(at.Field(name), "DEF-REQUIRED", name);
        value = default;
        return false;
    }

    T? WrongType<T>(string name, string expected, JsonElement actual)
    {
        errors.Add(at.Field(name), "DEF-TYPE", name, expected, Describe(actual));
        return default;
    }

    static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => Text.Format("TERM-STRING-VALUE", e.GetString()),
        JsonValueKind.Number => Text.Format("TERM-NUMBER-VALUE", e.GetRawText()),
        JsonValueKind.True or JsonValueKind.False => Text.Format("TERM-BOOLEAN-VALUE", e.GetRawText()),
        JsonValueKind.Array => Text.Format("TERM-ARRAY"),
        JsonValueKind.Object => Text.Format("TERM-OBJECT"),
        _ => "null",
    };
}
