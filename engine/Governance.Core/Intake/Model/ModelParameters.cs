namespace Governance.Core.Intake.Model;

/// <summary>
/// The knobs of <see cref="ItemModel"/>, chosen on the dev texts (README, "Intake suggestions"). They are data of a
/// model version, so a version keeps answering the same way after the defaults change.
/// </summary>
/// <param name="Smoothing">λ: how far an item's own feature distribution counts against the background of all texts.</param>
/// <param name="PhraseWeight">How much a name, keyword or synonym found whole in the text adds, per character and rarity.</param>
/// <param name="LearnedStrength">m: after m registrations of an item, what the center wrote weighs as much as its catalog phrases.</param>
/// <param name="PriorWeight">How much an item's share of registrations counts (0 while there are none).</param>
/// <param name="Temperature">Divides scores before they become confidences that sum to one.</param>
public sealed record ModelParameters(
    float Smoothing = 0.3f,
    float PhraseWeight = 0.5f,
    float LearnedStrength = 20f,
    float PriorWeight = 0.5f,
    float Temperature = 3f)
{
    public static readonly ModelParameters Default = new();
}
