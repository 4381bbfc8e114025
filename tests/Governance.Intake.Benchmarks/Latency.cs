using System.Diagnostics;
using Governance.Core.Intake.Evaluation;
using Governance.Core.Intake.Learning;
using Governance.Core.Intake.Model;
using Governance.Core.Intake.Suggestions;

namespace Governance.Intake.Benchmarks;

/// <summary>
/// Time per suggestion on one core (the process pinned to core 0), p50/p95/p99 over the dev texts many times over:
/// the catalog-name search it replaces, the catalog-only model through the suggester, and a county model whose learned
/// layer holds 20,000 registrations (the most a version is fitted on), all in the same run.
/// </summary>
static class Latency
{
    const int Rounds = 20;

    public static void Run(Corpus corpus)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1;
        var texts = corpus.Dev.Select(t => t.Text).ToList();
        var package = corpus.Definitions.For("990102");

        var search = new CatalogNameSearch(package.Items);
        var plain = new IntakeSuggester(new InMemoryIntakeStore());
        var store = new InMemoryIntakeStore();
        var random = new Random(3);
        var start = DateTimeOffset.UtcNow.AddDays(-100);
        for (var n = 0; n < ModelTrainer.ExampleLimit; n++)
        {
            var t = corpus.Dev[random.Next(corpus.Dev.Count)];
            store.Add(new IntakeExample($"e{n}", $"c{n}", "990102", "990102001001001", "hotline", t.Text + " " + texts[random.Next(texts.Count)],
                t.Items[0], t.Items[0], start.AddMinutes(n)));
        }
        var watch = Stopwatch.StartNew();
        new ModelTrainer(store, TimeProvider.System).TrainAsync("990102", package.Items, null).GetAwaiter().GetResult();
        var trained = watch.Elapsed;
        var learned = new IntakeSuggester(store);

        Console.WriteLine($"suggestion latency, one core, {texts.Count} texts × {Rounds} (training 20,000 registrations took {trained.TotalSeconds:F1} s)");
        Console.WriteLine($"{"path",-58} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"per s",9}");
        Measure("catalog-name search (baseline)", texts, t => search.RankCodes(t));
        Measure("model, catalog only, via the suggester", texts, t => plain.SuggestAsync(package, "990102", t).GetAwaiter().GetResult());
        Measure("model with 20,000 learned registrations, via the suggester", texts, t => learned.SuggestAsync(package, "990102", t).GetAwaiter().GetResult());
    }

    static void Measure(string name, IReadOnlyList<string> texts, Action<string> suggest)
    {
        foreach (var t in texts) suggest(t); // warm up: JIT, caches, the model compiled
        var times = new List<double>(texts.Count * Rounds);
        var total = Stopwatch.StartNew();
        for (var r = 0; r < Rounds; r++)
            foreach (var t in texts)
            {
                var started = Stopwatch.GetTimestamp();
                suggest(t);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        var rate = times.Count / total.Elapsed.TotalSeconds;
        times.Sort();
        double P(double q) => times[(int)Math.Min(times.Count - 1, q * times.Count)];
        Console.WriteLine($"{name,-58} {P(0.50),8:F3} {P(0.95),8:F3} {P(0.99),8:F3} {rate,9:N0}");
    }
}
