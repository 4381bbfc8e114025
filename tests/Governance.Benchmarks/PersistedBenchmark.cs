using System.Data.Common;
using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Runtime;
using Governance.Storage.Workflows;

namespace Governance.Benchmarks;

/// <summary>Persisted 10-activity runs and resumes per second on a store, beside plain ADO.NET writing the same rows.</summary>
static class PersistedBenchmark
{
    public static async Task RunAsync(string name, EfWorkflowStore store, Func<DbConnection> connect, ActivityRegistry registry, int count, int callers)
    {
        await store.MigrateAsync();
        var runtime = new WorkflowRuntime(store, registry);
        await runtime.PublishAsync(Flows.TenActivities("ten"));
        await runtime.PublishAsync(Flows.WaitForEvent("wait"));
        var baselines = new Baselines(connect);
        await baselines.CreateTablesAsync();
        for (var i = 0; i < 50; i++) { await runtime.StartAsync("ten"); await baselines.RunAsync("warm-" + i); }

        var engineRuns = await Measure.PerSecondAsync(count, callers, _ => runtime.StartAsync("ten"));
        var engineCpu = Measure.LastCpuMicrosPerOp;
        var rawRuns = await Measure.PerSecondAsync(count, callers, i => baselines.RunAsync("run-" + i));
        Measure.Print($"{name}: persisted 10-activity runs/s ({callers} callers)", engineRuns, "runs/s", "raw ADO.NET same rows", rawRuns,
            $"  (client CPU {engineCpu:N0} µs/run vs {Measure.LastCpuMicrosPerOp:N0})");

        var bookmarks = new string[count];
        await Measure.PerSecondAsync(count, callers, async i => bookmarks[i] = (await runtime.StartAsync("wait")).Bookmarks[0].Id);
        for (var i = 0; i < count; i++) await baselines.PrepareWaitingAsync("wait-" + i);
        var engineResumes = await Measure.PerSecondAsync(count, callers, async i =>
        {
            if ((await runtime.ResumeAsync(bookmarks[i])).Status != ResumeStatus.Resumed) throw new InvalidOperationException("resume failed");
        });
        var resumeCpu = Measure.LastCpuMicrosPerOp;
        var rawResumes = await Measure.PerSecondAsync(count, callers, i => baselines.ResumeAsync("wait-" + i));
        Measure.Print($"{name}: resumes/s ({callers} callers)", engineResumes, "resumes/s", "raw ADO.NET same rows", rawResumes,
            $"  (client CPU {resumeCpu:N0} µs/resume vs {Measure.LastCpuMicrosPerOp:N0})");
    }
}
