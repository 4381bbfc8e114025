using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Core.Definitions.Model;
using Governance.Core.ReadSide;

namespace Governance.Core.Command;

/// <summary>
/// Who is looking, as the read side filters: the same scope as the case list (a center sees its place, a department
/// the cases it was given), and the org unit the views are about.
/// </summary>
public sealed record Viewer(Actor Actor, FigureScope Scope, OrgUnit Unit)
{
    public static Viewer Of(Actor actor, Permissions permissions, OrgTree org)
    {
        var s = permissions.ScopeOf(actor);
        var scope = new FigureScope(s.All, s.PlaceUnderCode, s.TaskUnitCode, s.TaskDepartmentCode, s.ReporterUsername);
        var unit = (s.All ? org.Root : org.Find(actor.UnitCode)) ?? org.Root!;
        return new Viewer(actor, scope, unit);
    }

    /// <summary>Narrows to a unit inside the viewer's place (a city center looking at one county); null when it is outside.</summary>
    public Viewer? Narrow(OrgUnit unit, OrgTree org)
    {
        if (Scope.All) return this with { Scope = Place(unit), Unit = unit };
        if (Scope.PlaceUnderCode is { } place && org.IsWithin(unit, place)) return this with { Scope = Scope with { PlaceUnderCode = unit.Code }, Unit = unit };
        return null;
    }

    /// <summary>Everything placed under a unit (the city: everything; its code is not a prefix of its counties').</summary>
    public static FigureScope Place(OrgUnit unit) =>
        unit.Level == OrgLevel.City ? FigureScope.Everything : new FigureScope(false, unit.Code, null, null, null);

    /// <summary>Whether the viewer may see figures about a unit at all (a place inside its own, or its own unit).</summary>
    public bool Covers(string unitCode) =>
        Scope.All || (Scope.PlaceUnderCode is { } p && unitCode.StartsWith(p, StringComparison.Ordinal)) || Scope.TaskUnitCode == unitCode;
}
