using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Governance.Workflows.Tests.Infrastructure;

/// <summary>Starts the test assembly as a separate OS process running a worker command.</summary>
public sealed class WorkerProcess : IDisposable
{
    readonly Process process;
    readonly List<string> stderr = [];

    WorkerProcess(Process process) => this.process = process;

    public static WorkerProcess Start(params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var psi = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(typeof(WorkerProcess).Assembly.Location);
        psi.ArgumentList.Add("worker");
        foreach (var a in args) psi.ArgumentList.Add(a);
        var worker = new WorkerProcess(Process.Start(psi)!);
        worker.process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (worker.stderr) worker.stderr.Add(e.Data); };
        worker.process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Runs a worker to its end; returns its exit code and the JSON lines it printed.</summary>
    public static async Task<(int ExitCode, List<JsonObject> Lines)> RunAsync(TimeSpan timeout, params string[] args)
    {
        using var worker = Start(args);
        var lines = new List<JsonObject>();
        using var cts = new CancellationTokenSource(timeout);
        while (await worker.process.StandardOutput.ReadLineAsync(cts.Token) is { } line)
            if (line.StartsWith('{')) lines.Add(JsonNode.Parse(line)!.AsObject());
        await worker.process.WaitForExitAsync(cts.Token);
        return (worker.process.ExitCode, lines);
    }

    public async Task<JsonObject> ReadLineAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(cts.Token)
                ?? throw new InvalidOperationException("worker ended early: " + string.Join("\n", stderr));
            if (line.StartsWith('{')) return JsonNode.Parse(line)!.AsObject();
        }
    }

    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
    }
}
