using Governance.Core.Messages;

namespace Governance.Core.Definitions.Model;

/// <summary>Who acts: a signed-in user with a role scoped to an org unit, or the system (timers, routing).</summary>
public sealed record Actor(string Username, string Name, Role Role, string UnitCode, string? DepartmentCode)
{
    public static readonly Actor System = new("system", Text.Format("CASE-ACTOR-SYSTEM"), Role.CityAdmin, "", null);

    /// <summary>A citizen on the public page: no account, known by the case number and phone only.</summary>
    public static Actor Citizen(string? name, string gridCode) => new("citizen", string.IsNullOrWhiteSpace(name) ? Text.Format("CASE-ACTOR-CITIZEN") : name, Role.Citizen, gridCode, null);
    public bool IsSystem => Username == "system";
}
