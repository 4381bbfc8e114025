using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using Governance.Core.Expressions;

namespace Governance.Core.Workflows.Runtime;

/// <summary>Converts stored JSON values to what an activity asks for, the way Elsa's loose typing expects.</summary>
public static class ValueConverter
{
    public static T? Convert<T>(JsonNode? node) => (T?)Convert(node, typeof(T));

    public static object? Convert(JsonNode? node, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(JsonNode)) return node;
        if (node is null) return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
        if (target == typeof(string)) return AsString(node);
        if (target == typeof(bool)) return IsTruthy(node);
        if (target == typeof(int)) return (int)AsDouble(node);
        if (target == typeof(long)) return (long)AsDouble(node);
        if (target == typeof(double)) return AsDouble(node);
        if (target == typeof(decimal)) return (decimal)AsDouble(node);
        if (target == typeof(TimeSpan)) return AsTimeSpan(node);
        if (target == typeof(DateTimeOffset)) return DateTimeOffset.Parse(AsString(node)!, CultureInfo.InvariantCulture);
        if (target == typeof(string[])) return AsStrings(node);
        if (target.IsEnum) return Enum.Parse(target, AsString(node)!, ignoreCase: true);
        return node.Deserialize(target);
    }

    public static string? AsString(JsonNode? node) => JsonScalars.Text(node);

    public static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.Number => Number(v) != 0,
            JsonValueKind.String => v.GetValue<string>() is var s && s.Length > 0 && !s.Equals("false", StringComparison.OrdinalIgnoreCase) && s != "0",
            _ => true,
        },
        _ => true,
    };

    /// <summary>Reads a JSON number whatever CLR type backs it (parsed JSON, long, int, decimal).</summary>
    public static double Number(JsonValue v) => JsonScalars.Number(v);

    static double AsDouble(JsonNode node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
        ? Number(v)
        : double.Parse(AsString(node) ?? "0", CultureInfo.InvariantCulture);

    static TimeSpan AsTimeSpan(JsonNode node)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number) return TimeSpan.FromMilliseconds(Number(v));
        var s = AsString(node)!.Trim();
        if (s.StartsWith('P')) return XmlConvert.ToTimeSpan(s);
        return TimeSpan.Parse(s, CultureInfo.InvariantCulture);
    }

    static string[] AsStrings(JsonNode node) => node switch
    {
        JsonArray a => a.Select(x => AsString(x) ?? "").ToArray(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().TrimStart().StartsWith('[') =>
            AsStrings(JsonNode.Parse(v.GetValue<string>())!),
        JsonValue v when v.GetValueKind() == JsonValueKind.String =>
            v.GetValue<string>().Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => [AsString(node) ?? ""],
    };
}
