using Governance.Core.Intake.Evaluation;
using Governance.Core.Intake.Features;
using Governance.Core.Intake.Learning;
using Governance.Core.Intake.Model;

namespace Governance.Intake.Benchmarks;

/// <summary>
/// What registrations add: every other dev text (by position) is taken as a registration under its first label, and the
/// rest are suggested for, with the catalog alone and with the learned layer at several strengths.
/// </summary>
static class LearningCurve
{
    public static void Run(Corpus corpus)
    {
        var items = corpus.ItemsFor(null);
        var texts = corpus.Dev.Where(t => t.County is null).ToList();
        var taught = texts.Where((_, i) => i % 2 == 0).ToList();
        var asked = texts.Where((_, i) => i % 2 == 1).ToList();
        var examples = taught.Select((t, i) => new IntakeExample($"e{i}", $"c{i}", "990102", "990102001001001", "app", t.Text, t.Items[0], t.Items[0],
            DateTimeOffset.UnixEpoch.AddMinutes(i))).ToList();
        var learned = LearnedLayer.From(examples, CharGrams.Default);
        Console.WriteLine($"learning: {taught.Count} dev texts registered, {asked.Count} others asked");
        void Line(string name, ItemModel model)
        {
            var r = EvaluationResult.Of(asked, t => model.RankCodes(t.Text));
            Console.WriteLine($"{name,-40} top-1 {r.Top1:F3}  top-3 {r.Top3:F3}");
        }
        Line("catalog only", ItemModel.Compile(items, CharGrams.Default));
        foreach (var m in new[] { 5f, 10f, 20f, 40f })
            foreach (var prior in new[] { 0f, 0.5f })
                Line($"learned, strength m={m}, prior {prior}", ItemModel.Compile(items, CharGrams.Default, learned,
                    ModelParameters.Default with { LearnedStrength = m, PriorWeight = prior }));
    }
}
