using Governance.Core.Forms.Model;

namespace Governance.Core.Forms.Validation;

/// <summary>
/// The order in which calculated fields are computed: a field after every calculated field its expression
/// reads, otherwise in field order. The browser module sorts the same way, so both see the same values.
/// </summary>
public static class CalculationOrder
{
    /// <summary>Ordered calculated fields (columns or top-level fields), or the keys on a cycle.</summary>
    public static (IReadOnlyList<FormField> Order, IReadOnlyList<string>? Cycle) Of(IReadOnlyList<FormField> fields, bool rowScope)
    {
        var calculated = fields.Where(f => f.Calculate is not null).ToList();
        var byKey = calculated.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var order = new List<FormField>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 visiting, 2 done
        List<string>? cycle = null;
        var path = new List<string>();

        void Visit(FormField f)
        {
            if (cycle is not null || state.GetValueOrDefault(f.Key) == 2) return;
            if (state.GetValueOrDefault(f.Key) == 1) { cycle = [.. path[path.IndexOf(f.Key)..], f.Key]; return; }
            state[f.Key] = 1; path.Add(f.Key);
            var refs = rowScope ? f.Calculate!.RowRefs : f.Calculate!.DataRefs;
            foreach (var r in refs.Order(StringComparer.Ordinal))
                if (byKey.TryGetValue(r, out var dep)) Visit(dep);
            path.RemoveAt(path.Count - 1);
            state[f.Key] = 2; order.Add(f);
        }

        foreach (var f in calculated) Visit(f);
        return (order, cycle);
    }
}
