using Governance.Core.Definitions.Model;
using Governance.Core.Dispatch;
using Governance.Core.Messages;

namespace Governance.Core.Definitions.Validation;

internal static class RouteChecks
{
    /// <summary>Checks the references of rules; for a county's own rules, that they stay inside the county.</summary>
    public static void Rules(IReadOnlyList<RouteRule> routes, References refs, DefinitionErrors errors, OrgUnit? county)
    {
        PackageValidator.Unique(routes, r => r.Id, r => r.Source, Text.Format("TERM-ROUTE"), errors);
        var org = refs.Package.Org;
        foreach (var r in routes)
        {
            Filter(r, r.Items, "items", Text.Format("TERM-ITEM"), refs.Items, errors);
            Filter(r, r.Categories, "categories", Text.Format("TERM-CATEGORY"), refs.Categories, errors);
            Filter(r, r.Functions, "functions", Text.Format("TERM-FUNCTION"), refs.Functions, errors);
            Filter(r, r.Channels, "channels", Text.Format("TERM-CHANNEL"), refs.Channels, errors);
            Filter(r, r.Urgencies, "urgencies", Text.Format("TERM-URGENCY"), refs.Urgencies, errors);
            if (r.Handler.Department is { } d && d != RouteHandler.FromItem && !refs.Functions.Contains(d))
                errors.Add(r.Source.Field("handler").Field("department"), "DEF-UNKNOWN-REF", Text.Format("TERM-FUNCTION"), d);
            if (r.Place is not null)
            {
                if (org.Find(r.Place) is not { } place) errors.Add(r.Source.Field("place"), "DEF-UNKNOWN-REF", Text.Format("TERM-ORG"), r.Place);
                else if (county is not null && !org.IsWithin(place, county.Code)) errors.Add(r.Source.Field("place"), "DEF-OVERLAY-PLACE", r.Place, county.Code);
            }
            else if (county is not null && r.Source.File.StartsWith("counties/", StringComparison.Ordinal) && IsAdded(r))
                errors.Add(r.Source.Field("place"), "DEF-OVERLAY-PLACE", Text.Format("TERM-WHOLE-CITY"), county.Code);
        }
    }

    // A rule added by a county must name a place inside it; an overridden city rule keeps the city's scope,
    // which the county's effective package only ever applies to its own places.
    static bool IsAdded(RouteRule r) => r.Source.Path.StartsWith("$.add", StringComparison.Ordinal);

    static void Filter(RouteRule r, IReadOnlyList<string> values, string field, string what, HashSet<string> known, DefinitionErrors errors)
    {
        for (var i = 0; i < values.Count; i++)
            if (!known.Contains(values[i])) errors.Add(r.Source.Field(field).Index(i), "DEF-ROUTE-UNKNOWN-FILTER", r.Id, what, values[i]);
    }

    /// <summary>
    /// Every item must be routable at every grid for every urgency it has, whatever the channel. One
    /// error per item, urgency and cause, naming the first grid where it fails, so a gap in one rule
    /// does not bury the report under thousands of lines.
    /// </summary>
    public static void Coverage(EffectivePackage package, IEnumerable<OrgUnit> grids, DefinitionErrors errors)
    {
        var router = new Router(package);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var gridList = grids.ToList();
        var channels = package.Channels.Select(c => (string?)c.Code).Append(null).ToList();
        foreach (var item in package.Items)
            foreach (var urgency in item.Urgencies)
                foreach (var grid in gridList)
                    foreach (var channel in channels)
                    {
                        var (_, failure) = router.Resolve(item.Code, grid.Code, channel, urgency);
                        if (failure is null) continue;
                        var key = failure.Rule is null ? $"{item.Code}/{urgency}" : $"{item.Code}/{failure.Kind}/{failure.Rule.Id}";
                        if (!reported.Add(key)) continue;
                        switch (failure.Kind)
                        {
                            case RouteFailureKind.BelowLowestLevel:
                                errors.Add(failure.Rule!.Source.Field("handler").Field("level"), "DEF-ROUTE-BELOW-LOWEST", failure.Rule.Id, item.Code, item.Name,
                                    OrgChecks.Name(failure.Level!.Value), OrgChecks.Name(item.LowestLevel));
                                break;
                            case RouteFailureKind.NoDepartment:
                                errors.Add(failure.Rule!.Source.Field("handler"), "DEF-ROUTE-NO-DEPARTMENT", failure.Rule.Id, item.Code,
                                    OrgChecks.Name(failure.Level!.Value), failure.Function, grid.Code);
                                break;
                            default:
                                errors.Add(item.Source, "DEF-ROUTE-NONE", item.Code, item.Name, grid.Code, grid.Name, urgency);
                                break;
                        }
                    }
    }
}
