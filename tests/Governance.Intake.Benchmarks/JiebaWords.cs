using Governance.Core.Intake.Features;
using JiebaNet.Segmenter;

namespace Governance.Intake.Benchmarks;

/// <summary>Words from jieba's segmentation (its own dictionary, HMM for unknown words), optionally with character n-grams.</summary>
sealed class JiebaWords(bool withCharGrams) : ITextFeatures
{
    static readonly JiebaSegmenter Segmenter = new();
    readonly CharGrams grams = new(1, 3);

    public string Name => withCharGrams ? "jieba+char1-3" : "jieba";

    public void Extract(string text, List<string> into)
    {
        var normalized = TextNormalizer.Normalize(text);
        lock (Segmenter) // jieba's segmenter is not documented as thread-safe
            foreach (var word in Segmenter.Cut(normalized, cutAll: false, hmm: true))
                if (!string.IsNullOrWhiteSpace(word)) into.Add("w:" + word);
        if (withCharGrams) grams.Extract(text, into);
    }

    public float Weight(string feature) => feature.StartsWith("w:", StringComparison.Ordinal)
        ? (feature.Length == 3 ? 0.3f : 1f)
        : grams.Weight(feature);
}
