namespace Governance.Core.Definitions.Model;

/// <summary>
/// The roles of the product. What each may do is fixed in the engine; who has which role is data. A citizen
/// (群众) is nobody's account: it is who reports, tracks and rates through the public page.
/// </summary>
public enum Role { CityAdmin, CountyAdmin, Operator, Handler, GridWorker, Supervisor, Citizen, Statistician }

/// <summary>A role as defined: its code in definitions (e.g. "grid-worker") and its Chinese name.</summary>
public sealed record RoleDefinition(Role Role, string Code, string Name, string? Description, SourceRef Source)
{
    public static string CodeOf(Role role) => role switch
    {
        Role.CityAdmin => "city-admin", Role.CountyAdmin => "county-admin", Role.Operator => "operator",
        Role.Handler => "handler", Role.GridWorker => "grid-worker", Role.Supervisor => "supervisor",
        Role.Statistician => "statistician", _ => "citizen",
    };

    public static Role? Parse(string code) => Enum.GetValues<Role>().Cast<Role?>().FirstOrDefault(r => CodeOf(r!.Value) == code);
}

/// <summary>
/// A user seeded from definitions: a role scoped to an org unit, and for a department handler the department.
/// The password is the initial one; the database keeps only its hash.
/// </summary>
public sealed record UserDefinition(string Username, string Name, Role Role, string Unit, string? Department, string? Phone, string Password, SourceRef Source);
