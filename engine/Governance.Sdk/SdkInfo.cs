namespace Governance.Sdk;

/// <summary>Facts about this SDK that the host checks when it loads a plugin.</summary>
public static class SdkInfo
{
    /// <summary>The SDK assembly version. A plugin built against the same major version and an equal or lower minor version loads.</summary>
    public static Version Version => typeof(SdkInfo).Assembly.GetName().Version ?? new Version(1, 0);
}
