using Governance.Core.Definitions.Loading;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Core.Definitions.Validation;

internal static class UserChecks
{
    public static void Users(CityParts parts, OrgTree org, DefinitionErrors errors)
    {
        PackageValidator.Unique(parts.Roles, r => r.Code, r => r.Source, Text.Format("TERM-ROLE"), errors);
        foreach (var role in Enum.GetValues<Role>().Where(r => r != Role.Citizen && parts.Roles.All(d => d.Role != r)))
            errors.Add(new SourceRef("users/roles.json", "$.roles"), "DEF-ROLE-MISSING", RoleDefinition.CodeOf(role));
        PackageValidator.Unique(parts.Users, u => u.Username, u => u.Source, Text.Format("TERM-USERNAME"), errors);
        var departments = parts.Departments.ToDictionary(d => d.Code, d => d, StringComparer.Ordinal);
        foreach (var u in parts.Users)
        {
            if (org.Find(u.Unit) is not { } unit)
            {
                errors.Add(u.Source.Field("unit"), "DEF-UNKNOWN-REF", Text.Format("TERM-ORG"), u.Unit);
                continue;
            }
            var allowed = u.Role switch
            {
                Role.CityAdmin => [OrgLevel.City],
                Role.CountyAdmin => [OrgLevel.County],
                Role.Operator or Role.Supervisor => new[] { OrgLevel.City, OrgLevel.County, OrgLevel.Street },
                Role.GridWorker => [OrgLevel.Grid],
                Role.Statistician => [OrgLevel.Street, OrgLevel.Community],
                Role.Citizen => [],
                _ => Enum.GetValues<OrgLevel>(),
            };
            if (!allowed.Contains(unit.Level))
                errors.Add(u.Source.Field("unit"), "DEF-USER-SCOPE", RoleDefinition.CodeOf(u.Role),
                    string.Join(Text.Format("TERM-OR"), allowed.Select(OrgChecks.Name)), u.Unit, OrgChecks.Name(unit.Level));
            if (u.Department is null) continue;
            if (!departments.TryGetValue(u.Department, out var d)) errors.Add(u.Source.Field("department"), "DEF-UNKNOWN-REF", Text.Format("TERM-DEPARTMENT"), u.Department);
            else if (d.UnitCode != u.Unit) errors.Add(u.Source.Field("department"), "DEF-USER-DEPARTMENT", u.Department, u.Unit);
        }
    }
}
