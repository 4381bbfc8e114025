using Governance.Core.Intake.Model;
using Governance.Core.Intake.Features;

namespace Governance.Intake.Benchmarks;

/// <summary>The dev texts the shipped model gets wrong, with what it said: what tuning looks at (never the held-out ones).</summary>
static class Misses
{
    public static void Run(Corpus corpus)
    {
        var models = new Dictionary<string, ItemModel>();
        foreach (var t in corpus.Dev)
        {
            var key = t.County ?? "";
            if (!models.TryGetValue(key, out var model)) models[key] = model = ItemModel.Compile(corpus.ItemsFor(t.County), CharGrams.Default);
            var ranked = model.Rank(t.Text, 3);
            if (ranked.Count > 0 && t.Items.Contains(ranked[0].Item.Code)) continue;
            var mark = ranked.Any(r => t.Items.Contains(r.Item.Code)) ? "top3" : "MISS";
            Console.WriteLine($"{mark} [{string.Join(",", t.Items)} {corpus.Definitions.For(t.County).FindItem(t.Items[0])?.Name}] {t.Text}");
            Console.WriteLine("     → " + string.Join(" | ", ranked.Select(r => $"{r.Item.Code} {r.Item.Name} {r.Confidence:F2} [{string.Join(",", r.Matched)}]")));
        }
    }
}
