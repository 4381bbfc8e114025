using System.Text.Json.Nodes;
using Governance.Core.Workflows.Model;
using Governance.Core.Workflows.Serialization;

namespace Governance.Workflows.Tests.Infrastructure;

/// <summary>Builds small Elsa 3 definitions for tests, in the same JSON shape Elsa Studio exports.</summary>
public static class TestFlows
{
    public static JsonObject Activity(string id, string type, params (string Name, string Syntax, JsonNode? Value)[] inputs)
    {
        var o = new JsonObject { ["id"] = id, ["name"] = id, ["type"] = type, ["version"] = 1 };
        foreach (var (name, syntax, value) in inputs)
            o[name] = new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = syntax, ["value"] = value } };
        return o;
    }

    public static JsonObject WriteLine(string id, string text, string syntax = "Literal") => Activity(id, "Elsa.WriteLine", ("text", syntax, text));

    public static JsonObject Variable(string name, JsonNode? value = null, string typeName = "Object") =>
        new() { ["id"] = "var-" + name, ["name"] = name, ["typeName"] = typeName, ["value"] = value };

    public static WorkflowDefinition Flow(string definitionId, IEnumerable<JsonObject> activities, IEnumerable<(string From, string Port, string To)> connections,
        IEnumerable<JsonObject>? variables = null)
    {
        var json = new JsonObject
        {
            ["definitionId"] = definitionId,
            ["version"] = 1,
            ["name"] = definitionId,
            ["variables"] = new JsonArray((variables ?? []).Select(v => (JsonNode)v).ToArray()),
            ["root"] = new JsonObject
            {
                ["id"] = definitionId + "-root",
                ["type"] = "Elsa.Flowchart",
                ["version"] = 1,
                ["activities"] = new JsonArray(activities.Select(a => (JsonNode)a).ToArray()),
                ["connections"] = new JsonArray(connections.Select(c => (JsonNode)new JsonObject
                {
                    ["source"] = new JsonObject { ["activity"] = c.From, ["port"] = c.Port },
                    ["target"] = new JsonObject { ["activity"] = c.To, ["port"] = "In" },
                }).ToArray()),
            },
        };
        return ElsaJsonReader.Read(json);
    }

    /// <summary>A chain a → b → c … through Done.</summary>
    public static WorkflowDefinition Chain(string definitionId, params JsonObject[] activities) =>
        Flow(definitionId, activities, activities.Zip(activities.Skip(1), (a, b) => (a["id"]!.GetValue<string>(), "Done", b["id"]!.GetValue<string>())));
}
