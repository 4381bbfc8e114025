using Governance.Core.Definitions.Model;

namespace Governance.Core.Definitions;

/// <summary>
/// The validated definitions of a package: the city package and the effective package of each county that has
/// an overlay. Immutable.
/// </summary>
public sealed class EffectiveDefinitions
{
    readonly IReadOnlyDictionary<string, EffectivePackage> counties;

    internal EffectiveDefinitions(EffectivePackage city, IReadOnlyDictionary<string, EffectivePackage> counties)
    {
        City = city;
        this.counties = counties;
    }

    public EffectivePackage City { get; }

    /// <summary>The codes of the counties that have an overlay package.</summary>
    public IEnumerable<string> OverlaidCounties => counties.Keys;

    /// <summary>The effective package of a county with an overlay, else null.</summary>
    public EffectivePackage? Overlay(string countyCode) => counties.GetValueOrDefault(countyCode);

    /// <summary>
    /// What a place runs: the overlay of the county it lies in, or the city package. Accepts any org unit code
    /// (a grid, a street, a county) or null for the city.
    /// </summary>
    public EffectivePackage For(string? placeCode)
    {
        if (placeCode is null || City.Org.Find(placeCode) is not { } place) return City;
        var county = City.Org.AncestorAt(place, OrgLevel.County);
        return county is not null && counties.TryGetValue(county.Code, out var effective) ? effective : City;
    }

    /// <summary>Each effective package with the grids it routes: the city's those of counties without an overlay.</summary>
    public IEnumerable<(EffectivePackage Package, IReadOnlyList<OrgUnit> Grids)> RoutingAreas()
    {
        var org = City.Org;
        yield return (City, org.Units.Where(u => u.Level == OrgLevel.Grid
            && org.AncestorAt(u, OrgLevel.County) is { } c && !counties.ContainsKey(c.Code)).ToList());
        foreach (var (code, package) in counties)
            yield return (package, org.Units.Where(u => u.Level == OrgLevel.Grid && org.IsWithin(u, code)).ToList());
    }

    /// <summary>Every user of the package: the city's, then those the counties add; a county's override replaces the city's entry.</summary>
    public IReadOnlyList<UserDefinition> AllUsers()
    {
        var users = City.Users.ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < users.Count; i++) index.TryAdd(users[i].Username, i);
        foreach (var package in counties.Values)
            foreach (var u in package.Users.Where(u => u.Source.File.StartsWith("counties/", StringComparison.Ordinal)))
                if (index.TryGetValue(u.Username, out var at)) users[at] = u;
                else { index[u.Username] = users.Count; users.Add(u); }
        return users;
    }
}
