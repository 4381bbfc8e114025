using Governance.Core.Definitions.Model;
using Governance.Core.Intake.Model;
using Governance.Core.Intake.Features;

namespace Governance.Intake.Benchmarks;

/// <summary>Textbook multinomial naive Bayes with add-α smoothing over the same features, for comparison with the shipped mixture.</summary>
sealed class AdditiveBayes(IReadOnlyList<CatalogItem> catalog, ITextFeatures features, float alpha = 0.1f)
{
    readonly ItemEvidence evidence = CatalogEvidence.From(catalog, features);
    readonly HashSet<string> vocabulary = CatalogEvidence.From(catalog, features).Items.Values.SelectMany(c => c.Features.Keys).ToHashSet();

    public IReadOnlyList<string> RankCodes(string text, int limit = 3)
    {
        var found = new List<string>();
        features.Extract(text, found);
        found.RemoveAll(f => !vocabulary.Contains(f));
        return catalog.Select(item =>
        {
            var counts = evidence.Items[item.Code];
            var score = found.Sum(f => features.Weight(f) * Math.Log((counts.Features.GetValueOrDefault(f) + alpha) / (counts.Total + alpha * vocabulary.Count)));
            return (item.Code, score);
        }).OrderByDescending(x => x.score).Take(limit).Select(x => x.Code).ToList();
    }
}
