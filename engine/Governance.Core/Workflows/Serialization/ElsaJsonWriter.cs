using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Workflows.Model;

namespace Governance.Core.Workflows.Serialization;

/// <summary>Writes a definition in the Elsa 3 GA format, including designer positions and verbatim properties.</summary>
public static class ElsaJsonWriter
{
    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(WorkflowDefinition definition) => ToJson(definition).ToJsonString(Indented);

    public static JsonObject ToJson(WorkflowDefinition d)
    {
        var o = new JsonObject { ["definitionId"] = d.DefinitionId, ["version"] = d.Version };
        if (d.Name is not null) o["name"] = d.Name;
        o["variables"] = new JsonArray(d.Variables.Select(v => (JsonNode)v.Raw.DeepClone()).ToArray());
        foreach (var (key, value) in d.Properties) o[key] = value?.DeepClone();
        o["root"] = Activity(d.Root);
        return o;
    }

    static JsonObject Activity(ActivityNode a)
    {
        var o = new JsonObject();
        foreach (var (key, value) in a.Properties) o[key] = value?.DeepClone();
        foreach (var (key, child) in a.Children) o[key] = Activity(child);
        o["id"] = a.Id;
        if (a.NodeId is not null) o["nodeId"] = a.NodeId;
        if (a.Name is not null) o["name"] = a.Name;
        o["type"] = a.Type;
        o["version"] = a.Version;
        if (a.CustomProperties is not null) o["customProperties"] = a.CustomProperties.DeepClone();
        if (a.Metadata is not null) o["metadata"] = a.Metadata.DeepClone();
        if (a.Activities is not null)
        {
            o["activities"] = new JsonArray(a.Activities.Select(x => (JsonNode)Activity(x)).ToArray());
            o["connections"] = new JsonArray((a.Connections ?? []).Select(c => (JsonNode)Connection(c)).ToArray());
        }
        return o;
    }

    static JsonObject Connection(Connection c)
    {
        var o = new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = c.Source, ["port"] = c.SourcePort },
            ["target"] = new JsonObject { ["activity"] = c.Target, ["port"] = c.TargetPort },
        };
        if (c.Extra is not null) foreach (var (key, value) in c.Extra) o[key] = value?.DeepClone();
        return o;
    }
}
