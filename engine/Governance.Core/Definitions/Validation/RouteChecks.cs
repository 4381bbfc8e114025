using Governance.Core.Definitions.Model;
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
}
