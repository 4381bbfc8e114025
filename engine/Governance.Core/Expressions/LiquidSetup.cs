using System.Text.Json.Nodes;
using Fluid;
using Fluid.Filters;
using Fluid.Values;
using Governance.Core.Messages;

namespace Governance.Core.Expressions;

/// <summary>The Liquid engine set up as Elsa sets up Fluid: its filters, its model, and the sandbox's bounds.</summary>
internal static class LiquidSetup
{
    public static TemplateOptions Options(int maxSteps)
    {
        var options = new TemplateOptions
        {
            MaxSteps = maxSteps,
            MaxRecursion = 32,
            // Chinese stays readable in the json filter's output.
            JsonSerializerOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
        };
        // Exactly Elsa's set: Fluid's array, string, number and misc filters, and Elsa's base64 and keys.
        options.Filters.Clear();
        options.Filters.WithArrayFilters().WithStringFilters().WithNumberFilters().WithMiscFilters();
        options.Filters.AddFilter("base64", LiquidFilters.Base64);
        options.Filters.AddFilter("keys", LiquidFilters.Keys);
        return options;
    }

    /// <summary>A render's context: Elsa's model over the instance, read lazily, and a clock for <c>"now" | date</c>.</summary>
    public static TemplateContext Context(TemplateOptions options, IExpressionScope scope, TimeProvider clock, int maxLength)
    {
        var context = new TemplateContext(options) { Now = clock.GetUtcNow };
        var variables = new LiquidObject(name => scope.VariableNames.Contains(name) ? scope.GetVariable(name) : null, () => scope.VariableNames);
        var input = new LiquidObject(scope.GetInput, () => scope.Inputs.Select(i => i.Key));
        context.SetValue("Variables", variables);
        context.SetValue("Input", input);
        context.SetValue("WorkflowInstanceId", new StringValue(scope.InstanceId));
        context.SetValue("WorkflowDefinitionId", new StringValue(scope.DefinitionId));
        context.SetValue("WorkflowDefinitionVersionId", new StringValue($"{scope.DefinitionId}:{scope.DefinitionVersion}"));
        context.SetValue("WorkflowDefinitionVersion", NumberValue.Create(scope.DefinitionVersion));
        context.SetValue("CorrelationId", scope.CorrelationId is { } c ? new StringValue(c) : NilValue.Instance);
        context.SetValue("Workflow", new LiquidObject(name => name switch
        {
            "Id" or "InstanceId" => JsonValue.Create(scope.InstanceId),
            "DefinitionId" => JsonValue.Create(scope.DefinitionId),
            "Version" or "DefinitionVersion" => JsonValue.Create(scope.DefinitionVersion),
            "CorrelationId" => scope.CorrelationId is { } id ? JsonValue.Create(id) : null,
            _ => null,
        }, () => ["Id", "DefinitionId", "Version", "CorrelationId"]));
        // assign and capture build strings without writing them: bounded like the output.
        context.Assigned = (_, value, _) => Bounded(value, maxLength);
        context.Captured = (_, value, _) => Bounded(value, maxLength);
        return context;
    }

    static ValueTask<FluidValue> Bounded(FluidValue value, int maxLength) =>
        value.Type == FluidValues.String && value.ToStringValue().Length > maxLength
            ? throw new ExpressionException("WF-TEMPLATE-TOO-LONG", Text.Format("WF-TEMPLATE-TOO-LONG", maxLength))
            : new ValueTask<FluidValue>(value);

    /// <summary>A JSON value as Fluid sees it: objects as dictionaries, arrays as lists, numbers, text, booleans.</summary>
    public static FluidValue ToFluid(JsonNode? node, TemplateOptions options) => node is null ? NilValue.Instance : FluidValue.Create(Plain(node), options);

    public static object? Plain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => Plain(p.Value)),
        JsonArray a => a.Select(Plain).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => v.GetValue<string>(),
            System.Text.Json.JsonValueKind.True => true,
            System.Text.Json.JsonValueKind.False => false,
            System.Text.Json.JsonValueKind.Number => (decimal)JsonScalars.Number(v),
            _ => null,
        },
        _ => null,
    };
}
