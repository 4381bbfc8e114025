using Governance.Core.Definitions;
using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;

namespace Governance.Core.Dispatch;

/// <summary>Whether the routes send every item somewhere from every grid: a check of the package, and the admin console's coverage report.</summary>
public static class RouteCoverage
{
    /// <summary>Checks every effective package over the grids it routes.</summary>
    public static void Check(EffectiveDefinitions definitions, DefinitionErrors errors)
    {
        foreach (var (package, grids) in definitions.RoutingAreas()) Check(package, grids, errors);
    }

    /// <summary>
    /// Every item must be routable at every grid for every urgency it has, whatever the channel. One
    /// error per item, urgency and cause, naming the first grid where it fails, so a gap in one rule
    /// does not bury the report under thousands of lines.
    /// </summary>
    public static void Check(EffectivePackage package, IEnumerable<OrgUnit> grids, DefinitionErrors errors)
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
                                    OrgLevels.Name(failure.Level!.Value), OrgLevels.Name(item.LowestLevel));
                                break;
                            case RouteFailureKind.NoDepartment:
                                errors.Add(failure.Rule!.Source.Field("handler"), "DEF-ROUTE-NO-DEPARTMENT", failure.Rule.Id, item.Code,
                                    OrgLevels.Name(failure.Level!.Value), failure.Function, grid.Code);
                                break;
                            default:
                                errors.Add(item.Source, "DEF-ROUTE-NONE", item.Code, item.Name, grid.Code, grid.Name, urgency);
                                break;
                        }
                    }
    }
}
