using Governance.Core.Workflows.Http;

namespace Governance.Server.Hosting;

/// <summary>
/// What the server gives workflow activities: an <see cref="HttpClient"/> from the client factory for outbound calls
/// (<c>Elsa.FlowSendHttpRequest</c>), with its bounds, and otherwise the application's services.
/// </summary>
public sealed class WorkflowServices(IServiceProvider services, WorkflowHttpOptions http) : IServiceProvider
{
    public const string HttpClientName = "workflows";

    public object? GetService(Type serviceType) =>
        serviceType == typeof(HttpClient) ? services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)
        : serviceType == typeof(WorkflowHttpOptions) ? http
        : services.GetService(serviceType);
}

/// <summary>A plugin's settings: the configuration section <c>Governance:PluginSettings:&lt;plugin&gt;</c>.</summary>
public sealed class ConfigurationPluginSettings(IConfiguration configuration, string plugin) : Governance.Sdk.Plugins.IPluginSettings
{
    public string PluginName => plugin;

    public string? this[string key] => configuration[$"Governance:PluginSettings:{plugin}:{key}"];
}
