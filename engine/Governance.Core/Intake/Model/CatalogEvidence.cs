using Governance.Core.Definitions.Model;
using Governance.Core.Intake.Features;

namespace Governance.Core.Intake.Model;

/// <summary>What a catalog says about its items before anyone registers a case: their names, keywords and synonyms.</summary>
public static class CatalogEvidence
{
    /// <summary>The phrases that name an item, the name first.</summary>
    public static IEnumerable<string> Phrases(CatalogItem item) =>
        new[] { item.Name }.Concat(item.Keywords).Concat(item.Synonyms).Distinct(StringComparer.Ordinal);

    public static ItemEvidence From(IEnumerable<CatalogItem> items, ITextFeatures features)
    {
        var evidence = new ItemEvidence();
        var buffer = new List<string>();
        foreach (var item in items)
        {
            evidence.For(item.Code);
            foreach (var phrase in Phrases(item))
            {
                buffer.Clear();
                features.Extract(phrase, buffer);
                evidence.Add(item.Code, buffer, isExample: false);
            }
        }
        return evidence;
    }
}
