using System.Diagnostics;

namespace Governance.Benchmarks;

static class Measure
{
    /// <summary>Runs <paramref name="body"/> repeatedly for about <paramref name="duration"/>; returns operations per second.</summary>
    public static double PerSecond(TimeSpan duration, Func<int> body)
    {
        body(); // warm-up
        var ops = 0L;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration) ops += body();
        return ops / watch.Elapsed.TotalSeconds;
    }

    /// <summary>CPU time this process spent per operation in the last <see cref="PerSecondAsync"/>, in microseconds (load-independent).</summary>
    public static double LastCpuMicrosPerOp { get; private set; }

    /// <summary>Runs <paramref name="count"/> operations with <paramref name="parallelism"/> concurrent callers; returns operations per second.</summary>
    public static async Task<double> PerSecondAsync(int count, int parallelism, Func<int, Task> operation)
    {
        var next = -1;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallelism).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count) await operation(i);
        }));
        var elapsed = watch.Elapsed;
        LastCpuMicrosPerOp = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / count;
        return count / elapsed.TotalSeconds;
    }

    public static void Print(string what, double value, string unit, string baselineName, double baseline, string? extra = null)
    {
        Console.WriteLine($"{what,-52} {value,10:N0} {unit,-10} baseline {baselineName}: {baseline,10:N0}  ratio {value / baseline:0.00}{extra}");
    }
}
