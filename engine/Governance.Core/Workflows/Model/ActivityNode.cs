using System.Text.Json.Nodes;

namespace Governance.Core.Workflows.Model;

/// <summary>
/// One activity of a definition. Inputs, outputs and anything else the engine does not interpret stay in
/// <see cref="Properties"/> exactly as written; containers keep their children parsed.
/// </summary>
public sealed class ActivityNode
{
    public required string Id { get; set; }
    public required string Type { get; set; }
    public int Version { get; set; } = 1;
    public string? Name { get; set; }
    public string? NodeId { get; set; }
    public JsonObject? CustomProperties { get; set; }
    public JsonObject? Metadata { get; set; }

    /// <summary>All other properties in file order: inputs ({typeName, expression}), outputs ({memoryReference}), extras.</summary>
    public JsonObject Properties { get; init; } = [];

    /// <summary>Flowchart children, or null when this is not a flowchart.</summary>
    public List<ActivityNode>? Activities { get; set; }
    public List<Connection>? Connections { get; set; }

    /// <summary>Activities held in properties such as FlowNode's <c>body</c>.</summary>
    public Dictionary<string, ActivityNode> Children { get; init; } = new(StringComparer.Ordinal);

    public bool IsFlowchart => Activities is not null;

    public (double X, double Y)? Position =>
        Metadata?["designer"]?["position"] is JsonObject p && p["x"] is JsonValue x && p["y"] is JsonValue y
            ? (x.GetValue<double>(), y.GetValue<double>()) : null;

    public bool CanStartWorkflow =>
        CustomProperties?["canStartWorkflow"] is JsonValue v && v.TryGetValue<bool>(out var b) && b
        || Properties["canStartWorkflow"] is JsonValue t && t.TryGetValue<bool>(out var c) && c;

    public IEnumerable<ActivityNode> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children.Values)
            foreach (var d in child.SelfAndDescendants()) yield return d;
        if (Activities is null) yield break;
        foreach (var a in Activities)
            foreach (var d in a.SelfAndDescendants()) yield return d;
    }
}

/// <summary>A flowchart edge from a source port to a target. Extra properties (vertices) are kept verbatim.</summary>
public sealed record Connection(string Source, string SourcePort, string Target, string TargetPort)
{
    public JsonObject? Extra { get; init; }
}
