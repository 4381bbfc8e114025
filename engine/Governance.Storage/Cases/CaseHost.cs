using Governance.Core.Cases;
using Governance.Core.Cases.Services;
using Governance.Core.Definitions;
using Governance.Core.Messages;
using Governance.Core.Workflows.Runtime;
using Governance.Storage.Workflows;

namespace Governance.Storage.Cases;

/// <summary>The workflow engine and the case service on one database, with the package's flows published.</summary>
public sealed record CaseHost(WorkflowEngine Workflows, EfCaseStore Cases, CaseService Service, IReadOnlyList<WorkflowPublisher.Published> Published)
{
    /// <param name="services">What the host gives activities besides the package and the case intake (an HttpClient for outbound calls…).</param>
    /// <param name="pluginSettings">Each plugin's settings by its name.</param>
    public static async Task<CaseHost> StartAsync(StorageOptions storage, DefinitionSet definitions, TimeProvider clock,
        string? pluginFolder = null, ICaseAudit? audit = null, CancellationToken ct = default, string notificationChannel = "sms",
        IServiceProvider? services = null, Func<string, Governance.Sdk.Plugins.IPluginSettings>? pluginSettings = null)
    {
        var activityServices = new CaseEngine.Services(definitions, services);
        var workflows = await WorkflowEngine.StartAsync(storage, pluginFolder, clock: clock,
            options: new RuntimeOptions { Services = activityServices }, ct: ct, pluginSettings: pluginSettings);
        var cases = new EfCaseStore(storage);
        var service = new CaseService(cases, workflows.Runtime, definitions, clock, audit)
        {
            NotificationChannel = notificationChannel,
            ClosureSubscribers = workflows.Plugins.SelectMany(p => p.ClosureSubscribers).ToList(),
        };
        activityServices.Cases = service;
        cases.AttachTo(workflows.Store, service.Projector, clock);
        // The package's flows, then those plugins ship (a plugin's flow may use the plugin's activities).
        var published = (await WorkflowPublisher.PublishFolderAsync(workflows.Runtime, Path.Combine(definitions.Root, "workflows"), ct))
            .Concat(await WorkflowPublisher.PublishFilesAsync(workflows.Runtime, workflows.Plugins.SelectMany(p => p.Workflows), ct)).ToList();
        var broken = published.Where(p => p.Errors.Count > 0).ToList();
        if (broken.Count > 0)
            throw new InvalidOperationException(Text.Format("HOST-WORKFLOWS-INVALID") + "\n" + string.Join("\n", broken.SelectMany(p => p.Errors.Select(e => $"{p.File}: {e}"))));
        return new CaseHost(workflows, cases, service, published);
    }

    /// <summary>
    /// Where the embedded database lives by default: .data/governance.db beside the definitions folder (the
    /// repository root when run from a checkout), so the server and the CLI use the same file.
    /// </summary>
    public static StorageOptions DefaultOrParse(string? setting, string definitionsRoot)
    {
        setting ??= "sqlite:.data/governance.db";
        if (setting.StartsWith("postgres:", StringComparison.Ordinal)) return StorageOptions.PostgreSql(setting["postgres:".Length..]);
        var path = setting.StartsWith("sqlite:", StringComparison.Ordinal) ? setting["sqlite:".Length..] : setting;
        if (!Path.IsPathRooted(path)) path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(definitionsRoot))!, path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return StorageOptions.Sqlite(path);
    }
}
