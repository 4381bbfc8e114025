using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Messages;
using Governance.Core.Workflows.Model;

namespace Governance.Core.Workflows.Serialization;

/// <summary>
/// Reads Elsa 3 workflow JSON: the GA format (connections as {source:{activity,port}, target:{…}}) and the
/// pre-GA 3.0 format (flat {source, target, sourcePort, targetPort}). Unknown activity types are kept verbatim.
/// </summary>
public static class ElsaJsonReader
{
    static readonly HashSet<string> ActivityKeys = ["id", "type", "version", "name", "nodeId", "customProperties", "metadata", "activities", "connections"];
    static readonly HashSet<string> DefinitionKeys = ["definitionId", "version", "name", "variables", "root"];

    public static WorkflowDefinition Read(string json)
    {
        JsonNode? doc;
        try { doc = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException e) { throw new WorkflowImportException("WF-JSON-INVALID", Text.Format("WF-JSON-LINE", e.LineNumber + 1), Text.Format("WF-JSON-INVALID", e.Message)); }
        if (doc is not JsonObject o) throw new WorkflowImportException("WF-JSON-INVALID", "$", Text.Format("WF-JSON-NOT-OBJECT"));
        return Read(o);
    }

    public static WorkflowDefinition Read(JsonObject o)
    {
        if (o["root"] is not JsonObject root)
            throw new WorkflowImportException("WF-ROOT-MISSING", "$.root", Text.Format("WF-ROOT-MISSING"));
        var definitionId = Str(o, "definitionId", "$") ?? Str(o, "id", "$") ?? Str(o, "name", "$")
            ?? throw new WorkflowImportException("WF-ID-MISSING", "$.definitionId", Text.Format("WF-ID-MISSING"));
        var def = new WorkflowDefinition
        {
            DefinitionId = definitionId,
            Version = o["version"] is JsonValue v && v.TryGetValue<int>(out var ver) ? ver : 1,
            Name = Str(o, "name", "$"),
            Root = ReadActivity(root, "$.root"),
        };
        if (o["variables"] is JsonArray vars)
            for (var i = 0; i < vars.Count; i++)
            {
                var raw = vars[i] as JsonObject ?? throw new WorkflowImportException("WF-VARIABLE-INVALID", $"$.variables[{i}]", Text.Format("WF-VARIABLE-INVALID"));
                def.Variables.Add(new VariableDefinition(raw.DeepClone().AsObject()));
            }
        foreach (var (key, value) in o)
            if (!DefinitionKeys.Contains(key)) def.Properties[key] = value?.DeepClone();
        return def;
    }

    static ActivityNode ReadActivity(JsonObject o, string path)
    {
        var node = new ActivityNode
        {
            Id = Str(o, "id", path) ?? throw new WorkflowImportException("WF-ACTIVITY-ID-MISSING", path + ".id", Text.Format("WF-ACTIVITY-ID-MISSING")),
            Type = Str(o, "type", path) ?? throw new WorkflowImportException("WF-ACTIVITY-TYPE-MISSING", path + ".type", Text.Format("WF-ACTIVITY-TYPE-MISSING")),
            Version = o["version"] is JsonValue v && v.TryGetValue<int>(out var ver) ? ver : 1,
            Name = Str(o, "name", path),
            NodeId = Str(o, "nodeId", path),
            CustomProperties = o["customProperties"]?.DeepClone() as JsonObject,
            Metadata = o["metadata"]?.DeepClone() as JsonObject,
        };
        if (o["activities"] is JsonArray acts)
        {
            node.Activities = [];
            for (var i = 0; i < acts.Count; i++)
                node.Activities.Add(ReadActivity(acts[i] as JsonObject
                    ?? throw new WorkflowImportException("WF-ACTIVITY-INVALID", $"{path}.activities[{i}]", Text.Format("WF-ACTIVITY-INVALID")), $"{path}.activities[{i}]"));
            node.Connections = ReadConnections(o["connections"] as JsonArray, path + ".connections");
        }
        foreach (var (key, value) in o)
        {
            if (ActivityKeys.Contains(key)) continue;
            if (value is JsonObject child && IsActivity(child)) node.Children[key] = ReadActivity(child, $"{path}.{key}");
            else node.Properties[key] = value?.DeepClone();
        }
        return node;
    }

    // An activity nested in a property (FlowNode's body) has a type and an id; inputs have typeName/expression instead.
    static bool IsActivity(JsonObject o) => o["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String && o["id"] is not null
        && o["expression"] is null && o["typeName"] is null;

    static List<Connection> ReadConnections(JsonArray? array, string path)
    {
        var list = new List<Connection>();
        if (array is null) return list;
        for (var i = 0; i < array.Count; i++)
        {
            var p = $"{path}[{i}]";
            if (array[i] is not JsonObject c) throw new WorkflowImportException("WF-CONNECTION-INVALID", p, Text.Format("WF-CONNECTION-INVALID"));
            Connection conn;
            if (c["source"] is JsonObject s && c["target"] is JsonObject t)
                conn = new Connection(Req(s, "activity", p + ".source"), Str(s, "port", p) ?? "Done", Req(t, "activity", p + ".target"), Str(t, "port", p) ?? "In");
            else if (c["source"] is JsonValue && c["target"] is JsonValue)
                conn = new Connection(Req(c, "source", p), Str(c, "sourcePort", p) ?? "Done", Req(c, "target", p), Str(c, "targetPort", p) ?? "In");
            else throw new WorkflowImportException("WF-CONNECTION-INVALID", p, Text.Format("WF-CONNECTION-ENDS-MISSING"));
            JsonObject? extra = null;
            foreach (var (key, value) in c)
                if (key is not ("source" or "target" or "sourcePort" or "targetPort"))
                    (extra ??= [])[key] = value?.DeepClone();
            list.Add(conn with { Extra = extra });
        }
        return list;
    }

    static string Req(JsonObject o, string key, string path) =>
        Str(o, key, path) ?? throw new WorkflowImportException("WF-CONNECTION-INVALID", $"{path}.{key}", Text.Format("WF-CONNECTION-KEY-MISSING", key));

    static string? Str(JsonObject o, string key, string path) => o[key] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw new WorkflowImportException("WF-FIELD-INVALID", $"{path}.{key}", Text.Format("WF-FIELD-INVALID", key)),
    };
}
