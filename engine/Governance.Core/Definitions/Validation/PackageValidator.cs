using Governance.Core.Definitions.Loading;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Core.Definitions.Validation;

/// <summary>Cross-reference checks over a whole package and its overlays; builds the effective packages.</summary>
internal static class PackageValidator
{
    /// <summary>The effective definitions, or null when the city package could not be read at all.</summary>
    public static EffectiveDefinitions? Validate(CityParts? parts, IReadOnlyList<CountyParts> counties, DefinitionErrors errors, TimeProvider clock)
    {
        if (parts is null) return null;

        var org = new OrgTree(parts.Units, parts.Departments);
        var city = new EffectivePackage
        {
            City = parts.Info, Org = org, Functions = parts.Functions, Departments = parts.Departments,
            Channels = parts.Channels, Urgencies = parts.Urgencies, Categories = parts.Categories,
            Items = parts.Items, Limits = parts.Limits, Warnings = parts.Warnings, StageLimits = parts.StageLimits, Routes = parts.Routes, Calendar = parts.Calendar,
            Roles = parts.Roles, Users = parts.Users,
        };
        var refs = new References(city);

        OrgChecks.Units(parts.Units, org, errors);
        OrgChecks.Departments(parts, org, errors);
        Unique(parts.Channels, c => c.Code, c => c.Source, Text.Format("TERM-CHANNEL"), errors);
        Unique(parts.Urgencies, u => u.Code, u => u.Source, Text.Format("TERM-URGENCY"), errors);
        Unique(parts.Categories, c => c.Code, c => c.Source, Text.Format("TERM-CATEGORY"), errors);
        CatalogChecks.Items(parts.Items, refs, errors);
        foreach (var c in parts.Categories.Where(c => parts.Items.All(i => i.Category != c.Code)))
            errors.Warn(c.Source, "DEF-CATALOG-EMPTY-CATEGORY", c.Code, c.Name);
        CatalogChecks.Limits(parts.Limits, refs, errors);
        RouteChecks.Rules(parts.Routes, refs, errors, county: null);
        UserChecks.Users(parts, org, errors);

        var year = clock.GetLocalNow().Year;
        if (!parts.Calendar.Years.Contains(year)) errors.Warn(parts.Calendar.Source.Field("years"), "DEF-CAL-CURRENT-YEAR", year);

        var effective = new Dictionary<string, EffectivePackage>(StringComparer.Ordinal);
        var overlays = new List<(EffectivePackage Merged, CountyParts Parts, OrgUnit Unit)>();
        foreach (var county in counties)
        {
            var countyUnit = org.Find(county.Info.Code);
            if (countyUnit is not { Level: OrgLevel.County })
            {
                errors.Add(county.Info.Source.Field("code"), "DEF-OVERLAY-NOT-COUNTY", county.Info.Code);
                continue;
            }
            if (county.Info.Extends != parts.Info.Code)
                errors.Add(county.Info.Source.Field("extends"), "DEF-OVERLAY-EXTENDS", county.Info.Extends, parts.Info.Code);
            var merged = OverlayMerger.Merge(city, county, errors);
            var countyRefs = new References(merged);
            CatalogChecks.Items(county.AddedItems, countyRefs, errors);
            CatalogChecks.Limits(county.AddedLimits, countyRefs, errors);
            RouteChecks.Rules(county.AddedRoutes, countyRefs, errors, countyUnit);
            RouteChecks.Rules(merged.Routes.Where(r => county.RouteOverrides.Any(o => o.Key == r.Id)).ToList(), countyRefs, errors, countyUnit);
            UserChecks.County(merged, countyUnit, org, errors);
            effective[county.Info.Code] = merged;
            overlays.Add((merged, county, countyUnit));
        }

        // A username is one account in the whole city: two counties may not add the same one.
        Unique(overlays.SelectMany(o => o.Parts.AddedUsers), u => u.Username, u => u.Source, Text.Format("TERM-USERNAME"), errors);

        // Coverage last, city first: reported after the simple problems they often follow from. Route coverage,
        // the most expensive, is the dispatch area's and follows these.
        CatalogChecks.Coverage(city, city.Items, errors);
        foreach (var (merged, county, _) in overlays)
            CatalogChecks.Coverage(merged, merged.Items.Where(i => county.AddedItems.Contains(i) || county.ItemOverrides.Any(o => o.Key == i.Code)), errors);
        return new EffectiveDefinitions(city, effective);
    }

    internal static void Unique<T>(IEnumerable<T> elements, Func<T, string> key, Func<T, SourceRef> source, string what, DefinitionErrors errors)
    {
        var seen = new Dictionary<string, SourceRef>(StringComparer.Ordinal);
        foreach (var e in elements)
            if (!seen.TryAdd(key(e), source(e))) errors.Add(source(e), "DEF-DUPLICATE", what, key(e), seen[key(e)]);
    }
}

/// <summary>The codes a definition may refer to, for one effective package.</summary>
internal sealed class References(EffectivePackage p)
{
    public EffectivePackage Package => p;
    public HashSet<string> Functions { get; } = p.Functions.Select(f => f.Code).ToHashSet();
    public HashSet<string> Categories { get; } = p.Categories.Select(c => c.Code).ToHashSet();
    public HashSet<string> Items { get; } = p.Items.Select(i => i.Code).ToHashSet();
    public HashSet<string> Channels { get; } = p.Channels.Select(c => c.Code).ToHashSet();
    public HashSet<string> Urgencies { get; } = p.Urgencies.Select(u => u.Code).ToHashSet();
}
