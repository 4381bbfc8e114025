using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Cases.Model;
using Governance.Core.Forms.Model;
using Governance.Core.Messages;

namespace Governance.Core.Cases.Services;

public sealed partial class CaseService
{
    /// <summary>
    /// Attachment fields may only name files uploaded to this case: each entry is looked up by its id and kept as the
    /// server stored it (name, type, size and the case's own download address), so a link to another site or a
    /// <c>javascript:</c> address never reaches the person who opens the form. An unknown id refuses the submission.
    /// At intake (<paramref name="files"/> null) the case has no files yet: the photos are uploaded once it exists, and
    /// the form keeps only what each will be (name, type, size), without any address.
    /// </summary>
    static JsonObject WithCaseFiles(FormDefinition form, JsonObject data, Case c, IReadOnlyList<Attachment>? files)
    {
        var errors = new List<(string Path, string Code, string Message)>();
        foreach (var field in form.Fields)
        {
            if (field.Type == FieldType.Attachment && data[field.Key] is JsonArray list)
                data[field.Key] = Stored(field, list, field.Key);
            if (field.Type == FieldType.Table && data[field.Key] is JsonArray rows)
                for (var i = 0; i < rows.Count; i++)
                    foreach (var column in field.Columns.Where(x => x.Type == FieldType.Attachment))
                        if (rows[i] is JsonObject row && row[column.Key] is JsonArray cells)
                            row[column.Key] = Stored(column, cells, $"{field.Key}[{i}].{column.Key}");
        }
        if (errors.Count > 0)
            throw new CaseException("CASE-FORM-INVALID", 400, errors.Count) { Field = errors[0].Path, Errors = errors };
        return data;

        JsonArray Stored(FormField field, JsonArray list, string path)
        {
            var kept = new JsonArray();
            for (var i = 0; i < list.Count; i++)
            {
                if (files is null)
                {
                    var declared = (JsonObject)list[i]!; // the form check made sure of name, type and size
                    Input.TextInput.Check(declared["name"]!.GetValue<string>(), $"{path}[{i}].name", "file.name");
                    Input.TextInput.Check(declared["type"]!.GetValue<string>(), $"{path}[{i}].type", "file.type");
                    kept.Add(new JsonObject { ["name"] = declared["name"]!.DeepClone(), ["type"] = declared["type"]!.DeepClone(), ["size"] = declared["size"]!.DeepClone() });
                    continue;
                }
                var id = list[i] is JsonObject o && o["id"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
                if (files.FirstOrDefault(f => f.Id == id) is { } file)
                    kept.Add(new JsonObject
                    {
                        ["id"] = file.Id, ["name"] = file.FileName, ["type"] = file.ContentType, ["size"] = file.Size, ["url"] = Attachment.Url(c.Id, file.Id),
                    });
                else
                    errors.Add(($"{path}[{i}]", "CASE-FORM-FILE-UNKNOWN",
                        Text.Format("CASE-FORM-FILE-UNKNOWN", field.Label, (list[i] as JsonObject)?["name"]?.ToString() ?? id ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))));
            }
            return kept;
        }
    }
}
