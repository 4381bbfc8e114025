using System.Text.Json;
using Governance.Core.Definitions.Loading;
using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;
using Governance.Core.Forms.Model;
using Governance.Core.Forms.Validation;
using Governance.Core.Messages;

namespace Governance.Core.Forms.Loading;

/// <summary>Reads one form document on its own: a draft from the designer, a file in a test.</summary>
public static class FormFiles
{
    /// <summary>Parses and checks a form; the form is null when it has errors (warnings alone keep it).</summary>
    public static (FormDefinition? Form, IReadOnlyList<DefinitionError> Problems) Parse(string json, string file = "forms/draft.json")
    {
        var errors = new DefinitionErrors();
        var at = new SourceRef(file, "$");
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add(at, "DEF-TYPE", "$", Text.Format("TERM-OBJECT"), doc.RootElement.ValueKind.ToString());
                return (null, errors.All);
            }
            var library = FormPackage.Read([new JsonSection(doc.RootElement.Clone(), at, errors)], errors);
            return (errors.HasErrors ? null : library.All.FirstOrDefault(), errors.All);
        }
        catch (JsonException e)
        {
            errors.Add(at, "DEF-JSON-SYNTAX", (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, e.Message);
            return (null, errors.All);
        }
    }
}
