using Governance.Intake.Benchmarks;

// choices [--heldout]: the model variants on the dev texts (held-out only when asked: it is measured once, at the end).
// latency: suggestions per text on one core, p50/p95/p99, beside the catalog-name search in the same run.
var mode = args.FirstOrDefault() ?? "all";
var corpus = Corpus.Load();
Console.WriteLine($"{corpus.Dev.Count} dev texts, {corpus.HeldOut.Count} held-out texts, {corpus.Definitions.City!.Items.Count} items");
if (mode is "choices" or "all") Choices.Run(corpus, args.Contains("--heldout"));
if (mode is "latency" or "all") Latency.Run(corpus);
if (mode is "misses") Misses.Run(corpus);
if (mode is "calibrate") Calibration.Run(corpus);
if (mode is "learning") LearningCurve.Run(corpus);
