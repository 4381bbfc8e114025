using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Core.Dispatch;

/// <summary>Says in words why a case goes where it goes: the rule that matched, what it asks for, and who handles it.</summary>
public static class RouteExplanation
{
    /// <summary>Why the routes chose this unit; <paramref name="naming"/> false leaves out the rule's id (the operator reads the rule by its description).</summary>
    public static string Describe(EffectivePackage package, RouteResult result, int candidates, bool naming = true)
    {
        var rule = result.Rule;
        var conditions = Conditions(package, rule);
        var handler = result.Department is { } d
            ? Text.Format("ROUTE-WHY-DEPARTMENT", OrgLevels.Name(result.Level), d.Name)
            : Text.Format("ROUTE-WHY-UNIT", OrgLevels.Name(result.Level), result.Unit.Name);
        var text = Text.Format(naming || rule.Description is null ? "ROUTE-WHY" : "ROUTE-WHY-PLAIN", rule.Id, rule.Description ?? rule.Id, conditions.Count == 0 ? Text.Format("ROUTE-WHY-ANY") : string.Join("；", conditions), handler);
        if (result.FellBackUp) text += Text.Format("ROUTE-WHY-FELL-BACK");
        if (candidates > 1) text += Text.Format("ROUTE-WHY-MOST-SPECIFIC", candidates);
        return text;
    }

    public static string Failure(RouteFailure failure, string item, string place) => failure.Kind switch
    {
        RouteFailureKind.UnknownItem => Text.Format("ROUTE-FAIL-ITEM", item),
        RouteFailureKind.UnknownPlace => Text.Format("ROUTE-FAIL-PLACE", place),
        RouteFailureKind.NoDepartment => Text.Format("ROUTE-FAIL-DEPARTMENT", failure.Rule!.Id, failure.Function, OrgLevels.Name(failure.Level!.Value)),
        RouteFailureKind.BelowLowestLevel => Text.Format("ROUTE-FAIL-BELOW", failure.Rule!.Id, OrgLevels.Name(failure.Level!.Value)),
        _ => Text.Format("ROUTE-FAIL-NONE", item, place),
    };

    static List<string> Conditions(EffectivePackage package, RouteRule rule)
    {
        var list = new List<string>();
        if (rule.Place is { } place) list.Add(Text.Format("ROUTE-WHY-PLACE", package.Org.Find(place)?.Name ?? place));
        if (rule.Items.Count > 0) list.Add(Text.Format("ROUTE-WHY-ITEMS", Names(rule.Items, c => package.FindItem(c)?.Name)));
        if (rule.Categories.Count > 0) list.Add(Text.Format("ROUTE-WHY-CATEGORIES", Names(rule.Categories, c => package.Categories.FirstOrDefault(x => x.Code == c)?.Name)));
        if (rule.Functions.Count > 0) list.Add(Text.Format("ROUTE-WHY-FUNCTIONS", Names(rule.Functions, c => package.Functions.FirstOrDefault(x => x.Code == c)?.Name)));
        if (rule.Channels.Count > 0) list.Add(Text.Format("ROUTE-WHY-CHANNELS", Names(rule.Channels, c => package.Channels.FirstOrDefault(x => x.Code == c)?.Name)));
        if (rule.Urgencies.Count > 0) list.Add(Text.Format("ROUTE-WHY-URGENCIES", Names(rule.Urgencies, c => package.Urgencies.FirstOrDefault(x => x.Code == c)?.Name)));
        return list;
    }

    // At most five names, then how many more: a rule may list dozens of items.
    static string Names(IReadOnlyList<string> codes, Func<string, string?> name)
    {
        var shown = codes.Take(5).Select(c => name(c) is { } n ? $"{n}（{c}）" : c);
        return string.Join("、", shown) + (codes.Count > 5 ? Text.Format("ROUTE-WHY-MORE", codes.Count - 5) : "");
    }
}
