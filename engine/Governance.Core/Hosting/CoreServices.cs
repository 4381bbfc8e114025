using Governance.Core.Cases;
using Governance.Core.Cases.Services;
using Governance.Core.Packages;
using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Persistence;
using Governance.Core.Workflows.Plugins;
using Governance.Core.Workflows.Runtime;
using Governance.Sdk.Cases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Governance.Core.Hosting;

/// <summary>The plugins the activity registry loaded, with their channels (or why each was refused).</summary>
public sealed class LoadedPlugins
{
    public IReadOnlyList<PluginLoadResult> Results { get; internal set; } = [];
}

/// <summary>
/// How a host composes the engine: <c>services.AddGovernanceCore()</c>, then the stores (in memory here, or
/// <c>AddGovernanceStorage</c> on a database). The workflow runtime asks the container for what activities need.
/// </summary>
public static class CoreServices
{
    public static IServiceCollection AddGovernanceCore(this IServiceCollection services, Action<GovernanceCoreOptions>? configure = null)
    {
        var options = new GovernanceCoreOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<LoadedPlugins>();
        services.AddSingleton(sp =>
        {
            var registry = ActivityRegistry.CreateDefault();
            if (options.Plugins is { } folder) sp.GetRequiredService<LoadedPlugins>().Results = PluginLoader.LoadFrom(folder, registry, options.PluginSettings);
            return registry;
        });
        services.AddSingleton(sp => new PackageLoadOptions
        {
            Activities = sp.GetRequiredService<ActivityRegistry>(), Clock = sp.GetRequiredService<TimeProvider>(),
            RequiredWorkflows = [CaseService.LoopDefinitionId],
        });
        services.AddSingleton(_ => new PackageProvider());
        services.AddSingleton<IPackageProvider>(sp => sp.GetRequiredService<PackageProvider>());
        services.AddSingleton<PackageApplier>();
        services.AddSingleton<Packages.Admin.PackageAdmin>();

        services.AddSingleton(sp => new WorkflowRuntime(sp.GetRequiredService<IWorkflowStore>(), sp.GetRequiredService<ActivityRegistry>(),
            sp.GetRequiredService<TimeProvider>(), options.Runtime with { Services = sp }));
        services.AddSingleton(sp => new TimerScheduler(sp.GetRequiredService<WorkflowRuntime>()));
        services.AddSingleton(sp => new CaseFlows(sp.GetRequiredService<WorkflowRuntime>(), sp.Plugins().SelectMany(p => p.Workflows).ToList()));
        services.AddSingleton<IPackageListener>(sp => sp.GetRequiredService<CaseFlows>());

        // Plugins hear when a case ends for its reporter (a hotline connector replying to its platform) in the commit that ends it.
        services.AddSingleton(sp => new CaseProjector(sp.GetRequiredService<IPackageProvider>(), sp.Plugins().SelectMany(p => p.ClosureSubscribers).ToList()));
        services.TryAddSingleton(ICaseAudit.None);
        services.AddSingleton(sp => new CaseService(sp.GetRequiredService<ICaseStore>(), sp.GetRequiredService<WorkflowRuntime>(),
            sp.GetRequiredService<IPackageProvider>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ICaseAudit>())
            { NotificationChannel = options.NotificationChannel });
        // What a plugin's activity reports a case through (IActivityContext.Services): the same checks and loop as any intake.
        services.AddSingleton<ICaseIntake>(sp => new CaseIntake(sp.GetRequiredService<CaseService>()));
        return services;
    }

    /// <summary>The plugins the activity registry loaded (it loads them when first asked for).</summary>
    public static IReadOnlyList<PluginLoadResult> Plugins(this IServiceProvider services)
    {
        _ = services.GetRequiredService<ActivityRegistry>();
        return services.GetRequiredService<LoadedPlugins>().Results;
    }

    /// <summary>Stores in memory: for tests, the command line and benchmarks.</summary>
    public static IServiceCollection AddGovernanceInMemoryStores(this IServiceCollection services)
    {
        services.AddSingleton<InMemoryWorkflowStore>();
        services.AddSingleton<IWorkflowStore>(sp => sp.GetRequiredService<InMemoryWorkflowStore>());
        services.AddSingleton(sp =>
        {
            var cases = new InMemoryCaseStore();
            cases.AttachTo(sp.GetRequiredService<InMemoryWorkflowStore>(), sp.GetRequiredService<CaseProjector>(), sp.GetRequiredService<TimeProvider>());
            return cases;
        });
        services.AddSingleton<ICaseStore>(sp => sp.GetRequiredService<InMemoryCaseStore>());
        services.AddSingleton<InMemoryPackageStore>();
        services.AddSingleton<IPackageStore>(sp => sp.GetRequiredService<InMemoryPackageStore>());
        return services;
    }

    /// <summary>Puts a package in force that is not read from the store (tests, the command line): flows published, then swapped in.</summary>
    public static Task StartGovernanceAsync(this IServiceProvider services, DefinitionSet set, CancellationToken ct = default) =>
        services.GetRequiredService<PackageApplier>().ApplyAsync(set, ct);
}
