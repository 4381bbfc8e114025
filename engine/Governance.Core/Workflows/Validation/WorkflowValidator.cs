using System.Text.Json.Nodes;
using Governance.Core.Messages;
using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Model;
using Governance.Core.Workflows.Runtime;

namespace Governance.Core.Workflows.Validation;

/// <summary>A problem that blocks publishing: stable code, JSON path, message for administrators.</summary>
public sealed record ValidationError(string Code, string Path, string Message)
{
    public override string ToString() => Text.Format("WF-AT-PATH", Code, Message, Path);
}

/// <summary>
/// Checks a definition before it is published: every activity type supported, ids unique, connections pointing
/// at activities that exist, every script parsing and every template renderable.
/// </summary>
public static class WorkflowValidator
{
    public static IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition, ActivityRegistry registry)
    {
        var errors = new List<ValidationError>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Visit(definition.Root, "$.root");
        return errors;

        void Visit(ActivityNode a, string path)
        {
            if (!ids.Add(a.Id))
                errors.Add(new("WF-DUPLICATE-ID", path + ".id", Text.Format("WF-DUPLICATE-ID", a.Id)));
            if (!registry.TryGet(a.Type, out var activity, out var descriptor))
                errors.Add(new("WF-UNSUPPORTED-ACTIVITY", path, Text.Format("WF-UNSUPPORTED-ACTIVITY", a.Type, a.Name ?? a.Id)));
            else
            {
                if (activity is IValidatingActivity own) errors.AddRange(own.Validate(a, path));
                foreach (var input in descriptor.Inputs.Where(i => i.Required))
                    if (a.Properties[input.Name] is null)
                        errors.Add(new("WF-INPUT-REQUIRED", $"{path}.{input.Name}", Text.Format("WF-INPUT-REQUIRED", a.Name ?? a.Id, input.DisplayName)));
            }
            foreach (var (key, value) in a.Properties)
                CheckExpressions(a, value, $"{path}.{key}");
            if (a.Type == "Elsa.RunJavaScript" && a.Properties["script"]?["expression"]?["value"] is JsonNode code)
                Check(a, CompiledExpression.Compile("JavaScript", code), $"{path}.script");
            foreach (var (key, child) in a.Children) Visit(child, $"{path}.{key}");
            if (a.Activities is null) return;
            var local = a.Activities.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < a.Activities.Count; i++) Visit(a.Activities[i], $"{path}.activities[{i}]");
            for (var i = 0; i < (a.Connections?.Count ?? 0); i++)
            {
                var c = a.Connections![i];
                if (!local.Contains(c.Source))
                    errors.Add(new("WF-CONNECTION-DANGLING", $"{path}.connections[{i}].source", Text.Format("WF-CONNECTION-DANGLING-SOURCE", c.Source)));
                if (!local.Contains(c.Target))
                    errors.Add(new("WF-CONNECTION-DANGLING", $"{path}.connections[{i}].target", Text.Format("WF-CONNECTION-DANGLING-TARGET", c.Target)));
            }
        }

        void CheckExpressions(ActivityNode a, JsonNode? value, string path)
        {
            switch (value)
            {
                case JsonObject o when o["expression"] is JsonObject e:
                    Check(a, CompiledExpression.Compile(e["type"]?.ToString() ?? "Literal", e["value"]), path + ".expression");
                    break;
                case JsonObject o when o["condition"] is JsonObject cond && cond["type"] is not null:
                    Check(a, CompiledExpression.Compile(cond["type"]!.ToString(), cond["value"]), path + ".condition");
                    break;
                case JsonArray arr:
                    for (var i = 0; i < arr.Count; i++) CheckExpressions(a, arr[i], $"{path}[{i}]");
                    break;
            }
        }

        void Check(ActivityNode a, CompiledExpression e, string path)
        {
            if (e.Error is { } err) errors.Add(new(err.Code, path, Text.Format("WF-IN-ACTIVITY", a.Name ?? a.Id, err.Message)));
        }
    }
}
