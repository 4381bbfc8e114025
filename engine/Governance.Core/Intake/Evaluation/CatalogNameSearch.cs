using Governance.Core.Definitions.Model;

namespace Governance.Core.Intake.Evaluation;

/// <summary>
/// The search the suggestions replace, as the public page did it (designer/src/model/catalogSearch.ts): every word of
/// the text scores on the item's name and keywords, and a keyword or name contained in the text scores too. Kept
/// as the baseline every measurement prints beside the model's figures.
/// </summary>
public sealed class CatalogNameSearch(IReadOnlyList<CatalogItem> items)
{
    public IReadOnlyList<string> RankCodes(string text, int limit = 3)
    {
        var t = text.Trim();
        if (t.Length == 0) return [];
        var words = t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var hits = new List<(CatalogItem Item, int Score)>();
        foreach (var item in items)
        {
            var score = 0;
            foreach (var w in words)
            {
                if (item.Name.Contains(w, StringComparison.Ordinal)) score += 3;
                if (item.Keywords.Any(k => k.Contains(w, StringComparison.Ordinal))) score += 2;
            }
            foreach (var k in item.Keywords)
                if (k.Length > 1 && t.Contains(k, StringComparison.Ordinal)) score += 2;
            if (t.Contains(item.Name, StringComparison.Ordinal)) score += 3;
            if (score > 0) hits.Add((item, score));
        }
        return hits.OrderByDescending(h => h.Score).ThenBy(h => h.Item.Code, StringComparer.Ordinal)
            .Take(limit).Select(h => h.Item.Code).ToList();
    }
}
