using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Messages;
using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Model;

namespace Governance.Core.Workflows.Runtime;

/// <summary>Turns a definition into a <see cref="CompiledWorkflow"/>. Unknown activity types compile to nodes that fault when reached.</summary>
public static class WorkflowCompiler
{
    static readonly Unsupported UnsupportedActivity = new();

    public static CompiledWorkflow Compile(WorkflowDefinition definition, ActivityRegistry registry)
    {
        var nodes = new List<CompiledNode>();
        var scopes = new List<CompiledScope>();
        var variableNames = definition.Variables.Select(v => v.Name).ToList();
        var idToName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var v in definition.Variables) { idToName[v.Id] = v.Name; idToName[v.Name] = v.Name; }

        var rootScope = AddScope(scopes, definition.Root.Id, owner: -1, parent: -1);
        if (definition.Root.IsFlowchart) AddFlowchart(definition.Root, rootScope);
        else AddMember(definition.Root, rootScope);

        return new CompiledWorkflow
        {
            Definition = definition,
            Nodes = [.. nodes],
            Scopes = [.. scopes],
            NodeIndex = nodes.ToDictionary(n => n.Id, n => n.Index, StringComparer.Ordinal),
            VariableNames = variableNames,
            VariableIdToName = idToName,
            InitialVariables = definition.Variables.ToDictionary(v => v.Name, v => InitialValue(v), StringComparer.Ordinal),
            VariableTypes = definition.Variables.ToDictionary(v => v.Name, v => v.TypeName, StringComparer.Ordinal),
            DeclaredInputs = definition.DeclaredInputs,
            OutputAccessors = OutputAccessors(definition, nodes),
        };

        void AddFlowchart(ActivityNode flowchart, CompiledScope scope)
        {
            var local = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var a in flowchart.Activities!) local[a.Id] = AddMember(a, scope);
            var inboundSlots = new Dictionary<(int, string), int>();
            foreach (var c in flowchart.Connections ?? [])
            {
                if (!local.TryGetValue(c.Source, out var s) || !local.TryGetValue(c.Target, out var t)) continue;
                var target = nodes[t];
                if (!inboundSlots.TryGetValue((t, c.Source + "\u0001" + c.SourcePort), out var slot))
                    inboundSlots[(t, c.Source + "\u0001" + c.SourcePort)] = slot = target.InboundCount++;
                var outbound = nodes[s].Outbound;
                outbound[c.SourcePort] = outbound.TryGetValue(c.SourcePort, out var list) ? [.. list, (t, slot)] : [(t, slot)];
            }
            foreach (var m in scope.Members) nodes[m].Ancestors = AncestorsOf(m, scope);
            scope.Start = ChooseStart(flowchart, scope);
        }

        int AddMember(ActivityNode a, CompiledScope scope)
        {
            var node = CreateNode(a, scope.Index, nodes.Count, registry);
            nodes.Add(node);
            scope.Members.Add(node.Index);
            if (a.IsFlowchart)
            {
                var child = AddScope(scopes, a.Id, node.Index, scope.Index);
                node.ChildScope = child.Index;
                AddFlowchart(a, child);
            }
            else if (a.Children.TryGetValue("body", out var body))
            {
                var child = AddScope(scopes, body.Id, node.Index, scope.Index);
                node.ChildScope = child.Index;
                if (body.IsFlowchart) AddFlowchart(body, child);
                else child.Start = AddMember(body, child);
            }
            return node.Index;
        }

        int[] AncestorsOf(int node, CompiledScope scope)
        {
            var seen = new HashSet<int>();
            var stack = new Stack<int>([node]);
            while (stack.Count > 0)
            {
                var n = stack.Pop();
                foreach (var m in scope.Members)
                    foreach (var targets in nodes[m].Outbound.Values)
                        if (targets.Any(t => t.Target == n) && m != node && seen.Add(m)) stack.Push(m);
            }
            return [.. seen];
        }

        int ChooseStart(ActivityNode flowchart, CompiledScope scope)
        {
            if (scope.Members.Count == 0) return -1;
            // Elsa's order: an Elsa.Start, the first that can start the workflow, the flowchart's own "start"
            // (pre-GA files), the first activity nothing leads to, else the first activity.
            foreach (var m in scope.Members) if (nodes[m].Node.Type == "Elsa.Start") return m;
            foreach (var m in scope.Members) if (nodes[m].Node.CanStartWorkflow) return m;
            if (flowchart.Properties["start"] is JsonValue sv && sv.TryGetValue<string>(out var startId))
                foreach (var m in scope.Members) if (nodes[m].Id == startId) return m;
            foreach (var m in scope.Members) if (nodes[m].InboundCount == 0) return m;
            return scope.Members[0];
        }
    }

    /// <summary>
    /// Elsa's output accessors: <c>get{Output}From{Activity}</c> for each declared output of each activity, the activity
    /// named by its name (files from Elsa Studio 3) or its id (older files); names that are not letters and digits get none.
    /// </summary>
    static List<Expressions.OutputAccessor> OutputAccessors(WorkflowDefinition definition, List<CompiledNode> nodes)
    {
        var byName = definition.CreatedWithModernTooling;
        var accessors = new List<Expressions.OutputAccessor>();
        foreach (var n in nodes)
        {
            var activity = byName ? n.Node.Name : n.Id;
            if (n.Descriptor is null || string.IsNullOrWhiteSpace(activity)) continue;
            foreach (var output in n.Descriptor.Outputs)
                if (Expressions.ElsaNames.IsValidVariableName(Expressions.ElsaNames.Pascalize(output.Name)))
                    accessors.Add(new(Expressions.ElsaNames.OutputGetter(output.Name, activity), n.Id, output.Name));
        }
        return accessors;
    }

    static CompiledScope AddScope(List<CompiledScope> scopes, string id, int owner, int parent)
    {
        var s = new CompiledScope { Index = scopes.Count, Id = id, Owner = owner, Parent = parent };
        scopes.Add(s);
        return s;
    }

    static CompiledNode CreateNode(ActivityNode a, int scope, int index, ActivityRegistry registry)
    {
        var inputs = new Dictionary<string, CompiledExpression>(StringComparer.OrdinalIgnoreCase);
        var outputs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in a.Properties)
        {
            if (value is not JsonObject o) continue;
            if (o["expression"] is JsonObject e)
                inputs[key] = CompiledExpression.Compile(e["type"]?.ToString() ?? "Literal", e["value"]);
            else if (o["memoryReference"]?["id"] is JsonValue mr && mr.GetValueKind() == JsonValueKind.String)
                outputs[key] = mr.GetValue<string>();
        }
        var supported = registry.TryGet(a.Type, out var activity, out var descriptor);
        return new CompiledNode
        {
            Index = index,
            Node = a,
            Activity = supported ? activity : UnsupportedActivity,
            Descriptor = supported ? descriptor : null,
            Scope = scope,
            Inputs = inputs,
            OutputBindings = outputs,
        };
    }

    static JsonNode? InitialValue(VariableDefinition v) => Typed(v.TypeName, v.InitialValue);

    /// <summary>A text written into a typed variable becomes that type, as Elsa converts it ("5" into an Int32 variable is 5).</summary>
    public static JsonNode? Typed(string typeName, JsonNode? raw)
    {
        if (raw is not JsonValue value || value.GetValueKind() != JsonValueKind.String) return raw?.DeepClone();
        var s = value.GetValue<string>();
        return typeName switch
        {
            "Int32" or "Int64" or "Double" or "Decimal" or "Single" when double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
            "Boolean" when bool.TryParse(s, out var b) => JsonValue.Create(b),
            "Object" when (s.TrimStart().StartsWith('{') || s.TrimStart().StartsWith('[')) && IsJson(s) => JsonNode.Parse(s),
            _ => JsonValue.Create(s),
        };
    }

    static bool IsJson(string s)
    {
        try { JsonDocument.Parse(s).Dispose(); return true; }
        catch (JsonException) { return false; }
    }

    sealed class Unsupported : Sdk.Activities.IActivity
    {
        public ValueTask ExecuteAsync(Sdk.Activities.IActivityContext context)
        {
            context.Fault("WF-UNSUPPORTED-ACTIVITY", "configuration", Text.Format("WF-UNSUPPORTED-ACTIVITY", context.ActivityType, context.ActivityName ?? context.ActivityId));
            return default;
        }
    }
}
