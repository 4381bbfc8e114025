namespace Governance.Sdk.Plugins;

/// <summary>
/// What an administrator configured for one plugin: the host's settings under <c>Governance:PluginSettings:&lt;plugin&gt;</c>
/// (appsettings.json, environment <c>Governance__PluginSettings__&lt;plugin&gt;__&lt;key&gt;</c>, or the command line).
/// A plugin's activity, channel or closure subscriber receives it by declaring a constructor that takes it.
/// </summary>
public interface IPluginSettings
{
    /// <summary>The plugin's assembly name, e.g. <c>Governance.Plugins.Hotline12345</c>.</summary>
    string PluginName { get; }

    /// <summary>A setting's value, or null when it is not configured.</summary>
    string? this[string key] { get; }
}
