using Governance.Core.Packages;

namespace Governance.Core.Tests.Architecture;

/// <summary>
/// The areas of the core (Governance.Core.Definitions, .Forms, .Workflows …) depend on each other in one
/// direction only: a cycle means neither side can be understood, tested or replaced without the other.
/// </summary>
public class NamespaceCycleTests
{
    const string Prefix = "Governance.Core.";

    [Fact]
    public void The_areas_of_the_core_have_no_cycle()
    {
        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal); // area → area → an example "type → type"
        foreach (var type in typeof(DefinitionSet).Assembly.GetTypes())
        {
            if (Area(type) is not { } from) continue;
            foreach (var used in TypeDependencies.Of(type))
                if (Area(used) is { } to && to != from)
                {
                    if (!edges.TryGetValue(from, out var targets)) edges[from] = targets = new(StringComparer.Ordinal);
                    targets.TryAdd(to, $"{type.FullName} → {used.FullName}");
                }
        }
        var cycles = Cycles(edges).ToList();
        Assert.True(cycles.Count == 0, "namespace cycles in Governance.Core:\n" + string.Join("\n", cycles.Select(c =>
            string.Join(" → ", c) + "\n    " + string.Join("\n    ", c.Zip(c.Skip(1).Append(c[0]), (a, b) => edges[a][b])))));
    }

    [Fact]
    public void The_check_sees_a_dependency_written_as_a_full_name_inside_a_method()
    {
        // CaseProjector names Forms.Model.IntakeForms by its full name in a method body, with no using directive.
        var used = TypeDependencies.Of(typeof(Core.Cases.Services.CaseProjector));
        Assert.Contains(typeof(Core.Forms.Model.IntakeForms), used);
    }

    static string? Area(Type t)
    {
        var ns = t.Namespace ?? "";
        if (!ns.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var rest = ns[Prefix.Length..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>One cycle per strongly connected group of areas (Tarjan), as the areas in order around it.</summary>
    static IEnumerable<List<string>> Cycles(Dictionary<string, Dictionary<string, string>> edges)
    {
        var index = new Dictionary<string, int>(); var low = new Dictionary<string, int>();
        var stack = new Stack<string>(); var onStack = new HashSet<string>(); var groups = new List<List<string>>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v); onStack.Add(v);
            foreach (var w in edges.GetValueOrDefault(v)?.Keys ?? Enumerable.Empty<string>())
                if (!index.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            if (low[v] != index[v]) return;
            var group = new List<string>();
            string x;
            do { x = stack.Pop(); onStack.Remove(x); group.Add(x); } while (x != v);
            if (group.Count > 1) groups.Add(group);
        }
        foreach (var v in edges.Keys.ToList()) if (!index.ContainsKey(v)) Visit(v);
        foreach (var group in groups) yield return PathThrough(group, edges);
    }

    /// <summary>A closed walk through a group: from its first area, follow edges inside the group until back.</summary>
    static List<string> PathThrough(List<string> group, Dictionary<string, Dictionary<string, string>> edges)
    {
        var members = group.ToHashSet();
        var start = group.Min(StringComparer.Ordinal)!;
        // Shortest way back to the start (breadth first), so the report names a real cycle.
        var previous = new Dictionary<string, string>();
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            foreach (var w in edges[v].Keys.Where(members.Contains).Order(StringComparer.Ordinal))
            {
                if (w == start)
                {
                    var path = new List<string> { v };
                    while (path[0] != start) path.Insert(0, previous[path[0]]);
                    return path;
                }
                if (previous.TryAdd(w, v)) queue.Enqueue(w);
            }
        }
        return group;
    }
}
