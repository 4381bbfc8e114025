namespace Governance.Core.Intake.Features;

/// <summary>
/// Character n-grams of the normalized text, within each run between punctuation. Chinese is written without spaces
/// and people misspell (拉圾, 井概), so overlapping grams find 垃圾 in 拉圾桶 满了 without a dictionary.
/// Single characters weigh less: 路, 车, 人 occur in half the catalog.
/// </summary>
public sealed class CharGrams(int min = 1, int max = 3, float unigramWeight = 0.6f) : ITextFeatures
{
    public static readonly CharGrams Default = new();

    public string Name => $"char{min}-{max}";

    public void Extract(string text, List<string> into)
    {
        var normalized = TextNormalizer.Normalize(text);
        foreach (var run in normalized.Split(TextNormalizer.Separator, StringSplitOptions.RemoveEmptyEntries))
            for (var n = min; n <= max; n++)
                for (var i = 0; i + n <= run.Length; i++)
                    into.Add(run.Substring(i, n));
    }

    public float Weight(string feature) => feature.Length == 1 ? unigramWeight : 1f;
}
