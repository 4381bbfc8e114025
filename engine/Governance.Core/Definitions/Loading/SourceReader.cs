using System.Text.Json;
using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;
using Governance.Core.Documents;
using Governance.Core.Messages;

namespace Governance.Core.Definitions.Loading;

/// <summary>Opens the documents of a package source, reporting missing documents and JSON syntax errors.</summary>
internal sealed class SourceReader(IPackageSource source, DefinitionErrors errors)
{
    static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    public IPackageSource Source => source;
    public DefinitionErrors Errors => errors;

    public JsonSection? Root(string relative, bool required = true)
    {
        var at = new SourceRef(relative, "$");
        if (source.Read(relative) is not { } bytes)
        {
            if (required) errors.Add(at, "DEF-FILE-MISSING");
            return null;
        }
        return Parse(bytes, at, errors);
    }

    /// <summary>Parses one document; null (with the problem reported) when it is not a JSON object.</summary>
    public static JsonSection? Parse(byte[] bytes, SourceRef at, DefinitionErrors errors)
    {
        try
        {
            // The document stays alive with the elements read from it; packages are small.
            var doc = JsonDocument.Parse(bytes, Options);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add(at, "DEF-TYPE", "$", Text.Format("TERM-OBJECT"), doc.RootElement.ValueKind.ToString());
                return null;
            }
            return new JsonSection(doc.RootElement, at, errors);
        }
        catch (JsonException e)
        {
            errors.Add(at, "DEF-JSON-SYNTAX", (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, FirstSentence(e.Message));
            return null;
        }
    }

    /// <summary>The .json documents of a folder, in name order; a missing folder is reported when required.</summary>
    public IReadOnlyList<string> Files(string folder, bool required = true)
    {
        if (!source.HasFolder(folder))
        {
            if (required) errors.Add(new SourceRef(folder + "/", "$"), "DEF-FILE-MISSING");
            return [];
        }
        return source.Files(folder);
    }

    static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
