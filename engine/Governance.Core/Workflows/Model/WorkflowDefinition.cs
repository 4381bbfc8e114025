using System.Text.Json.Nodes;

namespace Governance.Core.Workflows.Model;

/// <summary>
/// An Elsa 3 workflow definition as the engine sees it. What the engine does not interpret is kept verbatim
/// in <see cref="Properties"/>, so import → export loses nothing.
/// </summary>
public sealed class WorkflowDefinition
{
    public required string DefinitionId { get; set; }
    public int Version { get; set; } = 1;
    public string? Name { get; set; }
    public List<VariableDefinition> Variables { get; init; } = [];

    /// <summary>Top-level properties other than definitionId, version, name, variables and root, in file order.</summary>
    public JsonObject Properties { get; init; } = [];

    public required ActivityNode Root { get; set; }

    public IEnumerable<ActivityNode> AllActivities() => Root.SelfAndDescendants();

    /// <summary>Names of the workflow inputs the definition declares (Elsa "inputs"); scripts read each with <c>get{Name}()</c>.</summary>
    public IReadOnlyList<string> DeclaredInputs =>
        Properties["inputs"] is JsonArray a ? a.Select(n => (n as JsonObject)?["name"]?.ToString()).OfType<string>().Where(n => n.Length > 0).ToList() : [];

    /// <summary>
    /// Made with Elsa Studio 3 or later (toolVersion 3.x). Elsa then names output accessors after the activity's name
    /// (<c>getResultFromWriteLine1()</c>); older files name them after the activity id.
    /// </summary>
    public bool CreatedWithModernTooling =>
        Properties["toolVersion"] is JsonValue v && v.TryGetValue<string>(out var s) && System.Version.TryParse(s, out var tool) && tool.Major >= 3;

    /// <summary>Workflow outcomes the definition declares (Elsa "outcomes").</summary>
    public IReadOnlyList<string> DeclaredOutcomes =>
        Properties["outcomes"] is JsonArray a ? a.Select(n => n?.ToString() ?? "").ToList() : [];
}

/// <summary>A workflow variable: id, name, Elsa type name and initial value; the raw JSON is kept for export.</summary>
public sealed class VariableDefinition(JsonObject raw)
{
    public JsonObject Raw { get; } = raw;
    public string Id => Raw["id"]?.GetValue<string>() ?? Name;
    public string Name => Raw["name"]?.GetValue<string>() ?? "";
    public string TypeName => Raw["typeName"]?.GetValue<string>() ?? "Object";
    public JsonNode? InitialValue => Raw["value"];
}
