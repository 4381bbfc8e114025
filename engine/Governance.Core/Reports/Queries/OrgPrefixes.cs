using Governance.Core.Definitions.Model;

namespace Governance.Core.Reports.Queries;

/// <summary>
/// Codes follow GB/T 2260: a city is the first four digits of its code, a county six, a street nine, a community
/// twelve and a grid fifteen, so "the cases of a unit" is "grid codes starting with its prefix".
/// </summary>
public static class OrgPrefixes
{
    public static int Length(OrgLevel level) => level switch
    {
        OrgLevel.City => 4,
        OrgLevel.County => 6,
        OrgLevel.Street => 9,
        OrgLevel.Community => 12,
        _ => 15,
    };

    public static string Of(OrgUnit unit) => unit.Code[..Math.Min(unit.Code.Length, Length(unit.Level))];
}
