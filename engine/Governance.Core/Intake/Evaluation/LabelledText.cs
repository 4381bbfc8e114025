using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.Core.Intake.Evaluation;

/// <summary>
/// A text with the items a skilled operator would accept for it, best first, and the county it was written in when
/// that matters (a county's own items). One JSON object per line: {"text": "…", "items": ["09006"], "county": "990121"}.
/// </summary>
public sealed record LabelledText(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("items")] IReadOnlyList<string> Items,
    [property: JsonPropertyName("county")] string? County = null)
{
    /// <summary>Reads a JSON-lines file; a line that is not a labelled text is reported with its number.</summary>
    public static IReadOnlyList<LabelledText> ReadLines(TextReader reader, out IReadOnlyList<(int Line, string Problem)> problems)
    {
        var list = new List<LabelledText>();
        var bad = new List<(int, string)>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                var text = JsonSerializer.Deserialize<LabelledText>(line);
                if (text is null || string.IsNullOrWhiteSpace(text.Text) || text.Items is not { Count: > 0 })
                    bad.Add((number, "text, items"));
                else list.Add(text);
            }
            catch (JsonException e)
            {
                bad.Add((number, e.Message));
            }
        }
        problems = bad;
        return list;
    }
}
