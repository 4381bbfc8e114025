using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.Core.Documents;

/// <summary>
/// The one way a package document is written: two-space indentation, Chinese unescaped, '\n' line ends and a
/// final newline — the layout of the files in definitions/. A document edited in the browser and stored is
/// written this way, so an export diffs against the folder it came from only where something changed.
/// </summary>
public static class CanonicalJson
{
    static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    static readonly JsonDocumentOptions ReadOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false };

    public static byte[] Format(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) node.WriteTo(writer);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Parses and writes again; null with the parser's message when the text is not JSON.</summary>
    public static (byte[]? Content, string? Error) Normalize(string text)
    {
        try
        {
            var node = JsonNode.Parse(text, documentOptions: ReadOptions);
            return node is null ? (null, "null") : (Format(node), null);
        }
        catch (JsonException e)
        {
            return (null, e.Message);
        }
    }

    public static JsonNode? Parse(byte[] content) => JsonNode.Parse(content, documentOptions: ReadOptions);

    public static string Text(byte[] content) => Encoding.UTF8.GetString(content);
}
