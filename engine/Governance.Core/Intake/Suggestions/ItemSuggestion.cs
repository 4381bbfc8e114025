namespace Governance.Core.Intake.Suggestions;

/// <summary>One suggested item: its code, name and category, its score, how sure the model is (0–1), and the words that spoke for it.</summary>
public sealed record ItemSuggestion(string Code, string Name, string Category, string CategoryName, float Score, float Confidence,
    IReadOnlyList<string> Matched);

/// <summary>The suggestions for a text, best first, and the model that made them: the county's learned version, or none (the catalog alone).</summary>
public sealed record SuggestionResult(IReadOnlyList<ItemSuggestion> Items, string? County, int? ModelVersion);
