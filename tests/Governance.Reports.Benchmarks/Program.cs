using System.Diagnostics;
using System.Globalization;
using Governance.Reports.Benchmarks;

// Each writer runs in its own child process, so its peak memory is its own; the parent prints one line per writer
// and the ratios against the OpenXML SDK measured in the same run.
//   dotnet run -c Release --project tests/Governance.Reports.Benchmarks -- --rows 1000000 --columns 20
var rows = Arg("--rows", 1_000_000);
var columns = Arg("--columns", 20);
// The in-memory writers hold every cell; they get at most this many rows (their rate is what is compared).
var memoryRows = Arg("--memory-rows", 100_000);
var only = Value("--writer");

if (only is not null)
{
    var path = Path.Combine(Path.GetTempPath(), $"gov-bench-{only}-{Guid.NewGuid():N}.xlsx");
    var watch = Stopwatch.StartNew();
    try
    {
        await Writers.WriteAsync(only, path, rows, columns);
        watch.Stop();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        // CPU seconds beside wall-clock seconds: on a shared, loaded machine they say more about the writer than the clock does.
        Console.WriteLine(Invariant($"writer={only} rows={rows} columns={columns} seconds={watch.Elapsed.TotalSeconds:F2} peak_mb={self.PeakWorkingSet64 / 1048576.0:F0} cpu_seconds={self.TotalProcessorTime.TotalSeconds:F2} file_mb={new FileInfo(path).Length / 1048576.0:F1}"));
        return 0;
    }
    catch (Exception e)
    {
        var root = e;
        while (root.InnerException is not null) root = root.InnerException;
        Console.WriteLine($"writer={only} rows={rows} columns={columns} error={root.GetType().Name}: {root.Message.Split('\n')[0]}");
        return 1;
    }
    finally { if (File.Exists(path)) File.Delete(path); }
}

var rates = new Dictionary<string, double>();
var cpuRates = new Dictionary<string, double>();
foreach (var writer in Writers.Names)
{
    var n = writer is "openxml-dom" or "closedxml" ? Math.Min(rows, memoryRows) : rows;
    var line = RunChild(writer, n, columns);
    Console.WriteLine(line);
    if (Parse(line, "seconds") is { } s && s > 0) rates[writer] = n * (double)columns / s;
    if (Parse(line, "cpu_seconds") is { } cpu && cpu > 0) cpuRates[writer] = n * (double)columns / cpu;
}
if (rates.TryGetValue("openxml-sdk", out var sdk))
    foreach (var (writer, rate) in rates)
        Console.WriteLine(Invariant($"ratio {writer}/openxml-sdk = {rate / sdk:F1}x ({rate / 1e6:F2} M cells/s; by CPU time {cpuRates.GetValueOrDefault(writer) / cpuRates.GetValueOrDefault("openxml-sdk", 1):F1}x)"));
return 0;

string RunChild(string writer, int n, int cols)
{
    var self = Environment.ProcessPath!;
    var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true };
    if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(Writers).Assembly.Location);
    foreach (var a in new[] { "--writer", writer, "--rows", n.ToString(CultureInfo.InvariantCulture), "--columns", cols.ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(a);
    using var p = Process.Start(start)!;
    var output = p.StandardOutput.ReadToEnd();
    var error = p.StandardError.ReadToEnd();
    p.WaitForExit();
    return output.Trim().Length > 0 ? output.Trim() : $"writer={writer} rows={n} columns={cols} error={error.Split('\n')[0]}";
}

static double? Parse(string line, string key) =>
    line.Split(' ').FirstOrDefault(t => t.StartsWith(key + "=", StringComparison.Ordinal)) is { } t
    && double.TryParse(t[(key.Length + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

int Arg(string name, int fallback) => Value(name) is { } v && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i > 0 ? i : fallback;

string? Value(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
