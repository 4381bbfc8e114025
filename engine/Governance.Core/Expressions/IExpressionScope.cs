using System.Text.Json.Nodes;

namespace Governance.Core.Expressions;

/// <summary>What an expression can see of the running instance.</summary>
public interface IExpressionScope
{
    string InstanceId { get; }
    string DefinitionId { get; }
    IReadOnlyList<string> VariableNames { get; }
    JsonNode? GetVariable(string name);
    void SetVariable(string name, JsonNode? value);
    JsonNode? GetInput(string name);
    IEnumerable<KeyValuePair<string, JsonNode?>> Inputs { get; }

    /// <summary>Receives setOutcome/setOutcomes calls of RunJavaScript; null elsewhere.</summary>
    Action<IReadOnlyList<string>>? OutcomeSink { get; }
}
