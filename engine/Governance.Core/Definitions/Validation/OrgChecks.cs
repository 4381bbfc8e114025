using Governance.Core.Definitions.Loading;
using Governance.Core.Definitions.Model;

namespace Governance.Core.Definitions.Validation;

internal static class OrgChecks
{
    static readonly Dictionary<OrgLevel, string> LevelNames = new()
    {
        [OrgLevel.City] = "市", [OrgLevel.County] = "县（区）", [OrgLevel.Street] = "街道（乡镇）",
        [OrgLevel.Community] = "社区（村）", [OrgLevel.Grid] = "网格",
    };

    public static string Name(OrgLevel level) => LevelNames[level];

    public static void Units(IReadOnlyList<OrgUnit> units, OrgTree org, DefinitionErrors errors)
    {
        PackageValidator.Unique(units, u => u.Code, u => u.Source, "组织", errors);
        var roots = units.Where(u => u.ParentCode is null).ToList();
        if (roots.Count != 1 || roots[0].Level != OrgLevel.City)
            errors.Add(roots.Count > 1 ? roots[1].Source : new SourceRef("org/units.json", "$.units"), "DEF-ORG-ROOT", roots.Count);
        foreach (var u in units)
        {
            if (u.ParentCode is null) continue;
            if (org.Find(u.ParentCode) is not { } parent)
            {
                errors.Add(u.Source.Field("parent"), "DEF-UNKNOWN-REF", "上级组织", u.ParentCode);
                continue;
            }
            if (parent.Level != u.Level + 1)
                errors.Add(u.Source.Field("parent"), "DEF-ORG-LEVEL", Name(u.Level), u.Code, Name(u.Level + 1 > OrgLevel.City ? OrgLevel.City : u.Level + 1), parent.Code, Name(parent.Level));
            var length = OrgUnit.CodeLength(u.Level);
            var prefix = u.Level == OrgLevel.County ? parent.Code[..Math.Min(4, parent.Code.Length)] : parent.Code;
            if (u.Code.Length != length || !u.Code.All(char.IsAsciiDigit) || !u.Code.StartsWith(prefix, StringComparison.Ordinal))
                errors.Add(u.Source.Field("code"), "DEF-ORG-CODE", Name(u.Level), length, prefix, u.Code);
        }
    }

    public static void Departments(CityParts parts, OrgTree org, DefinitionErrors errors)
    {
        PackageValidator.Unique(parts.Functions, f => f.Code, f => f.Source, "部门职能", errors);
        PackageValidator.Unique(parts.Departments, d => d.Code, d => d.Source, "部门", errors);
        PackageValidator.Unique(parts.Departments, d => $"{d.UnitCode}/{d.Function}", d => d.Source, "同一单位的部门职能", errors);
        var functions = parts.Functions.Select(f => f.Code).ToHashSet();
        foreach (var d in parts.Departments)
        {
            if (!functions.Contains(d.Function)) errors.Add(d.Source.Field("function"), "DEF-UNKNOWN-REF", "部门职能", d.Function);
            if (org.Find(d.UnitCode) is not { } unit) errors.Add(d.Source.Field("unit"), "DEF-UNKNOWN-REF", "组织", d.UnitCode);
            else if (unit.Level < OrgLevel.County) errors.Add(d.Source.Field("unit"), "DEF-DEPT-UNIT-LEVEL", d.UnitCode, Name(unit.Level));
        }
    }
}
