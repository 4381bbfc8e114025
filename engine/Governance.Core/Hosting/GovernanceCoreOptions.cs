using Governance.Core.Workflows.Runtime;

namespace Governance.Core.Hosting;

/// <summary>What a host decides about the engine: plugins, the notification channel, runtime settings.</summary>
public sealed class GovernanceCoreOptions
{
    /// <summary>Folder of plugin assemblies; null for none.</summary>
    public string? Plugins { get; set; }

    /// <summary>The outbox channel case notifications (督办, overdue) go to.</summary>
    public string NotificationChannel { get; set; } = "sms";

    /// <summary>Runtime settings; the runtime's services are the container itself.</summary>
    public RuntimeOptions Runtime { get; set; } = new();
}
