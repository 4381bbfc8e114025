using System.Diagnostics;
using System.Text.Json.Nodes;
using Governance.Core.Forms.Loading;
using Governance.Core.Forms.Model;
using Governance.Core.Forms.Runtime;
using Governance.Forms.Benchmarks;

// Submissions validated per second of CPU time on one thread (per core), for a 40-field form with 10 expressions, printed
// beside two baselines measured in the same run: the same form without expressions, and plain JSON parsing of
// the same submissions. Usage: dotnet run -c Release --project tests/Governance.Forms.Benchmarks [seconds per figure]
var seconds = args.Length > 0 && double.TryParse(args[0], out var s) ? s : 2;
var submissions = BenchmarkForm.Submissions(1000);

CompiledForm Compile(bool expressions)
{
    var (form, problems) = FormFiles.Parse(BenchmarkForm.Json(expressions));
    if (form is null) throw new InvalidOperationException(string.Join("\n", problems));
    return new FormValidators(new FormLibrary([form])).Compile(form);
}

var withExpressions = Compile(true);
var plain = Compile(false);
var expressionCount = withExpressions.Definition.Fields.Sum(f => (f.Visible.IsDynamic ? 1 : 0) + (f.Required.IsDynamic ? 1 : 0)
    + (f.ReadOnly.IsDynamic ? 1 : 0) + (f.Calculate is null ? 0 : 1) + f.Rules.Count);

var valid = submissions.Count(x => withExpressions.Validate(new FormSubmission("any", JsonNode.Parse(x))).IsValid);
Console.WriteLine($"form: {withExpressions.Definition.Fields.Count} fields, {expressionCount} expressions; {submissions.Count} distinct submissions, {valid} valid");

// Each figure is the best of three interleaved rounds after a warm-up: the machine is shared, and another
// process taking the core for a moment should not count against one workload more than another.
(string Name, Action<string> Work)[] workloads =
[
    ("baseline: JSON parse only", x => JsonNode.Parse(x)),
    ("baseline: same form, no expressions", x => plain.Validate(new FormSubmission("any", JsonNode.Parse(x)))),
    ("40 fields, 10 expressions (parse + validate)", x => withExpressions.Validate(new FormSubmission("any", JsonNode.Parse(x)))),
];
var best = new double[workloads.Length];
foreach (var (_, work) in workloads) Run(work, 1); // warm up: JIT tiers, the per-thread engine
for (var round = 0; round < 3; round++)
    for (var w = 0; w < workloads.Length; w++) best[w] = Math.Max(best[w], Run(workloads[w].Work, seconds));
for (var w = 0; w < workloads.Length; w++)
    Console.WriteLine($"{workloads[w].Name,-46} {best[w],10:N0} /s   {1e6 / best[w],7:N1} µs each");
var (parse, noExpressions, full) = (best[0], best[1], best[2]);
Console.WriteLine($"ratio: with expressions / no expressions = {full / noExpressions:0.00}; with expressions / parse only = {full / parse:0.000}");
Console.WriteLine($"goal >= 20,000 /s per core: {(full >= 20_000 ? "met" : "NOT met")} (one thread; {Environment.ProcessorCount} logical cores here, load average {LoadAverage()})");

// Per second of CPU time this process used (the work thread, plus GC and JIT), not of wall time: per core, and
// not lowered when other processes share the machine.
double Run(Action<string> work, double forSeconds)
{
    var n = 0;
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed.TotalSeconds < forSeconds)
        for (var i = 0; i < 100; i++) work(submissions[n++ % submissions.Count]);
    process.Refresh();
    return n / (process.TotalProcessorTime - cpu).TotalSeconds;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
