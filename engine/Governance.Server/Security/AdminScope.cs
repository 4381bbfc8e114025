using Governance.Core.Cases.Model;
using Governance.Core.Definitions;
using Governance.Core.Packages;
using Governance.Core.Definitions.Model;

namespace Governance.Server.Security;

/// <summary>
/// Who administers what: the city administrator the whole city, a county administrator its own county. Null county:
/// the whole city. Used by the audit log and user administration alike.
/// </summary>
public static class AdminScope
{
    /// <summary>The administrator's county (null for the city), or a refusal when the actor is not an administrator.</summary>
    public static (bool IsAdmin, string? County) Of(Actor a, DefinitionSet definitions)
    {
        var org = definitions.City!.Org;
        return a.Role switch
        {
            Role.CityAdmin => (true, null),
            Role.CountyAdmin when org.Find(a.UnitCode) is { } unit => (true, org.AncestorAt(unit, OrgLevel.County)?.Code),
            _ => (false, null),
        };
    }

    /// <summary>Whether the unit lies in the administrator's county (always, for the city administrator).</summary>
    public static bool Covers(string? county, string unitCode, DefinitionSet definitions)
    {
        if (county is null) return true;
        var org = definitions.City!.Org;
        return org.Find(unitCode) is { } unit && org.IsWithin(unit, county);
    }
}
