namespace Governance.Core.Intake.Features;

/// <summary>
/// Turns a text into the features a model counts. The product uses <see cref="CharGrams"/>; the measurement harness
/// plugs in word segmentation (jieba) through the same contract to compare.
/// </summary>
public interface ITextFeatures
{
    /// <summary>A name that says what the features are, kept with a trained model so it is read back with the same ones.</summary>
    string Name { get; }

    /// <summary>Adds the features of <paramref name="text"/> to <paramref name="into"/>, repeats included.</summary>
    void Extract(string text, List<string> into);

    /// <summary>How much a feature weighs against the others (single characters say less than words).</summary>
    float Weight(string feature);
}
