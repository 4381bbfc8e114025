using System.Text.Json;
using Governance.Core.Messages;
using Governance.Core.Definitions.Model;
using Governance.Core.Intake.Evaluation;
using Governance.Core.Intake.Model;
using Governance.Core.Intake.Features;

namespace Governance.Core.Intake.Learning;

/// <summary>
/// Trains a county's next version: the most recent fifth of its registrations (10 to 500) is held out, the recipe is
/// fitted on the rest and measured on them beside the catalog-only model, and then fitted on all of them, so the
/// version knows the latest corrections. It becomes active unless it did worse than the catalog alone on the held-out
/// cases; an administrator can switch to any version.
/// </summary>
public sealed class ModelTrainer(IIntakeStore store, TimeProvider clock)
{
    /// <summary>The most recent registrations a version is fitted on.</summary>
    public const int ExampleLimit = 20_000;

    /// <summary>Below this many registrations nothing is held out: too few to say anything.</summary>
    public const int MinimumForHeldOut = 20;

    public static readonly ITextFeatures Features = CharGrams.Default;

    /// <summary>The new version, or null when another server stored the same version number first.</summary>
    public async Task<ModelVersion?> TrainAsync(string county, IReadOnlyList<CatalogItem> items, string? by, CancellationToken ct = default)
    {
        var codes = items.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var examples = (await store.ExamplesAsync(county, ExampleLimit, ct)).Where(e => codes.Contains(e.Item)).ToList();
        var parameters = ModelParameters.Default;
        var catalogEvidence = CatalogEvidence.From(items, Features);

        var heldOut = examples.Count >= MinimumForHeldOut ? Math.Clamp(examples.Count / 5, 10, 500) : 0;
        EvaluationResult? learned = null, catalogOnly = null;
        if (heldOut > 0)
        {
            var cases = examples.Skip(examples.Count - heldOut).Select(e => new LabelledText(e.Text, [e.Item])).ToList();
            var candidate = ItemModel.Compile(items, Features, LearnedLayer.From(examples.Take(examples.Count - heldOut), Features), parameters, catalogEvidence);
            var baseline = ItemModel.Compile(items, Features, null, parameters, catalogEvidence);
            learned = EvaluationResult.Of(cases, t => candidate.RankCodes(t.Text));
            catalogOnly = EvaluationResult.Of(cases, t => baseline.RankCodes(t.Text));
        }
        var worse = learned is not null && (learned.Top3 < catalogOnly!.Top3 || learned.Top1 < catalogOnly.Top1 - 0.02);
        var note = heldOut == 0 ? Text.Format("INTAKE-MODEL-NOT-MEASURED", MinimumForHeldOut)
            : worse ? Text.Format("INTAKE-MODEL-WORSE") : null;

        var previous = await store.VersionsAsync(county, ct);
        var version = new ModelVersion(county, previous.Count == 0 ? 1 : previous.Max(v => v.Version) + 1, clock.GetUtcNow(), by,
            examples.Count, heldOut, learned?.Top1, learned?.Top3, catalogOnly?.Top1, catalogOnly?.Top3, Active: !worse,
            Features.Name, JsonSerializer.Serialize(parameters), examples.LastOrDefault()?.At, note)
        {
            Payload = LearnedLayer.Write(LearnedLayer.From(examples, Features)),
        };
        return await store.AddAsync(version, ct) ? version : null;
    }

    /// <summary>Whether a county has gained at least <paramref name="threshold"/> registrations since its latest version.</summary>
    public async Task<bool> IsDueAsync(string county, int threshold, CancellationToken ct = default)
    {
        var latest = (await store.VersionsAsync(county, ct)).FirstOrDefault();
        return await store.CountExamplesAsync(county, latest?.LastExampleAt, ct) >= threshold;
    }
}
