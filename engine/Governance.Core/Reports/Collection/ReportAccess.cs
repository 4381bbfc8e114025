using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;

namespace Governance.Core.Reports.Collection;

/// <summary>
/// Who may do what with the unified report. A street or community statistician (统计员) or handler fills its own
/// unit's sheet; a street reviews its communities' sheets and the county center its streets'; the center
/// (operators, supervisors, administrators) and departments read every report within their scope.
/// </summary>
public sealed class ReportAccess(EffectivePackage city)
{
    public bool CanFill(Actor a, OrgUnit unit) =>
        IsBaseStaff(a) && a.UnitCode == unit.Code && unit.Level is OrgLevel.Street or OrgLevel.Community;

    public bool CanReview(Actor a, OrgUnit unit) => unit.Level switch
    {
        OrgLevel.Community => (IsBaseStaff(a) && a.UnitCode == unit.ParentCode) || IsCenterOver(a, unit),
        OrgLevel.Street => IsCenterOver(a, unit) && a.UnitCode != unit.Code,
        _ => false,
    };

    public bool CanRead(Actor a, OrgUnit unit) =>
        a.IsSystem || a.Role == Role.CityAdmin
        || (a.Role is Role.Operator or Role.Supervisor or Role.CountyAdmin or Role.Statistician && Within(unit, a.UnitCode))
        || (a.Role == Role.Handler && a.DepartmentCode is null && Within(unit, a.UnitCode))
        || (a.Role == Role.Handler && city.Departments.FirstOrDefault(d => d.Code == a.DepartmentCode) is { } dept && Within(unit, dept.UnitCode));

    /// <summary>The unit a user starts from on the report pages: its own (a department's: the department's unit).</summary>
    public string HomeUnit(Actor a) =>
        a.DepartmentCode is { } code && city.Departments.FirstOrDefault(d => d.Code == code) is { } dept ? dept.UnitCode
        : a.Role == Role.CityAdmin || city.Org.Find(a.UnitCode) is null ? city.Org.Root!.Code : a.UnitCode;

    static bool IsBaseStaff(Actor a) => a.Role == Role.Statistician || (a.Role == Role.Handler && a.DepartmentCode is null);

    bool IsCenterOver(Actor a, OrgUnit unit) =>
        a.Role == Role.CityAdmin || (a.Role is Role.Operator or Role.CountyAdmin && Within(unit, a.UnitCode));

    bool Within(OrgUnit unit, string ancestor) => city.Org.IsWithin(unit, ancestor);
}
