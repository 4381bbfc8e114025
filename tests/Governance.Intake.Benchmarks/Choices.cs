using System.Diagnostics;
using Governance.Core.Definitions.Model;
using Governance.Core.Intake.Evaluation;
using Governance.Core.Intake.Model;
using Governance.Core.Intake.Features;

namespace Governance.Intake.Benchmarks;

/// <summary>Each way of ranking items, measured on the dev texts (and on the held-out ones when asked, once, at the end).</summary>
static class Choices
{
    // Irrelevant detail around a text, the way long reports wrap the problem: robustness, not accuracy.
    static readonly string[] Before = ["你好，我是附近的居民，", "昨天下午下班回家路过的时候看到，", "早上送孩子上学发现", "我想反映一个问题，就是", "麻烦问一下，", "今天上午十点左右，在人民路靠近银行那边，"];
    static readonly string[] After = ["，希望有关部门尽快处理，谢谢！", "，已经好几天了，一直没人管。", "，请尽快派人来看看。", "。联系电话我留了，麻烦回个电话", "，太影响生活了"];

    public static void Run(Corpus corpus, bool heldOut)
    {
        var variants = new List<(string Name, Func<IReadOnlyList<CatalogItem>, Func<string, IReadOnlyList<string>>> Build)>
        {
            ("catalog-name search (baseline)", items => { var s = new CatalogNameSearch(items); return t => s.RankCodes(t); }),
            ("shipped: char 1-3 (single 0.6), mixture λ=0.3, phrases 0.5", items => Model(items, CharGrams.Default, ModelParameters.Default)),
            ("  same without the phrase bonus", items => Model(items, CharGrams.Default, ModelParameters.Default with { PhraseWeight = 0 })),
            ("  char 1-2", items => Model(items, new CharGrams(1, 2), ModelParameters.Default)),
            ("  char 2-3", items => Model(items, new CharGrams(2, 3), ModelParameters.Default)),
            ("  single characters at full weight", items => Model(items, new CharGrams(1, 3, 1f), ModelParameters.Default)),
            ("  λ=0.1", items => Model(items, CharGrams.Default, ModelParameters.Default with { Smoothing = 0.1f })),
            ("  λ=0.6", items => Model(items, CharGrams.Default, ModelParameters.Default with { Smoothing = 0.6f })),
            ("  phrases 0.25", items => Model(items, CharGrams.Default, ModelParameters.Default with { PhraseWeight = 0.25f })),
            ("  single characters at 0.3", items => Model(items, new CharGrams(1, 3, 0.3f), ModelParameters.Default)),
            ("  single characters at 1, λ=0.6", items => Model(items, new CharGrams(1, 3, 1f), ModelParameters.Default with { Smoothing = 0.6f })),
            ("  phrases 1.0", items => Model(items, CharGrams.Default, ModelParameters.Default with { PhraseWeight = 1f })),
            ("jieba words, mixture, phrases 0.5", items => Model(items, new JiebaWords(false), ModelParameters.Default)),
            ("jieba words + char 1-3, mixture, phrases 0.5", items => Model(items, new JiebaWords(true), ModelParameters.Default)),
            ("naive Bayes add-0.1, char 1-3", items => { var b = new AdditiveBayes(items, CharGrams.Default); return t => b.RankCodes(t); }),
            ("logistic regression (SGD), char 1-3", items => { var l = Linear.Fit(items, CharGrams.Default); return t => l.RankCodes(t); }),
            ("Microsoft.ML SDCA max-entropy, char 1-3", items => { var m = MlNet.Fit(items); return t => m.RankCodes(t); }),
        };
        Console.WriteLine($"{"model",-50} {"dev top-1",9} {"top-3",6} {"+filler top-1",14} {"top-3",6}{(heldOut ? $" {"held-out top-1",15} {"top-3",6}" : "")} {"fit s",6}");
        foreach (var (name, build) in variants)
        {
            var watch = Stopwatch.StartNew();
            var rankers = new Dictionary<string, Func<string, IReadOnlyList<string>>>();
            Func<string, IReadOnlyList<string>> For(string? county)
            {
                var key = county ?? "";
                if (!rankers.TryGetValue(key, out var r)) rankers[key] = r = build(corpus.ItemsFor(county));
                return r;
            }
            For(null);
            var fit = watch.Elapsed.TotalSeconds;
            var dev = EvaluationResult.Of(corpus.Dev, t => For(t.County)(t.Text));
            var random = new Random(7);
            var filler = EvaluationResult.Of(corpus.Dev, t => For(t.County)(Before[random.Next(Before.Length)] + t.Text + After[random.Next(After.Length)]));
            var line = $"{name,-50} {dev.Top1,9:F3} {dev.Top3,6:F3} {filler.Top1,14:F3} {filler.Top3,6:F3}";
            if (heldOut)
            {
                var h = EvaluationResult.Of(corpus.HeldOut, t => For(t.County)(t.Text));
                line += $" {h.Top1,15:F3} {h.Top3,6:F3}";
            }
            Console.WriteLine($"{line} {fit,6:F1}");
        }
    }

    static Func<string, IReadOnlyList<string>> Model(IReadOnlyList<CatalogItem> items, ITextFeatures features, ModelParameters parameters)
    {
        var model = ItemModel.Compile(items, features, parameters: parameters);
        return text => model.RankCodes(text);
    }
}
