using Governance.Core.Definitions.Model;
using Governance.Core.Intake.Features;

namespace Governance.Core.Intake.Model;

public sealed partial class ItemModel
{
    ItemModel(CatalogItem[] items, Dictionary<string, Posting[]> postings, Dictionary<string, PhraseEntry> phrases, float[] priors,
        ITextFeatures features, ModelParameters parameters, int learnedExamples)
    {
        (this.items, this.postings, this.phrases, this.priors, this.features, this.parameters) = (items, postings, phrases, priors, features, parameters);
        longestPhrase = phrases.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        LearnedExamples = learnedExamples;
    }

    /// <summary>
    /// A model over <paramref name="catalog"/>: the items' own phrases, and what the center registered under them
    /// (<paramref name="learned"/>; items it names that the catalog no longer has are left out).
    /// </summary>
    public static ItemModel Compile(IReadOnlyList<CatalogItem> catalog, ITextFeatures features, ItemEvidence? learned = null,
        ModelParameters? parameters = null, ItemEvidence? catalogEvidence = null)
    {
        parameters ??= ModelParameters.Default;
        var items = catalog.ToArray();
        var own = catalogEvidence ?? CatalogEvidence.From(items, features);
        learned ??= new ItemEvidence();

        // The background: every feature over every item's phrases and registered texts.
        var background = new Dictionary<string, float>(StringComparer.Ordinal);
        double backgroundTotal = 0;
        void Collect(ItemEvidence evidence)
        {
            foreach (var item in items)
                if (evidence.Items.TryGetValue(item.Code, out var counts))
                    foreach (var (f, n) in counts.Features) { background[f] = background.GetValueOrDefault(f) + n; backgroundTotal += n; }
        }
        Collect(own);
        Collect(learned);

        var lists = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var examples = new int[items.Length];
        var lambda = parameters.Smoothing;
        for (var i = 0; i < items.Length; i++)
        {
            var mine = own.Items.GetValueOrDefault(items[i].Code);
            var taught = learned.Items.GetValueOrDefault(items[i].Code);
            examples[i] = taught?.Examples ?? 0;
            // The more registrations an item has, the more its learned texts count against its catalog phrases.
            var mu = examples[i] / (examples[i] + parameters.LearnedStrength);
            var seen = (mine?.Features.Keys ?? Enumerable.Empty<string>()).Concat(taught?.Features.Keys ?? Enumerable.Empty<string>())
                .Distinct(StringComparer.Ordinal);
            foreach (var f in seen)
            {
                var p = (1 - mu) * Share(mine, f) + mu * Share(taught, f);
                if (p <= 0) continue;
                var weight = features.Weight(f) * Math.Log(1 + lambda * p / ((1 - lambda) * background[f] / backgroundTotal));
                if (!lists.TryGetValue(f, out var list)) lists[f] = list = [];
                list.Add(new Posting(i, (float)weight));
            }
        }

        var total = examples.Sum();
        var priors = new float[items.Length];
        if (total > 0)
            for (var i = 0; i < items.Length; i++)
                priors[i] = parameters.PriorWeight * (float)Math.Log((examples[i] + 1.0) * items.Length / (total + items.Length));

        return new ItemModel(items, lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
            PhraseIndex(items), priors, features, parameters, total);
    }

    static double Share(ItemEvidence.Counts? counts, string feature) =>
        counts is null || counts.Total <= 0 ? 0 : counts.Features.GetValueOrDefault(feature) / counts.Total;

    /// <summary>Each phrase (two characters or more) with the items it names; rarer and longer phrases weigh more.</summary>
    static Dictionary<string, PhraseEntry> PhraseIndex(CatalogItem[] items)
    {
        var byPhrase = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
            foreach (var phrase in CatalogEvidence.Phrases(items[i]).Select(TextNormalizer.PhraseForm).Where(p => p.Length >= 2))
            {
                if (!byPhrase.TryGetValue(phrase, out var list)) byPhrase[phrase] = list = [];
                if (!list.Contains(i)) list.Add(i);
            }
        return byPhrase.ToDictionary(kv => kv.Key,
            kv => new PhraseEntry(kv.Value.ToArray(), (float)(kv.Key.Length * Math.Log((double)items.Length / kv.Value.Count))),
            StringComparer.Ordinal);
    }
}
