namespace Governance.Core.Forms.Model;

/// <summary>Every version of every form of a package, by id and version.</summary>
public sealed class FormLibrary
{
    readonly Dictionary<string, SortedList<int, FormDefinition>> forms = new(StringComparer.Ordinal);

    public static FormLibrary Empty { get; } = new([]);

    public FormLibrary(IEnumerable<FormDefinition> definitions)
    {
        foreach (var d in definitions)
        {
            if (!forms.TryGetValue(d.Id, out var versions)) forms[d.Id] = versions = new SortedList<int, FormDefinition>();
            versions.TryAdd(d.Version, d); // a duplicate is reported by the validator; the first one wins
        }
    }

    public IEnumerable<string> Ids => forms.Keys;
    public IEnumerable<FormDefinition> All => forms.Values.SelectMany(v => v.Values);
    public bool Contains(string id) => forms.ContainsKey(id);

    /// <summary>The newest version: what a new task is filled with.</summary>
    public FormDefinition? Latest(string id) => forms.TryGetValue(id, out var v) ? v.Values[^1] : null;

    /// <summary>A given version: what a case already filled keeps.</summary>
    public FormDefinition? Get(string id, int version) => forms.TryGetValue(id, out var v) ? v.GetValueOrDefault(version) : null;
}
