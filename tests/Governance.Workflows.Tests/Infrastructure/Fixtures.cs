using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Model;
using Governance.Core.Workflows.Persistence;
using Governance.Core.Workflows.Runtime;
using Governance.Core.Workflows.Serialization;

namespace Governance.Workflows.Tests.Infrastructure;

public static class Fixtures
{
    public static string Path(string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "Elsa3", file);

    public static string Json(string file) => File.ReadAllText(Path(file));

    public static WorkflowDefinition Elsa(string file) => ElsaJsonReader.Read(Json(file));

    public static string[] AllElsaFiles() =>
        Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "Elsa3"), "*.json").Select(System.IO.Path.GetFileName).Order().ToArray()!;

    /// <summary>
    /// Script time limits are wall-clock time; on a machine loaded by other suites a 2 s limit can cut a trivial
    /// script short, so tests allow 20 s unless they test the limit itself.
    /// </summary>
    public static readonly RuntimeOptions Relaxed = new() { Sandbox = new Governance.Core.Expressions.SandboxOptions { Timeout = TimeSpan.FromSeconds(20) } };

    public static WorkflowRuntime Runtime(IWorkflowStore? store = null, TimeProvider? clock = null, RuntimeOptions? options = null, ActivityRegistry? registry = null) =>
        new(store ?? new InMemoryWorkflowStore(), registry ?? ActivityRegistry.CreateDefault(), clock ?? new ManualClock(), options ?? Relaxed);

    /// <summary>Publishes the definition and starts it.</summary>
    public static async Task<RunResult> PublishAndStart(this WorkflowRuntime runtime, WorkflowDefinition definition, StartOptions? options = null)
    {
        var (published, errors) = await runtime.PublishAsync(definition);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return await runtime.StartAsync(published!.DefinitionId, options);
    }

    public static async Task<IReadOnlyList<string>> Lines(this WorkflowRuntime runtime, string instanceId) =>
        (await runtime.Store.GetJournalAsync(instanceId)).Where(j => j.Kind == "WriteLine").Select(j => j.Text ?? "").ToList();
}
