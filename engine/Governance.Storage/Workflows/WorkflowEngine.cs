using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Plugins;
using Governance.Core.Workflows.Runtime;
using Governance.Sdk.Channels;

namespace Governance.Storage.Workflows;

/// <summary>
/// The workflow engine wired for a host: store migrated, built-in and plugin activities registered, runtime,
/// timer scheduler and outbox relay. A server registers these as singletons and runs
/// <see cref="Scheduler"/>.RunAsync and <see cref="Relay"/> in background services.
/// </summary>
public sealed record WorkflowEngine(
    EfWorkflowStore Store,
    ActivityRegistry Registry,
    WorkflowRuntime Runtime,
    TimerScheduler Scheduler,
    OutboxRelay Relay,
    IReadOnlyList<PluginLoadResult> Plugins)
{
    /// <param name="storage">SQLite file or PostgreSQL connection.</param>
    /// <param name="pluginFolder">Folder of plugin assemblies; null for none.</param>
    /// <param name="channels">Notification channels the city provides, in addition to those plugins bring.</param>
    /// <param name="pluginSettings">Each plugin's settings by its name.</param>
    public static async Task<WorkflowEngine> StartAsync(StorageOptions storage, string? pluginFolder = null,
        IEnumerable<INotificationChannel>? channels = null, TimeProvider? clock = null, RuntimeOptions? options = null, CancellationToken ct = default,
        Func<string, Governance.Sdk.Plugins.IPluginSettings>? pluginSettings = null)
    {
        var store = new EfWorkflowStore(storage);
        await store.MigrateAsync(ct);
        var registry = ActivityRegistry.CreateDefault();
        var plugins = pluginFolder is null ? [] : PluginLoader.LoadFrom(pluginFolder, registry, pluginSettings);
        var runtime = new WorkflowRuntime(store, registry, clock, options);
        var allChannels = (channels ?? []).Concat(plugins.SelectMany(p => p.Channels))
            .DistinctBy(c => c.Name, StringComparer.Ordinal).ToList();
        return new WorkflowEngine(store, registry, runtime, new TimerScheduler(runtime), new OutboxRelay(store, allChannels, clock), plugins);
    }
}
