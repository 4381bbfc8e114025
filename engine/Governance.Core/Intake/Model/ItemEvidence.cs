namespace Governance.Core.Intake.Model;

/// <summary>
/// What a model has seen of each item: how often each feature occurred in its phrases or texts, and how many labelled
/// texts (registrations) it was shown. Mutable while it is gathered; a model compiles a copy of the figures.
/// </summary>
public sealed class ItemEvidence
{
    readonly Dictionary<string, Counts> items = new(StringComparer.Ordinal);

    /// <summary>The counts of one item.</summary>
    public sealed class Counts
    {
        public Dictionary<string, float> Features { get; } = new(StringComparer.Ordinal);
        public float Total { get; set; }
        public int Examples { get; set; }

        public void Add(string feature, float amount)
        {
            Features[feature] = Features.GetValueOrDefault(feature) + amount;
            Total += amount;
        }
    }

    public IReadOnlyDictionary<string, Counts> Items => items;

    public int Examples => items.Values.Sum(c => c.Examples);

    public Counts For(string itemCode)
    {
        if (!items.TryGetValue(itemCode, out var counts)) items[itemCode] = counts = new Counts();
        return counts;
    }

    /// <summary>Counts the features of one text for an item; an example also counts towards the item's prior.</summary>
    public void Add(string itemCode, IEnumerable<string> features, bool isExample, float amount = 1f)
    {
        var counts = For(itemCode);
        foreach (var f in features) counts.Add(f, amount);
        if (isExample) counts.Examples++;
    }
}
