using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.Packages;

namespace Governance.Core.Cases.Services;

/// <summary>
/// Who may see a case and who may act on a task. Center roles (operators, supervisors, administrators) see
/// everything placed under their unit; a department handler sees the cases its department was ever given; a
/// street or community handler those given to its unit; a grid worker those in its grid or reported by it.
/// </summary>
public sealed class Permissions(IPackageProvider packages)
{
    // The org tree in force: a unit added by a publish is known to the next check.
    OrgTree org => packages.Current.City!.Org;

    public CaseScope ScopeOf(Actor a) => a.Role switch
    {
        _ when a.IsSystem => new CaseScope(true, null, null, null, null),
        Role.CityAdmin => new CaseScope(true, null, null, null, null),
        Role.CountyAdmin or Role.Operator or Role.Supervisor when org.Find(a.UnitCode)?.Level == OrgLevel.City => new CaseScope(true, null, null, null, null),
        Role.CountyAdmin or Role.Operator or Role.Supervisor => new CaseScope(false, a.UnitCode, null, null, null),
        Role.Handler when a.DepartmentCode is not null => new CaseScope(false, null, null, a.DepartmentCode, null),
        Role.Handler => new CaseScope(false, null, a.UnitCode, null, null),
        // A grid worker sees its grid's cases, the ones it reported, and those given to its grid from elsewhere.
        _ => new CaseScope(false, a.UnitCode, a.UnitCode, null, a.Username),
    };

    /// <summary>Null when the actor may see the case, else the reason (zh-CN).</summary>
    public string? CannotSee(Actor a, Case c, IReadOnlyList<CaseTask> tasks)
    {
        var s = ScopeOf(a);
        if (s.All) return null;
        if (s.PlaceUnderCode is not null && c.Place.GridCode.StartsWith(s.PlaceUnderCode, StringComparison.Ordinal)) return null;
        if (s.ReporterUsername is not null && c.Reporter.Username == s.ReporterUsername) return null;
        if (s.TaskDepartmentCode is not null && tasks.Any(t => t.DepartmentCode == s.TaskDepartmentCode)) return null;
        if (s.TaskUnitCode is not null && tasks.Any(t => t.UnitCode == s.TaskUnitCode && t.DepartmentCode is null)) return null;
        return Text.Format("CASE-REASON-OUTSIDE", org.Find(a.UnitCode)?.Name ?? a.UnitCode);
    }

    /// <summary>
    /// The tasks an actor works, as a filter the store can run: the one rule both for acting on a task and for the
    /// inbox. A department handler works its department's tasks; a street or community handler its unit's tasks that
    /// name no department; a grid worker its grid's; every other role (the centers) the tasks of its role at its own
    /// unit and every unit below it, so the city center works every county's.
    /// </summary>
    public InboxQuery InboxOf(Actor a) => a.Role switch
    {
        Role.Citizen => new InboxQuery([], null, false, []),
        Role.Handler when a.DepartmentCode is not null => new InboxQuery([Role.Handler], a.DepartmentCode, false, null),
        Role.Handler => new InboxQuery([Role.Handler], null, true, [a.UnitCode]),
        Role.GridWorker => new InboxQuery([Role.GridWorker], null, false, [a.UnitCode]),
        var r => new InboxQuery([r], null, false, org.Root?.Code == a.UnitCode ? null : UnitsUnder(a.UnitCode)),
    };

    /// <summary>Null when the actor may act on the task, else the reason (zh-CN).</summary>
    public string? CannotAct(Actor a, CaseTask t)
    {
        if (a.IsSystem) return null;
        if (a.Role != t.Role) return Text.Format("CASE-REASON-ROLE", RoleDefinition.CodeOf(t.Role), RoleDefinition.CodeOf(a.Role));
        return CaseFilter.Reaches(InboxOf(a), t) ? null
            : Text.Format("CASE-REASON-UNIT", Describe(t.DepartmentCode, t.UnitCode), Describe(a.DepartmentCode, a.UnitCode));
    }

    readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> subtrees = new(StringComparer.Ordinal);

    IReadOnlyList<string> UnitsUnder(string code) => subtrees.GetOrAdd(code, c => org.Find(c) is null
        ? [c]
        : org.Units.Where(u => org.IsWithin(u, c)).Select(u => u.Code).ToList());

    /// <summary>Supervision (督办) is for supervisors and operators whose scope holds the case.</summary>
    public string? CannotUrge(Actor a, Case c, IReadOnlyList<CaseTask> tasks) =>
        a.Role is Role.Supervisor or Role.Operator or Role.CityAdmin or Role.CountyAdmin
            ? CannotSee(a, c, tasks)
            : Text.Format("CASE-REASON-ROLE", "supervisor", RoleDefinition.CodeOf(a.Role));

    string Describe(string? department, string unit) => department ?? org.Find(unit)?.Name ?? unit;
}
