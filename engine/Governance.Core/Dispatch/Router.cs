using Governance.Core.Definitions.Model;

namespace Governance.Core.Dispatch;

/// <summary>Where a case goes: the rule that matched and the unit (and department) that handles it.</summary>
public sealed record RouteResult(RouteRule Rule, CatalogItem Item, OrgLevel Level, OrgUnit Unit, Department? Department, bool FellBackUp)
{
    /// <summary>A short zh-CN description of the handling unit, e.g. "城东区住房和城乡建设局" or "东湖街道".</summary>
    public string HandlerName => Department?.Name ?? Unit.Name;
}

public enum RouteFailureKind { UnknownItem, UnknownPlace, NoRule, NoDepartment, BelowLowestLevel }

/// <summary>Why a case cannot be routed; the rule is set when a rule matched but could not be carried out.</summary>
public sealed record RouteFailure(RouteFailureKind Kind, RouteRule? Rule, OrgLevel? Level, string? Function);

/// <summary>
/// Resolves dispatch rules. The most specific matching rule wins: a rule for a smaller place first
/// (grid, community, street, county, then city-wide), then item over category over department
/// function over any, then a channel-specific and an urgency-specific rule over a general one, then
/// file order. A county-level department the county lacks falls back to the city's.
/// </summary>
public sealed class Router(EffectivePackage package)
{
    readonly IReadOnlyList<RouteRule> rules = package.Routes;

    public EffectivePackage Package => package;

    public (RouteResult? Result, RouteFailure? Failure) Resolve(string itemCode, string placeCode, string? channel = null, string? urgency = null)
    {
        if (package.FindItem(itemCode) is not { } item) return (null, new RouteFailure(RouteFailureKind.UnknownItem, null, null, null));
        if (package.Org.Find(placeCode) is not { } place) return (null, new RouteFailure(RouteFailureKind.UnknownPlace, null, null, null));
        var best = Matching(item, place, channel, urgency).FirstOrDefault();
        if (best is null) return (null, new RouteFailure(RouteFailureKind.NoRule, null, null, null));
        return Carry(best, item, place);
    }

    /// <summary>Every rule that matches, the most specific first: the first is the one that wins.</summary>
    public IReadOnlyList<RouteRule> Matching(CatalogItem item, OrgUnit place, string? channel, string? urgency)
    {
        var placeCodes = package.Org.SelfAndAncestors(place).Select(u => u.Code).ToList();
        var matches = new List<(RouteRule Rule, (int, int, int, int, int) Score)>();
        for (var i = 0; i < rules.Count; i++)
        {
            var r = rules[i];
            var placeRank = r.Place is null ? placeCodes.Count : placeCodes.IndexOf(r.Place);
            if (placeRank < 0 || !Matches(r, item, channel, urgency)) continue;
            // Lower is more specific in every position, so a tuple comparison orders them.
            matches.Add((r, (placeRank, r.Items.Count > 0 ? 0 : r.Categories.Count > 0 ? 1 : r.Functions.Count > 0 ? 2 : 3,
                r.Channels.Count > 0 ? 0 : 1, r.Urgencies.Count > 0 ? 0 : 1, i)));
        }
        return matches.OrderBy(m => m.Score).Select(m => m.Rule).ToList();
    }

    /// <summary>The handler one level above <paramref name="current"/> for 上报: the unit itself below county, the item's department from county up.</summary>
    public (RouteResult? Result, RouteFailure? Failure) Escalate(string itemCode, string placeCode, OrgLevel current)
    {
        if (package.FindItem(itemCode) is not { } item) return (null, new RouteFailure(RouteFailureKind.UnknownItem, null, null, null));
        if (package.Org.Find(placeCode) is not { } place) return (null, new RouteFailure(RouteFailureKind.UnknownPlace, null, null, null));
        if (current == OrgLevel.City) return (null, new RouteFailure(RouteFailureKind.NoRule, null, current, null));
        var next = current + 1;
        var rule = new RouteRule("escalate", null, null, [], [], [], [], [], new RouteHandler(next, next >= OrgLevel.County ? RouteHandler.FromItem : null), SourceRef.None);
        return Carry(rule, item, place);
    }

    static bool Matches(RouteRule r, CatalogItem item, string? channel, string? urgency) =>
        (r.Items.Count == 0 || r.Items.Contains(item.Code))
        && (r.Categories.Count == 0 || r.Categories.Contains(item.Category))
        && (r.Functions.Count == 0 || r.Functions.Contains(item.Department))
        // A rule for some channels or urgencies never matches when the caller does not say which.
        && (r.Channels.Count == 0 || (channel is not null && r.Channels.Contains(channel)))
        && (r.Urgencies.Count == 0 || (urgency is not null && r.Urgencies.Contains(urgency)));

    (RouteResult?, RouteFailure?) Carry(RouteRule rule, CatalogItem item, OrgUnit place)
    {
        var level = rule.Handler.Level ?? item.LowestLevel;
        if (level < item.LowestLevel) return (null, new RouteFailure(RouteFailureKind.BelowLowestLevel, rule, level, null));
        if (package.Org.AncestorAt(place, level) is not { } unit)
            return (null, new RouteFailure(RouteFailureKind.NoRule, rule, level, null));
        var function = rule.Handler.Department == RouteHandler.FromItem ? item.Department : rule.Handler.Department;
        if (level < OrgLevel.County || function is null) return (new RouteResult(rule, item, level, unit, null, false), null);

        if (package.Org.DepartmentAt(unit.Code, function) is { } department)
            return (new RouteResult(rule, item, level, unit, department, false), null);
        foreach (var above in package.Org.SelfAndAncestors(unit).Skip(1))
            if (package.Org.DepartmentAt(above.Code, function) is { } upper)
                return (new RouteResult(rule, item, above.Level, above, upper, true), null);
        return (null, new RouteFailure(RouteFailureKind.NoDepartment, rule, level, function));
    }
}
