using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Definitions.Loading;
using Governance.Core.Definitions.Model;
using Governance.Core.Forms.Model;
using Governance.Core.Messages;

namespace Governance.Core.Forms.Loading;

/// <summary>Reads one field (or sub-table column) of a form file; reports what is wrong and returns null when unusable.</summary>
internal static class FieldReader
{
    static readonly string[] Common = ["key", "type", "label", "placeholder", "help", "required", "visible", "readOnly", "onLockedChange", "rules", "personal", "public"];
    static readonly string[] Valued = ["calculate", "default", "defaultFrom"];

    static string[] Allowed(FieldType type, bool column)
    {
        string[] extra = type switch
        {
            FieldType.Text or FieldType.Textarea => ["minLength", "maxLength", "pattern", "patternMessage", .. Valued],
            FieldType.Number => ["min", "max", "integer", "unit", .. Valued, .. column ? new[] { "total" } : []],
            FieldType.Money => ["min", "max", "unit", .. Valued, .. column ? new[] { "total" } : []],
            FieldType.Date or FieldType.Datetime => Valued,
            FieldType.Select or FieldType.Radio => ["options", "source", .. Valued],
            FieldType.Checkbox => ["options", "source", "minCount", "maxCount", .. Valued],
            FieldType.Place => ["default", "defaultFrom"],
            FieldType.Attachment => ["accept", "maxSizeKb", "minCount", "maxCount"],
            FieldType.Signature => ["maxSizeKb"],
            FieldType.Serial => ["prefix", "digits"],
            FieldType.Table => ["columns", "minCount", "maxCount"],
            _ => [],
        };
        return [.. Common, .. extra];
    }

    public static FormField? Read(JsonSection s, bool column)
    {
        var key = s.String("key");
        var typeText = s.String("type");
        var label = s.String("label");
        if (key is not null && !IsKey(key))
        {
            // Expressions read keys as names (data.key): a field with a bad one is dropped.
            s.Errors.Add(s.At.Field("key"), "DEF-FORM-KEY", key);
            key = null;
        }
        if (typeText is null) return null;
        if (!Enum.TryParse<FieldType>(typeText, ignoreCase: true, out var type) || typeText.Any(char.IsUpper) || int.TryParse(typeText, out _))
        {
            s.Errors.Add(s.At.Field("type"), "DEF-FORM-FIELD-TYPE", typeText,
                string.Join(", ", Enum.GetNames<FieldType>().Select(n => n.ToLowerInvariant())));
            return null;
        }
        if (column && type is FieldType.Table or FieldType.Serial or FieldType.Signature or FieldType.Place)
        {
            s.Errors.Add(s.At.Field("type"), "DEF-FORM-COLUMN-TYPE", typeText);
            return null;
        }
        s.AllowOnly(Allowed(type, column));
        if (key is null || label is null) return null;

        var field = new FormField
        {
            Key = key, Type = type, Label = label, Source = s.At,
            Placeholder = s.String("placeholder", false), Help = s.String("help", false), Personal = s.Bool("personal", false) ?? false,
            Public = s.Bool("public", false) ?? false,
            Required = ReadCondition(s, "required", false), Visible = ReadCondition(s, "visible", true),
            ReadOnly = ReadCondition(s, "readOnly", false),
            OnLockedChange = s.Has("onLockedChange") ? (LockedChange?)s.Enum<LockedChange>("onLockedChange", Text.Format("TERM-LOCKED-CHANGE")) : null,
            Calculate = s.String("calculate", false) is { } calc ? Expression(s, "calculate", calc) : null,
            Default = s.Element.TryGetProperty("default", out var d) && d.ValueKind != JsonValueKind.Null ? JsonNode.Parse(d.GetRawText()) : null,
            DefaultFrom = s.String("defaultFrom", false),
            Rules = s.Objects("rules", false).Select(ReadRule).OfType<FieldRule>().ToList(),
            Min = s.Number("min", false), Max = s.Number("max", false), Integer = s.Bool("integer", false) ?? false,
            Unit = s.String("unit", false),
            MinLength = s.Int("minLength", false), MaxLength = s.Int("maxLength", false),
            Pattern = s.String("pattern", false), PatternMessage = s.String("patternMessage", false),
            Options = s.Has("options") ? s.Objects("options").Select(ReadOption).OfType<FieldOption>().ToList() : null,
            OptionSource = s.String("source", false),
            MinCount = s.Int("minCount", false), MaxCount = s.Int("maxCount", false),
            Accept = s.Strings("accept", false), MaxSizeKb = s.Int("maxSizeKb", false),
            Prefix = s.String("prefix", false),
            Digits = s.Int("digits", false) ?? 4,
            Total = s.Bool("total", false) ?? false,
        };
        if (type == FieldType.Table)
            field = field with { Columns = s.Objects("columns").Select(c => Read(c, column: true)).OfType<FormField>().ToList() };
        return field;
    }

    /// <summary>A field key is also a name in expressions (<c>data.key</c>).</summary>
    public static bool IsKey(string key) =>
        key.Length is > 0 and <= 64 && char.IsAsciiLetter(key[0]) && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    static Condition ReadCondition(JsonSection s, string name, bool fallback)
    {
        if (!s.Element.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return fallback ? Condition.True : Condition.False;
        switch (v.ValueKind)
        {
            case JsonValueKind.True: return Condition.True;
            case JsonValueKind.False: return Condition.False;
            case JsonValueKind.String:
                var e = Expression(s, name, v.GetString()!);
                return e is null ? (fallback ? Condition.True : Condition.False) : new Condition(fallback, e);
            default:
                s.Errors.Add(s.At.Field(name), "DEF-TYPE", name, Text.Format("TERM-BOOLEAN-OR-EXPRESSION"), v.ValueKind.ToString());
                return fallback ? Condition.True : Condition.False;
        }
    }

    static FormExpression? Expression(JsonSection s, string name, string text) =>
        FormExpression.Parse(text, s.At.Field(name), (at, code, args) => s.Errors.Add(at, code, args));

    static FieldRule? ReadRule(JsonSection s)
    {
        s.AllowOnly("expression", "message");
        var text = s.String("expression"); var message = s.String("message");
        if (text is null || message is null) return null;
        return FormExpression.Parse(text, s.At.Field("expression"), (at, code, args) => s.Errors.Add(at, code, args)) is { } e
            ? new FieldRule(e, message) : null;
    }

    static FieldOption? ReadOption(JsonSection s)
    {
        s.AllowOnly("value", "label");
        var value = s.String("value"); var label = s.String("label");
        return value is null || label is null ? null : new FieldOption(value, label);
    }
}
