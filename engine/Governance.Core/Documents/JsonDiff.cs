using System.Text.Json.Nodes;

namespace Governance.Core.Documents;

public enum ChangeKind { Added, Removed, Changed }

/// <summary>
/// One changed element of a document: an array element matched by its key (an item by code, a route by id, a
/// limit by item or category and urgency, a holiday by date), or a value at a path. <see cref="Path"/> is the JSON
/// path in the newer document (the older one for a removal), as validation problems give it.
/// </summary>
public sealed record ElementChange(string Path, string? Key, ChangeKind Change, JsonNode? Before, JsonNode? After, IReadOnlyList<string> Fields);

/// <summary>Compares two JSON documents element by element, so a diff says "item 06010: keywords changed", not "line 212".</summary>
public static class JsonDiff
{
    static readonly string[] KeyFields = ["code", "id", "username", "key", "date"];

    public static IReadOnlyList<ElementChange> Compare(JsonNode? before, JsonNode? after)
    {
        var changes = new List<ElementChange>();
        Walk(before, after, "$", "$", changes);
        return changes;
    }

    static void Walk(JsonNode? a, JsonNode? b, string pathA, string pathB, List<ElementChange> changes)
    {
        if (JsonNode.DeepEquals(a, b)) return;
        switch (a, b)
        {
            case (null, _): changes.Add(new(pathB, null, ChangeKind.Added, null, b!.DeepClone(), [])); return;
            case (_, null): changes.Add(new(pathA, null, ChangeKind.Removed, a.DeepClone(), null, [])); return;
            case (JsonObject x, JsonObject y):
                foreach (var name in x.Select(p => p.Key).Concat(y.Select(p => p.Key)).Distinct())
                    Walk(x[name], y[name], $"{pathA}.{name}", $"{pathB}.{name}", changes);
                return;
            case (JsonArray x, JsonArray y) when KeyOf(x, y) is { } key:
                Keyed(x, y, pathA, pathB, key, changes);
                return;
            case (JsonArray x, JsonArray y) when x.Concat(y).All(e => e is JsonObject) && x.Count == y.Count:
                for (var i = 0; i < x.Count; i++) Walk(x[i], y[i], $"{pathA}[{i}]", $"{pathB}[{i}]", changes);
                return;
            default:
                changes.Add(new(pathB, null, ChangeKind.Changed, a.DeepClone(), b.DeepClone(), []));
                return;
        }
    }

    /// <summary>Elements matched by key: added, removed, or changed with the names of the fields that differ.</summary>
    static void Keyed(JsonArray a, JsonArray b, string pathA, string pathB, Func<JsonObject, string> key, List<ElementChange> changes)
    {
        var before = new Dictionary<string, (JsonObject Node, int Index)>(StringComparer.Ordinal);
        for (var i = 0; i < a.Count; i++) before.TryAdd(key((JsonObject)a[i]!), ((JsonObject)a[i]!, i));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < b.Count; i++)
        {
            var node = (JsonObject)b[i]!;
            var k = key(node);
            seen.Add(k);
            if (!before.TryGetValue(k, out var old)) changes.Add(new($"{pathB}[{i}]", k, ChangeKind.Added, null, node.DeepClone(), []));
            else if (!JsonNode.DeepEquals(old.Node, node))
                changes.Add(new($"{pathB}[{i}]", k, ChangeKind.Changed, old.Node.DeepClone(), node.DeepClone(),
                    old.Node.Select(p => p.Key).Concat(node.Select(p => p.Key)).Distinct()
                        .Where(f => !JsonNode.DeepEquals(old.Node[f], node[f])).ToList()));
        }
        foreach (var (k, old) in before.Where(e => !seen.Contains(e.Key)))
            changes.Add(new($"{pathA}[{old.Index}]", k, ChangeKind.Removed, old.Node.DeepClone(), null, []));
    }

    /// <summary>The key function two arrays of objects share (every element carries it, no key repeats); null when there is none.</summary>
    static Func<JsonObject, string>? KeyOf(JsonArray a, JsonArray b)
    {
        if (a.Count + b.Count == 0 || a.Concat(b).Any(e => e is not JsonObject)) return null;
        var first = a.Cast<JsonObject>().ToList();
        var second = b.Cast<JsonObject>().ToList();
        var all = first.Concat(second).ToList();
        foreach (var field in KeyFields)
            if (all.All(o => o[field] is JsonValue v && v.TryGetValue<string>(out _)))
                return Usable(first, second, o => o[field]!.GetValue<string>());
        // Time limits: an item or a category, and an urgency.
        if (all.All(o => o["urgency"] is JsonValue && (o["item"] is JsonValue || o["category"] is JsonValue)))
            return Usable(first, second, o => o["item"] is JsonValue i ? $"item:{i}/{o["urgency"]}" : $"category:{o["category"]}/{o["urgency"]}");
        return null;
    }

    // A key that repeats (a duplicate the validator reports) cannot match elements; compare by position then.
    static Func<JsonObject, string>? Usable(List<JsonObject> a, List<JsonObject> b, Func<JsonObject, string> key) =>
        a.Select(key).Distinct(StringComparer.Ordinal).Count() == a.Count && b.Select(key).Distinct(StringComparer.Ordinal).Count() == b.Count ? key : null;
}
