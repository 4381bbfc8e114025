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

    /// <summary>
    /// Start, four JavaScript SetVariables (<c>getN() + 1</c>), four Liquid WriteLines (<c>第{{ Variables.N }}步</c>) and
    /// End: ten activities whose inputs go through the script and template engines.
    /// </summary>
    public static WorkflowDefinition TenScripted(string id)
    {
        var activities = new List<JsonObject> { Act("start", "Elsa.Start") };
        for (var i = 1; i <= 4; i++)
        {
            activities.Add(Scripted($"s{i}", "Elsa.SetVariable", ("value", "JavaScript", "getN() + 1")).With("variable", new JsonObject { ["id"] = "n", ["name"] = "N" }));
            activities.Add(Scripted($"w{i}", "Elsa.WriteLine", ("text", "Liquid", "第{{ Variables.N }}步")));
        }
        activities.Add(Act("end", "Elsa.End"));
        return Build(id, activities, [new JsonObject { ["id"] = "n", ["name"] = "N", ["typeName"] = "Int32", ["value"] = "0" }]);
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

    static JsonObject Act(string id, string type, params (string Name, string Value)[] inputs) =>
        Scripted(id, type, inputs.Select(i => (i.Name, "Literal", i.Value)).ToArray());

    static JsonObject Scripted(string id, string type, params (string Name, string Syntax, string Value)[] inputs)
    {
        var o = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1 };
        foreach (var (name, syntax, value) in inputs)
            o[name] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = syntax, ["value"] = value } };
        return o;
    }

    static JsonObject With(this JsonObject o, string key, JsonNode value)
    {
        o[key] = value;
        return o;
    }
}
