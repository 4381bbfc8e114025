using System.Text.Json.Nodes;
using Governance.Core.Forms.Model;

namespace Governance.Core.Forms.Runtime;

/// <summary>
/// The JSON Schema (draft-07) of a form version's saved data, for other systems that read it. It states what
/// holds at every step: types, limits, options, formats. What depends on the step or on conditions (required
/// only at some step, hidden fields, custom rules) cannot be said in a schema and is left to <see cref="CompiledForm.Validate"/>.
/// </summary>
public static class FormSchema
{
    public static JsonObject For(FormDefinition form)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var f in form.Fields)
        {
            properties[f.Key] = Field(f, nullable: !AlwaysRequired(f));
            if (AlwaysRequired(f)) required.Add(f.Key);
        }
        foreach (var table in form.Fields.Where(f => f.Type == FieldType.Table && f.Columns.Any(c => c.Total)))
            properties[table.TotalKey] = new JsonObject
            {
                ["type"] = new JsonArray("object", "null"),
                ["properties"] = new JsonObject(table.Columns.Where(c => c.Total)
                    .Select(c => KeyValuePair.Create(c.Key, (JsonNode?)new JsonObject { ["type"] = new JsonArray("number", "null") }))),
            };
        return new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = $"urn:governance:form:{form.Id}:{form.Version}",
            ["title"] = form.Title,
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = required,
            ["additionalProperties"] = false,
        };
    }

    /// <summary>Required with no condition, always visible, never locked by a condition: then it is filled at every step that saves the form.</summary>
    static bool AlwaysRequired(FormField f) =>
        f.Required is { Value: true, IsDynamic: false } && !f.Visible.IsDynamic && f.Visible.Value && !f.ReadOnly.IsDynamic && f.Calculate is null;

    static JsonObject Field(FormField f, bool nullable)
    {
        var s = new JsonObject { ["title"] = f.Label };
        void Type(string type) => s["type"] = nullable ? new JsonArray(type, "null") : type;
        switch (f.Type)
        {
            case FieldType.Text or FieldType.Textarea:
                Type("string");
                if (f.MinLength is { } minL) s["minLength"] = minL;
                if (f.MaxLength is { } maxL) s["maxLength"] = maxL;
                if (f.Pattern is { } p) s["pattern"] = p;
                break;
            case FieldType.Number or FieldType.Money:
                Type(f.Integer ? "integer" : "number");
                if (f.Min is { } min) s["minimum"] = min;
                if (f.Max is { } max) s["maximum"] = max;
                break;
            case FieldType.Date:
                Type("string");
                s["pattern"] = @"^\d{4}-\d{2}-\d{2}$";
                break;
            case FieldType.Datetime:
                Type("string");
                s["pattern"] = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$";
                break;
            case FieldType.Select or FieldType.Radio:
                Type("string");
                if (f.Options is { } options) s["enum"] = Enum(options, nullable);
                break;
            case FieldType.Checkbox:
                Type("array");
                s["items"] = f.Options is { } o ? new JsonObject { ["enum"] = Enum(o, false) } : new JsonObject { ["type"] = "string" };
                Counts(s, f);
                break;
            case FieldType.Place:
                Type("object");
                s["properties"] = new JsonObject
                {
                    ["address"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
                    ["lng"] = new JsonObject { ["type"] = new JsonArray("number", "null"), ["minimum"] = -180, ["maximum"] = 180 },
                    ["lat"] = new JsonObject { ["type"] = new JsonArray("number", "null"), ["minimum"] = -90, ["maximum"] = 90 },
                    ["grid"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
                };
                s["required"] = new JsonArray("address");
                break;
            case FieldType.Attachment:
                Type("array");
                var file = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["id"] = new JsonObject { ["type"] = "string" },
                        ["name"] = new JsonObject { ["type"] = "string" },
                        ["type"] = new JsonObject { ["type"] = "string" },
                        ["size"] = new JsonObject { ["type"] = "number", ["minimum"] = 0 },
                    },
                    ["required"] = new JsonArray("name", "type", "size"),
                };
                if (f.MaxSizeKb is { } kb) file["properties"]!["size"]!["maximum"] = kb * 1024;
                s["items"] = file;
                Counts(s, f);
                break;
            case FieldType.Signature:
                Type("string");
                s["pattern"] = "^data:image/png;base64,iVBORw0KGgo";
                break;
            case FieldType.Serial:
                Type("string");
                s["pattern"] = "^" + System.Text.RegularExpressions.Regex.Escape(f.Prefix ?? "") + @"\d{8}\d{" + f.Digits + ",}$";
                break;
            case FieldType.Table:
                Type("array");
                var columns = new JsonObject();
                var req = new JsonArray();
                foreach (var c in f.Columns)
                {
                    columns[c.Key] = Field(c, !AlwaysRequired(c));
                    if (AlwaysRequired(c)) req.Add(c.Key);
                }
                s["items"] = new JsonObject { ["type"] = "object", ["properties"] = columns, ["required"] = req, ["additionalProperties"] = false };
                Counts(s, f);
                break;
        }
        return s;
    }

    static JsonArray Enum(IReadOnlyList<FieldOption> options, bool nullable)
    {
        var values = new JsonArray();
        foreach (var o in options) values.Add(o.Value);
        if (nullable) values.Add(null);
        return values;
    }

    static void Counts(JsonObject s, FormField f)
    {
        if (f.MinCount is { } min) s["minItems"] = min;
        if (f.MaxCount is { } max) s["maxItems"] = max;
    }
}
