using System.Diagnostics;

namespace Governance.Benchmarks;

static class Affinity
{
    /// <summary>Restricts the process to the given cores (a bit mask) where the OS allows it; returns the previous mask.</summary>
    public static nint Pin(Process process, nint mask)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows()) return mask;
        var previous = process.ProcessorAffinity;
        process.ProcessorAffinity = mask;
        return previous;
    }
}
