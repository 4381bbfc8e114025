using System.Diagnostics;
using Governance.Core.Expressions;
using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Persistence;
using Governance.Core.Workflows.Runtime;

namespace Governance.Benchmarks;

/// <summary>Activity executions per second on one core: the executor alone, and the whole runtime on the in-memory store.</summary>
static class InMemoryBenchmark
{
    public static async Task RunAsync(ActivityRegistry registry, int seconds)
    {
        var process = Process.GetCurrentProcess();
        var allCores = Affinity.Pin(process, 1);
        var ten = WorkflowCompiler.Compile(Flows.TenActivities("ten"), registry);
        var sandbox = new JavaScriptSandbox();
        var services = new EmptyServices();
        var now = DateTimeOffset.UtcNow;
        var check = new Burst(ten, Burst.NewInstance(ten, "check", null, null, now), TimeProvider.System, sandbox, services);
        await check.RunAsync();
        if (check.State.Status != InstanceStatus.Finished || check.Executed != 10 || check.JournalEntries.Count(j => j.Kind == "WriteLine") != 4)
            throw new InvalidOperationException("the benchmark flow did not run as expected");

        var engine = Measure.PerSecond(TimeSpan.FromSeconds(seconds), () =>
        {
            var burst = new Burst(ten, Burst.NewInstance(ten, "i", null, null, now), TimeProvider.System, sandbox, services);
            burst.RunAsync().GetAwaiter().GetResult();
            return burst.Executed;
        });
        var baseline = Measure.PerSecond(TimeSpan.FromSeconds(seconds), HandCodedTenSteps);
        Measure.Print("in-memory activity executions/s (1 core)", engine, "exec/s", "hand-coded C# steps", baseline);

        var scripted = WorkflowCompiler.Compile(Flows.TenScripted("scripted"), registry);
        var scriptCheck = new Burst(scripted, Burst.NewInstance(scripted, "check", null, null, now), TimeProvider.System, sandbox, services);
        await scriptCheck.RunAsync();
        if (scriptCheck.State.Status != InstanceStatus.Finished || scriptCheck.JournalEntries.LastOrDefault(j => j.Kind == "WriteLine")?.Text != "第4步")
            throw new InvalidOperationException("the scripted benchmark flow did not run as expected: " + scriptCheck.State.Fault?.Message);
        var withScripts = Measure.PerSecond(TimeSpan.FromSeconds(seconds), () =>
        {
            var burst = new Burst(scripted, Burst.NewInstance(scripted, "i", null, null, now), TimeProvider.System, sandbox, services);
            burst.RunAsync().GetAwaiter().GetResult();
            return burst.Executed;
        });
        Measure.Print("  … 4 JavaScript + 4 Liquid inputs in the ten", withScripts, "exec/s", "literal inputs", engine);

        var runtime = new WorkflowRuntime(new InMemoryWorkflowStore(), registry);
        await runtime.PublishAsync(Flows.TenActivities("ten"));
        var viaRuntime = Measure.PerSecond(TimeSpan.FromSeconds(seconds), () => runtime.StartAsync("ten").GetAwaiter().GetResult().Executed);
        Measure.Print("  … through WorkflowRuntime + in-memory store", viaRuntime, "exec/s", "executor alone", engine);
        Affinity.Pin(process, allCores);
    }

    static int HandCodedTenSteps()
    {
        // The same ten steps written as plain C#: journal lines with timestamps and a variable in a dictionary.
        var journal = new List<(DateTimeOffset, string)>();
        var variables = new Dictionary<string, object?>();
        journal.Add((DateTimeOffset.UtcNow, "Started"));
        for (var i = 1; i <= 8; i++)
            if (i % 2 == 1) journal.Add((DateTimeOffset.UtcNow, "第" + i + "步"));
            else variables["Step"] = "值" + i;
        journal.Add((DateTimeOffset.UtcNow, "Finished"));
        return 10; // ten steps, as the engine's ten activities
    }

    sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
