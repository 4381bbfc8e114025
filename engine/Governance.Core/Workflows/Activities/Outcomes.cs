using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.Core.Workflows.Activities;

/// <summary>Reads an outcomes input written as "Success", ["A","B"] or a JSON string of an array.</summary>
internal static class Outcomes
{
    public static IReadOnlyList<string> From(JsonNode? node) => node switch
    {
        null => [],
        JsonArray a => a.Select(x => x?.ToString() ?? "").Where(x => x.Length > 0).ToList(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().TrimStart().StartsWith('[') =>
            From(JsonNode.Parse(v.GetValue<string>())),
        JsonValue v => v.ToString() is { Length: > 0 } s ? [s] : [],
        _ => [],
    };
}
