using Governance.Core.Definitions.Loading;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Core.Definitions.Validation;

internal static class OrgChecks
{
    public static void Units(IReadOnlyList<OrgUnit> units, OrgTree org, DefinitionErrors errors)
    {
        PackageValidator.Unique(units, u => u.Code, u => u.Source, Text.Format("TERM-ORG"), errors);
        var roots = units.Where(u => u.ParentCode is null).ToList();
        if (roots.Count != 1 || roots[0].Level != OrgLevel.City)
            errors.Add(roots.Count > 1 ? roots[1].Source : new SourceRef("org/units.json", "$.units"), "DEF-ORG-ROOT", roots.Count);
        foreach (var u in units)
        {
            if (u.ParentCode is null) continue;
            if (org.Find(u.ParentCode) is not { } parent)
            {
                errors.Add(u.Source.Field("parent"), "DEF-UNKNOWN-REF", Text.Format("TERM-PARENT-ORG"), u.ParentCode);
                continue;
            }
            if (parent.Level != u.Level + 1)
                errors.Add(u.Source.Field("parent"), "DEF-ORG-LEVEL", OrgLevels.Name(u.Level), u.Code, OrgLevels.Name(u.Level + 1 > OrgLevel.City ? OrgLevel.City : u.Level + 1), parent.Code, OrgLevels.Name(parent.Level));
            var length = OrgUnit.CodeLength(u.Level);
            var prefix = u.Level == OrgLevel.County ? parent.Code[..Math.Min(4, parent.Code.Length)] : parent.Code;
            if (u.Code.Length != length || !u.Code.All(char.IsAsciiDigit) || !u.Code.StartsWith(prefix, StringComparison.Ordinal))
                errors.Add(u.Source.Field("code"), "DEF-ORG-CODE", OrgLevels.Name(u.Level), length, prefix, u.Code);
        }
    }

    public static void Departments(CityParts parts, OrgTree org, DefinitionErrors errors)
    {
        PackageValidator.Unique(parts.Functions, f => f.Code, f => f.Source, Text.Format("TERM-FUNCTION"), errors);
        PackageValidator.Unique(parts.Departments, d => d.Code, d => d.Source, Text.Format("TERM-DEPARTMENT"), errors);
        PackageValidator.Unique(parts.Departments, d => $"{d.UnitCode}/{d.Function}", d => d.Source, Text.Format("TERM-UNIT-FUNCTION"), errors);
        var functions = parts.Functions.Select(f => f.Code).ToHashSet();
        foreach (var d in parts.Departments)
        {
            if (!functions.Contains(d.Function)) errors.Add(d.Source.Field("function"), "DEF-UNKNOWN-REF", Text.Format("TERM-FUNCTION"), d.Function);
            if (org.Find(d.UnitCode) is not { } unit) errors.Add(d.Source.Field("unit"), "DEF-UNKNOWN-REF", Text.Format("TERM-ORG"), d.UnitCode);
            else if (unit.Level < OrgLevel.County) errors.Add(d.Source.Field("unit"), "DEF-DEPT-UNIT-LEVEL", d.UnitCode, OrgLevels.Name(unit.Level));
        }
    }
}
