using Governance.Core.Intake.Model;
using Governance.Core.Intake.Features;

namespace Governance.Intake.Benchmarks;

/// <summary>
/// Picks the temperature that turns scores into confidences: with it, the first suggestion's confidence is on average
/// what share of first suggestions are right on the dev texts, in bands of confidence.
/// </summary>
static class Calibration
{
    public static void Run(Corpus corpus)
    {
        foreach (var temperature in new[] { 1f, 2f, 3f, 5f, 8f, 12f })
        {
            var parameters = ModelParameters.Default with { Temperature = temperature };
            var models = new Dictionary<string, ItemModel>();
            var bands = new (int N, int Right, double Sum)[5];
            foreach (var t in corpus.Dev)
            {
                var key = t.County ?? "";
                if (!models.TryGetValue(key, out var model)) models[key] = model = ItemModel.Compile(corpus.ItemsFor(t.County), CharGrams.Default, parameters: parameters);
                var top = model.Rank(t.Text, 1)[0];
                var band = Math.Min(4, (int)(top.Confidence * 5));
                bands[band] = (bands[band].N + 1, bands[band].Right + (t.Items.Contains(top.Item.Code) ? 1 : 0), bands[band].Sum + top.Confidence);
            }
            Console.WriteLine($"τ={temperature,4}: " + string.Join("  ", bands.Select((b, i) =>
                $"[{i * 0.2:F1}-{(i + 1) * 0.2:F1}) n={b.N,3} conf={(b.N == 0 ? 0 : b.Sum / b.N):F2} right={(b.N == 0 ? 0 : (double)b.Right / b.N):F2}")));
        }
    }
}
