using Governance.Core.Definitions.Model;

namespace Governance.Core.Cases.Model;

/// <summary>Who acts: a signed-in user with a role scoped to an org unit, or the system (timers, routing).</summary>
public sealed record Actor(string Username, string Name, Role Role, string UnitCode, string? DepartmentCode)
{
    public static readonly Actor System = new("system", "系统", Role.CityAdmin, "", null);
    public bool IsSystem => Username == "system";
}
