using System.Text.Json.Nodes;
using Governance.Core.Workflows.Model;
using Governance.Core.Workflows.Serialization;

namespace Governance.Benchmarks;

static class Flows
{
    /// <summary>Start, eight steps (WriteLine and SetVariable, literals) and End: ten activities.</summary>
    public static WorkflowDefinition TenActivities(string id)
    {
        var activities = new List<JsonObject> { Act("start", "Elsa.Start") };
        for (var i = 1; i <= 8; i++)
            activities.Add(i % 2 == 1
                ? Act($"w{i}", "Elsa.WriteLine", ("text", $"第{i}步"))
                : Act($"s{i}", "Elsa.SetVariable", ("value", $"值{i}")).With("variable", new JsonObject { ["id"] = "v", ["name"] = "Step" }));
        activities.Add(Act("end", "Elsa.End"));
        return Build(id, activities, [new JsonObject { ["id"] = "v", ["name"] = "Step", ["typeName"] = "String" }]);
    }

    /// <summary>A WriteLine, a wait for an event, a WriteLine.</summary>
    public static WorkflowDefinition WaitForEvent(string id) => Build(id,
        [Act("a", "Elsa.WriteLine", ("text", "派遣")), Act("e", "Elsa.Event", ("eventName", "签收")), Act("b", "Elsa.WriteLine", ("text", "已签收"))], []);

    static WorkflowDefinition Build(string id, List<JsonObject> chain, JsonObject[] variables) => ElsaJsonReader.Read(new JsonObject
    {
        ["definitionId"] = id,
        ["version"] = 1,
        ["variables"] = new JsonArray(variables.Select(v => (JsonNode)v).ToArray()),
        ["root"] = new JsonObject
        {
            ["id"] = id + "-root", ["type"] = "Elsa.Flowchart", ["version"] = 1,
            ["activities"] = new JsonArray(chain.Select(a => (JsonNode)a).ToArray()),
            ["connections"] = new JsonArray(chain.Zip(chain.Skip(1), (a, b) => (JsonNode)new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = a["id"]!.GetValue<string>(), ["port"] = "Done" },
                ["target"] = new JsonObject { ["activity"] = b["id"]!.GetValue<string>(), ["port"] = "In" },
            }).ToArray()),
        },
    });

    static JsonObject Act(string id, string type, params (string Name, string Value)[] inputs)
    {
        var o = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1 };
        foreach (var (name, value) in inputs)
            o[name] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };
        return o;
    }

    static JsonObject With(this JsonObject o, string key, JsonNode value)
    {
        o[key] = value;
        return o;
    }
}
