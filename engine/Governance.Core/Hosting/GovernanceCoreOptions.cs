using Governance.Core.Workflows.Runtime;

namespace Governance.Core.Hosting;

/// <summary>What a host decides about the engine: plugins, the notification channel, runtime settings.</summary>
public sealed class GovernanceCoreOptions
{
    /// <summary>Folder of plugin assemblies; null for none.</summary>
    public string? Plugins { get; set; }

    /// <summary>Each plugin's settings by its name (a plugin type that takes <see cref="Governance.Sdk.Plugins.IPluginSettings"/> gets them); null for none.</summary>
    public Func<string, Governance.Sdk.Plugins.IPluginSettings>? PluginSettings { get; set; }

    /// <summary>The outbox channel case notifications (督办, overdue) go to.</summary>
    public string NotificationChannel { get; set; } = "sms";

    /// <summary>Runtime settings; the runtime's services are the container itself.</summary>
    public RuntimeOptions Runtime { get; set; } = new();
}
