namespace Governance.Security.Tests.Support;

/// <summary>
/// A role the suite signs in as: its user, whether the disclosure policy masks personal data for it, the scenario
/// case that lies in its scope (own) and the one that does not (other; none for the city, which sees everything),
/// and the open task it works (none for supervisors and administrators, who work no task).
/// </summary>
public sealed record RoleUnderTest(string Name, string? Username, bool Masked, string? Own, string? Other, string? OwnTask, string? OtherTask)
{
    public bool Anonymous => Username is null;
    public bool CityWide => Username is "op-990100" or "sup-990100" or "admin";
    public bool Admin => Username is "admin" or "admin-990102";
    public override string ToString() => Name;
}

public static class Roles
{
    public static readonly RoleUnderTest Anonymous = new("anonymous", null, true, null, null, null, null);

    public static readonly IReadOnlyList<RoleUnderTest> All =
    [
        Anonymous,
        new("grid-worker", "gw-990102002001001", true, "grid", "west", "grid", "west"),
        new("community", "cm-990102001001", true, "community", "west", "community", "west"),
        new("street", "st-990102001", true, "street", "west", "street", "west"),
        new("department", "h-sw-990102", true, "water", "west", "water", "west"),
        new("supervisor", "sup-990102", true, "water", "west", null, "west"),
        new("operator", "op-990102", false, "water", "west", "accept", "west-accept"),
        new("county-admin", "admin-990102", false, "water", "west", null, "west-accept"),
        new("city-operator", "op-990100", false, "water", null, "accept", null),
        new("city-supervisor", "sup-990100", true, "water", null, null, "west-accept"),
        new("city-admin", "admin", false, "water", null, null, "west-accept"),
    ];

    public static IEnumerable<object[]> Each => All.Select(r => new object[] { r.Name });

    public static RoleUnderTest Named(string name) => All.Single(r => r.Name == name);
}
