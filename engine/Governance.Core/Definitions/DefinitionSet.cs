using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;
using Governance.Core.Forms.Model;
using Governance.Core.Reports.Model;

namespace Governance.Core.Definitions;

/// <summary>
/// A loaded definition package: the city package and the effective package of each county that has
/// an overlay. Only a set without errors should be run; <see cref="Problems"/> says what is wrong.
/// </summary>
public sealed class DefinitionSet
{
    readonly IReadOnlyDictionary<string, EffectivePackage> counties;

    internal DefinitionSet(string root, EffectivePackage? city, IReadOnlyDictionary<string, EffectivePackage> counties, DefinitionErrors problems)
    {
        Root = root;
        City = city;
        this.counties = counties;
        Problems = problems;
    }

    public string Root { get; }
    public EffectivePackage? City { get; }
    public DefinitionErrors Problems { get; }
    /// <summary>Every version of every form in forms/; empty when the package has no forms folder.</summary>
    public FormLibrary Forms { get; internal set; } = FormLibrary.Empty;
    /// <summary>The kinds of problem the public page offers in citizens' words (catalog/public-groups.json); empty when the package has none.</summary>
    public IReadOnlyList<PublicGroup> PublicGroups { get; internal set; } = [];
    /// <summary>The units' boundaries from org/boundaries.json and the grid of a point; empty when the package has none.</summary>
    public Geography.IPlaceLocator Places { get; internal set; } = Geography.PlaceBoundaries.Empty;
    /// <summary>The data dictionary and report definitions of reports/; empty when the package has none.</summary>
    public ReportLibrary Reports { get; internal set; } = ReportLibrary.Empty;
    public bool IsValid => City is not null && !Problems.HasErrors;

    /// <summary>The codes of the counties that have an overlay package.</summary>
    public IEnumerable<string> OverlaidCounties => counties.Keys;

    /// <summary>
    /// What a place runs: the overlay of the county it lies in, or the city package. Accepts any org
    /// unit code (a grid, a street, a county) or null for the city.
    /// </summary>
    public EffectivePackage For(string? placeCode)
    {
        var city = City ?? throw new InvalidOperationException("the definition package did not load; see Problems");
        if (placeCode is null || city.Org.Find(placeCode) is not { } place) return city;
        var county = city.Org.AncestorAt(place, OrgLevel.County);
        return county is not null && counties.TryGetValue(county.Code, out var effective) ? effective : city;
    }
}
