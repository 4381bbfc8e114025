using Governance.Core.Workflows.Http;

namespace Governance.Server.Hosting;

/// <summary>
/// What the server gives workflow activities besides the engine's own services (the runtime asks the container):
/// an <see cref="HttpClient"/> for outbound calls (<c>Elsa.FlowSendHttpRequest</c>) and its
/// bounds, and each plugin's settings from configuration.
/// </summary>
public static class WorkflowServices
{
    public static IServiceCollection AddGovernanceWorkflowHttp(this IServiceCollection services, GovernanceOptions options)
    {
        // One client for the process: the runtime resolves from the root container, which would keep every transient
        // client until shutdown. Pooled connections are renewed every few minutes, so a changed DNS entry is seen.
        services.AddSingleton(_ => new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }));
        services.AddSingleton(new WorkflowHttpOptions { Timeout = options.OutboundHttpTimeout, AllowedHosts = options.OutboundHttpHosts });
        return services;
    }
}

/// <summary>A plugin's settings: the configuration section <c>Governance:PluginSettings:&lt;plugin&gt;</c>.</summary>
public sealed class ConfigurationPluginSettings(IConfiguration configuration, string plugin) : Governance.Sdk.Plugins.IPluginSettings
{
    public string PluginName => plugin;

    public string? this[string key] => configuration[$"Governance:PluginSettings:{plugin}:{key}"];
}
