using Governance.Core.Messages;

namespace Governance.Core.Definitions.Model;

/// <summary>Names of the org levels: the code in definitions (lower case) and the zh-CN name people read.</summary>
public static class OrgLevels
{
    public static string Code(OrgLevel level) => level.ToString().ToLowerInvariant();

    public static string Name(OrgLevel level) => level switch
    {
        OrgLevel.City => Text.Format("TERM-LEVEL-CITY"),
        OrgLevel.County => Text.Format("TERM-LEVEL-COUNTY"),
        OrgLevel.Street => Text.Format("TERM-LEVEL-STREET"),
        OrgLevel.Community => Text.Format("TERM-LEVEL-COMMUNITY"),
        OrgLevel.Grid => Text.Format("TERM-LEVEL-GRID"),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
