using Governance.Core.Messages;

namespace Governance.Core.Packages;

/// <summary>What every package store shares.</summary>
public static class PackageStores
{
    /// <summary>The name a published package goes by in messages ("数据库版本 12").</summary>
    public static string Name(long revision) => Text.Format("PKG-REVISION-NAME", revision);
}
