using System.Text.Json.Nodes;
using Governance.Core.Workflows.Model;
using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Runtime;

/// <summary>A definition version prepared for execution: activities resolved, expressions and scripts prepared once.</summary>
public sealed class CompiledWorkflow
{
    public required WorkflowDefinition Definition { get; init; }
    public required CompiledNode[] Nodes { get; init; }
    public required CompiledScope[] Scopes { get; init; }
    public required Dictionary<string, int> NodeIndex { get; init; }
    public required IReadOnlyList<string> VariableNames { get; init; }
    public required Dictionary<string, string> VariableIdToName { get; init; }
    public required Dictionary<string, JsonNode?> InitialVariables { get; init; }
    public required Dictionary<string, string> VariableTypes { get; init; }

    /// <summary>The declared workflow inputs, each with its <c>get{Name}()</c> accessor in scripts.</summary>
    public required IReadOnlyList<string> DeclaredInputs { get; init; }

    /// <summary>The <c>get{Output}From{Activity}()</c> accessors of the activities' declared outputs.</summary>
    public required IReadOnlyList<Expressions.OutputAccessor> OutputAccessors { get; init; }

    readonly System.Collections.Concurrent.ConcurrentDictionary<string, CompiledExpression> adHoc = new(StringComparer.Ordinal);

    /// <summary>An expression that is not an input (a switch case, a script body), prepared once per version.</summary>
    public CompiledExpression Expression(string syntax, JsonNode? value) =>
        adHoc.GetOrAdd(syntax + "\u0000" + (value?.ToJsonString() ?? ""), _ => CompiledExpression.Compile(syntax, value));

    public string DefinitionId => Definition.DefinitionId;
    public int Version => Definition.Version;

    public bool IsWithin(int scope, int ancestor)
    {
        for (var s = scope; s >= 0; s = Scopes[s].Parent)
            if (s == ancestor) return true;
        return false;
    }
}

/// <summary>One activity ready to run.</summary>
public sealed class CompiledNode
{
    public required int Index { get; init; }
    public required ActivityNode Node { get; init; }
    public required IActivity Activity { get; init; }
    public ActivityDescriptor? Descriptor { get; init; }
    public required int Scope { get; init; }
    public required Dictionary<string, CompiledExpression> Inputs { get; init; }
    public required Dictionary<string, string> OutputBindings { get; init; }

    /// <summary>Port → (target node, inbound slot at the target).</summary>
    public Dictionary<string, (int Target, int Slot)[]> Outbound { get; } = new(StringComparer.Ordinal);
    public int InboundCount { get; set; }

    /// <summary>Nodes of the same flowchart from which this one can be reached (for WaitAny joins).</summary>
    public int[] Ancestors { get; set; } = [];

    /// <summary>The scope this node runs as its body (Flowchart, FlowNode), or -1.</summary>
    public int ChildScope { get; set; } = -1;

    public string Id => Node.Id;
    public bool Supported => Descriptor is not null;
    public bool Terminal => Descriptor?.Terminal ?? false;
}

/// <summary>A flowchart (or a container body): the activities it holds and where it starts.</summary>
public sealed class CompiledScope
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required int Owner { get; init; }
    public required int Parent { get; init; }
    public List<int> Members { get; } = [];
    public int Start { get; set; } = -1;
}
