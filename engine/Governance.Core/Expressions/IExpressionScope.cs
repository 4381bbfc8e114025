using System.Text.Json.Nodes;

namespace Governance.Core.Expressions;

/// <summary>What an expression can see of the running instance (what Elsa's expression execution context offers).</summary>
public interface IExpressionScope
{
    string InstanceId { get; }
    string DefinitionId { get; }
    int DefinitionVersion { get; }

    /// <summary>The instance's correlation id (Elsa's <c>getCorrelationId()</c>/<c>setCorrelationId(v)</c>, Liquid <c>CorrelationId</c>).</summary>
    string? CorrelationId { get; set; }

    IReadOnlyList<string> VariableNames { get; }
    JsonNode? GetVariable(string name);
    void SetVariable(string name, JsonNode? value);

    /// <summary>A workflow input by name (exact first, then ignoring case, as Elsa's input dictionary does).</summary>
    JsonNode? GetInput(string name);
    IEnumerable<KeyValuePair<string, JsonNode?>> Inputs { get; }

    /// <summary>The names of the inputs the definition declares (its <c>inputs</c>); each gets a <c>get{Name}()</c> accessor.</summary>
    IReadOnlyList<string> DeclaredInputs { get; }

    /// <summary>Outputs other activities can be asked for: <c>get{Output}From{Activity}()</c>.</summary>
    IReadOnlyList<OutputAccessor> OutputAccessors { get; }

    /// <summary>The last value an activity (found by id or name) wrote to an output; <paramref name="output"/> null means its result.</summary>
    JsonNode? GetOutput(string activityIdOrName, string? output);

    /// <summary>The result output of the activity that completed most recently with one (Elsa's <c>getLastResult()</c>).</summary>
    JsonNode? LastResult { get; }

    /// <summary>Receives setOutcome/setOutcomes calls of RunJavaScript; null elsewhere.</summary>
    Action<IReadOnlyList<string>>? OutcomeSink { get; }
}

/// <summary>One generated output accessor: its JavaScript name and the activity output it reads.</summary>
public sealed record OutputAccessor(string Name, string ActivityId, string Output);
