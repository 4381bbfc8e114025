using System.Text.Json.Nodes;
using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

/// <summary>Evaluates the cases in order: MatchFirst leaves through the first true case, MatchAny through all; none → Default.</summary>
[Activity("Elsa.FlowSwitch", Category = "Branching", DisplayName = "多路分支", Description = "按条件选择出口。", DynamicPorts = true, Ports = ["Default"])]
[ActivityInput("cases", "FlowSwitchCase[]", DisplayName = "分支")]
[ActivityInput("mode", "SwitchMode", DisplayName = "模式", Options = ["MatchFirst", "MatchAny"])]
public sealed class FlowSwitch : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        var matchAny = string.Equals(context.GetInput<string>("mode"), "MatchAny", StringComparison.OrdinalIgnoreCase);
        var matched = new List<string>();
        var cases = context.GetProperty("cases") switch
        {
            JsonArray a => a,
            JsonObject o when o["expression"]?["value"] is JsonValue v => JsonNode.Parse(v.ToString()) as JsonArray,
            _ => null,
        };
        foreach (var c in cases ?? [])
        {
            var label = c?["label"]?.ToString() ?? "";
            var condition = c?["condition"];
            var syntax = condition?["type"]?.ToString() ?? "JavaScript";
            var value = context.Evaluate(syntax, condition?["value"]);
            if (!Runtime.ValueConverter.IsTruthy(value)) continue;
            matched.Add(label);
            if (!matchAny) break;
        }
        context.Complete(matched.Count > 0 ? [.. matched] : ["Default"]);
        return default;
    }
}
