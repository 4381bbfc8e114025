using Governance.Core.Definitions.Model;
using Governance.Core.Intake.Features;

namespace Governance.Core.Intake.Model;

/// <summary>One item as a model ranks it: its code, score and what in the text spoke for it.</summary>
public sealed record RankedItem(CatalogItem Item, float Score, float Confidence, IReadOnlyList<string> Matched);

/// <summary>
/// Ranks catalog items for a text: a naive-Bayes query likelihood over features (character n-grams), each item's
/// distribution mixed with the background of all items' texts (Jelinek-Mercer), so that words everyone uses (我, 路,
/// 反映) speak for no item in particular; plus a bonus for a name, keyword or synonym found whole; plus, once the
/// center has registered cases, each item's share of them. Only features an item has seen carry a weight, so ranking
/// touches a few postings per feature. Immutable; compiled once per catalog and learned layer.
/// </summary>
public sealed partial class ItemModel
{
    readonly CatalogItem[] items;
    readonly Dictionary<string, Posting[]> postings;
    readonly Dictionary<string, PhraseEntry> phrases;
    readonly int longestPhrase;
    readonly float[] priors;
    readonly ITextFeatures features;
    readonly ModelParameters parameters;

    readonly record struct Posting(int Item, float Weight);

    sealed record PhraseEntry(int[] Items, float Weight);

    public IReadOnlyList<CatalogItem> Items => items;
    public ModelParameters Parameters => parameters;
    public ITextFeatures Features => features;

    /// <summary>Registrations the learned layer was fitted on.</summary>
    public int LearnedExamples { get; }

    /// <summary>The items of at most <paramref name="limit"/>, best first.</summary>
    public IReadOnlyList<RankedItem> Rank(string text, int limit = 3)
    {
        var scores = Score(text, out var matched);
        var order = TopIndexes(scores, Math.Min(limit, items.Length));
        var confidence = Confidences(scores, order);
        return order.Select((index, n) => new RankedItem(items[index], scores[index], confidence[n],
            matched.TryGetValue(index, out var words) ? words : [])).ToList();
    }

    /// <summary>Just the codes, best first: for evaluation and the CLI.</summary>
    public IReadOnlyList<string> RankCodes(string text, int limit = 3) =>
        TopIndexes(Score(text, out _), Math.Min(limit, items.Length)).Select(i => items[i].Code).ToList();

    float[] Score(string text, out Dictionary<int, List<string>> matched)
    {
        var scores = (float[])priors.Clone();
        var found = new List<string>();
        features.Extract(text, found);
        foreach (var feature in found)
            if (postings.TryGetValue(feature, out var list))
                foreach (var p in list) scores[p.Item] += p.Weight;

        // A phrase counts once per item, its best match: 垃圾桶满溢 must not win by also containing 垃圾 and 满溢.
        matched = [];
        var bonus = new Dictionary<int, float>();
        var compact = TextNormalizer.PhraseForm(text);
        for (var start = 0; start < compact.Length; start++)
            for (var length = 2; length <= longestPhrase && start + length <= compact.Length; length++)
                if (phrases.TryGetValue(compact.Substring(start, length), out var entry))
                    foreach (var item in entry.Items)
                    {
                        if (entry.Weight > bonus.GetValueOrDefault(item)) bonus[item] = entry.Weight;
                        if (!matched.TryGetValue(item, out var words)) matched[item] = words = [];
                        var phrase = compact.Substring(start, length);
                        if (!words.Contains(phrase)) words.Add(phrase);
                    }
        foreach (var (item, value) in bonus) scores[item] += parameters.PhraseWeight * value;
        foreach (var words in matched.Values) words.Sort((a, b) => b.Length.CompareTo(a.Length));
        return scores;
    }

    static int[] TopIndexes(float[] scores, int limit)
    {
        var top = new List<int>(limit + 1);
        for (var i = 0; i < scores.Length; i++)
        {
            if (top.Count == limit && scores[i] <= scores[top[^1]]) continue;
            var at = top.FindIndex(t => scores[i] > scores[t]);
            top.Insert(at < 0 ? top.Count : at, i);
            if (top.Count > limit) top.RemoveAt(limit);
        }
        return top.ToArray();
    }

    /// <summary>A softmax over all items' scores: how sure the model is of each of the top items.</summary>
    float[] Confidences(float[] scores, int[] order)
    {
        if (order.Length == 0) return [];
        var best = scores[order[0]];
        double sum = 0;
        foreach (var s in scores) sum += Math.Exp((s - best) / parameters.Temperature);
        return order.Select(i => (float)(Math.Exp((scores[i] - best) / parameters.Temperature) / sum)).ToArray();
    }
}
