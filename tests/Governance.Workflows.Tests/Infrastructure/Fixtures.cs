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

    public static WorkflowRuntime Runtime(IWorkflowStore? store = null, TimeProvider? clock = null, RuntimeOptions? options = null, ActivityRegistry? registry = null) =>
        new(store ?? new InMemoryWorkflowStore(), registry ?? ActivityRegistry.CreateDefault(), clock ?? new ManualClock(), options);

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
