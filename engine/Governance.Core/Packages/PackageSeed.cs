using Governance.Core.Messages;

namespace Governance.Core.Packages;

/// <summary>Who and why, for the versions an empty database starts with.</summary>
public static class PackageSeed
{
    public const string User = "system";

    public static string Comment(string folder) => Text.Format("PKG-SEED-COMMENT", folder);
}
