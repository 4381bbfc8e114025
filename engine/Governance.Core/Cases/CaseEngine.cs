using Governance.Core.Cases.Services;
using Governance.Core.Definitions;
using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Persistence;
using Governance.Core.Workflows.Runtime;

namespace Governance.Core.Cases;

/// <summary>The runtime, the loop's activities and the case service wired together, on whatever stores the host gives.</summary>
public static class CaseEngine
{
    /// <summary>
    /// The services activities ask the runtime for: the package, the case intake plugins report through (once the case
    /// service exists), then whatever the host adds (an HttpClient for outbound calls…).
    /// </summary>
    public sealed class Services(DefinitionSet definitions, IServiceProvider? next = null) : IServiceProvider
    {
        /// <summary>Set when the case service is made (it needs the runtime these services belong to).</summary>
        public CaseService? Cases { get; set; }

        public object? GetService(Type serviceType) =>
            serviceType == typeof(DefinitionSet) ? definitions
            : serviceType == typeof(Governance.Sdk.Cases.ICaseIntake) ? Cases is { } cases ? new CaseIntake(cases) : null
            : next?.GetService(serviceType);
    }

    public static WorkflowRuntime Runtime(IWorkflowStore store, DefinitionSet definitions, TimeProvider clock, ActivityRegistry? registry = null, RuntimeOptions? options = null) =>
        new(store, registry ?? ActivityRegistry.CreateDefault(), clock,
            (options ?? new RuntimeOptions()) with { Services = new Services(definitions, options?.Services) });

    /// <summary>Everything in memory: for tests, the CLI and benchmarks. Publishes the flows of the package.</summary>
    public static async Task<CaseService> InMemoryAsync(DefinitionSet definitions, TimeProvider clock, CancellationToken ct = default)
    {
        var workflows = new InMemoryWorkflowStore();
        var runtime = Runtime(workflows, definitions, clock);
        var cases = new InMemoryCaseStore();
        var service = new CaseService(cases, runtime, definitions, clock);
        if (runtime.Options.Services is Services services) services.Cases = service;
        cases.AttachTo(workflows, service.Projector, clock);
        await WorkflowPublisher.PublishFolderAsync(runtime, Path.Combine(definitions.Root, "workflows"), ct);
        return service;
    }
}
