using Governance.Core.Definitions.Model;
using Governance.Core.Intake.Model;
using Governance.Core.Intake.Features;

namespace Governance.Intake.Benchmarks;

/// <summary>
/// A linear model for comparison: multinomial logistic regression over the same features, fitted by SGD on the
/// catalog's phrases (one example per name, keyword or synonym).
/// </summary>
sealed class Linear
{
    readonly CatalogItem[] items;
    readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    readonly ITextFeatures features;
    float[][] weights = [];

    Linear(CatalogItem[] items, ITextFeatures features) => (this.items, this.features) = (items, features);

    public static Linear Fit(IReadOnlyList<CatalogItem> catalog, ITextFeatures features, int epochs = 30, float rate = 0.5f, float l2 = 1e-5f)
    {
        var model = new Linear(catalog.ToArray(), features);
        var examples = new List<(int Label, (int Id, float Value)[] X)>();
        for (var c = 0; c < model.items.Length; c++)
            foreach (var phrase in CatalogEvidence.Phrases(model.items[c]))
                examples.Add((c, model.Vectorize(phrase, grow: true)));
        model.weights = Enumerable.Range(0, model.items.Length).Select(_ => new float[model.vocabulary.Count]).ToArray();
        var random = new Random(1);
        var scores = new double[model.items.Length];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            var lr = rate / (1 + epoch);
            foreach (var (label, x) in examples.OrderBy(_ => random.Next()))
            {
                model.Scores(x, scores);
                var max = scores.Max();
                double sum = 0;
                for (var c = 0; c < scores.Length; c++) sum += scores[c] = Math.Exp(scores[c] - max);
                for (var c = 0; c < scores.Length; c++)
                {
                    var gradient = (float)(scores[c] / sum - (c == label ? 1 : 0));
                    if (Math.Abs(gradient) < 1e-4) continue;
                    var w = model.weights[c];
                    foreach (var (id, value) in x) w[id] -= lr * (gradient * value + l2 * w[id]);
                }
            }
        }
        return model;
    }

    (int, float)[] Vectorize(string text, bool grow)
    {
        var found = new List<string>();
        features.Extract(text, found);
        var x = new Dictionary<int, float>();
        foreach (var f in found)
        {
            if (!vocabulary.TryGetValue(f, out var id))
            {
                if (!grow) continue;
                vocabulary[f] = id = vocabulary.Count;
            }
            x[id] = features.Weight(f); // presence, not counts: phrases are short
        }
        return x.Select(kv => (kv.Key, kv.Value)).ToArray();
    }

    void Scores((int Id, float Value)[] x, double[] into)
    {
        for (var c = 0; c < items.Length; c++)
        {
            double s = 0;
            var w = weights[c];
            foreach (var (id, value) in x) s += w[id] * value;
            into[c] = s;
        }
    }

    public IReadOnlyList<string> RankCodes(string text, int limit = 3)
    {
        var scores = new double[items.Length];
        Scores(Vectorize(text, grow: false), scores);
        return Enumerable.Range(0, items.Length).OrderByDescending(c => scores[c]).Take(limit).Select(c => items[c].Code).ToList();
    }
}
