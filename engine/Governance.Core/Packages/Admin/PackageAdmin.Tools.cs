using Governance.Core.Calendar;
using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;
using Governance.Core.Dispatch;

namespace Governance.Core.Packages.Admin;

/// <summary>Who gets a case, and why: the unit and department, the rule that matched, the rules it beat.</summary>
public sealed record RouteTest(bool Routed, string Explanation, string? Handler, string? Level, string? UnitCode, string? UnitName,
    string? DepartmentCode, string? DepartmentName, bool FellBackUp, string? RuleId, string? RuleDescription, string? RuleSource,
    IReadOnlyList<string> Candidates);

/// <summary>The deadline a new task would get, with the times its warnings would be raised.</summary>
public sealed record DeadlinePreview(int Amount, string Unit, string LimitSource, DateTimeOffset? Deadline, DateTimeOffset? Blue,
    DateTimeOffset? Yellow, DateTimeOffset? Red, string? Problem);

/// <summary>What a deadline preview asks: an item and urgency (the handling limit), a step (its stage limit), or an amount and unit.</summary>
public sealed record DeadlineQuery(DateTimeOffset From, string? Item = null, string? Urgency = null, string? Step = null, int? Amount = null, string? Unit = null);

public sealed partial class PackageAdmin
{
    /// <summary>The package an administrator's tool works on: the one in force, or with the scope's draft laid over it.</summary>
    async Task<DefinitionSet> ToolSetAsync(PackageEditor editor, string scope, bool draft, CancellationToken ct)
    {
        var city = Authorize(editor, scope);
        if (!draft) return packages.Current;
        var (set, _) = await WithDraftAsync(scope, city, ct);
        if (set.Definitions is null) throw new PackageAdminException("PKG-DRAFT-UNREADABLE", 422, scope) { Field = "draft" };
        return set;
    }

    /// <summary>"Who gets it?": routes an item from a grid as a new case would be (the scope's draft when asked).</summary>
    public async Task<RouteTest> RouteTestAsync(PackageEditor editor, string scope, string item, string grid, string? channel, string? urgency, bool draft,
        CancellationToken ct = default)
    {
        var set = await ToolSetAsync(editor, scope, draft, ct);
        InScope(set, scope, grid, "grid");
        var package = set.For(grid);
        var router = new Router(package);
        var (result, failure) = router.Resolve(item, grid, channel, urgency);
        var candidates = package.FindItem(item) is { } found && package.Org.Find(grid) is { } place
            ? router.Matching(found, place, channel, urgency).Select(r => r.Id).ToList() : [];
        if (result is null)
            return new RouteTest(false, RouteExplanation.Failure(failure!, item, grid), null, null, null, null, null, null, false,
                failure!.Rule?.Id, failure.Rule?.Description, failure.Rule?.Source.ToString(), candidates);
        return new RouteTest(true, RouteExplanation.Describe(package, result, candidates.Count), result.HandlerName, OrgLevels.Code(result.Level),
            result.Unit.Code, result.Unit.Name, result.Department?.Code, result.Department?.Name, result.FellBackUp,
            result.Rule.Id, result.Rule.Description, result.Rule.Source.ToString(), candidates);
    }

    /// <summary>The gaps of the routes: items that go nowhere from some grid, rules that cannot be carried out.</summary>
    public async Task<IReadOnlyList<DefinitionError>> CoverageAsync(PackageEditor editor, string scope, bool draft, CancellationToken ct = default)
    {
        var set = await ToolSetAsync(editor, scope, draft, ct);
        var errors = new DefinitionErrors();
        var org = set.City!.Org;
        // The city answers for the grids of counties without an overlay; a county for its own grids.
        var grids = scope == set.City.City.Code
            ? set.Definitions!.RoutingAreas().First().Grids
            : org.Units.Where(u => u.Level == OrgLevel.Grid && org.IsWithin(u, scope)).ToList();
        RouteCoverage.Check(set.For(scope), grids, errors);
        return errors.All;
    }

    /// <summary>The deadline of a new task started at <see cref="DeadlineQuery.From"/> in the scope (its office hours and calendar).</summary>
    public async Task<DeadlinePreview> DeadlinePreviewAsync(PackageEditor editor, string scope, DeadlineQuery query, bool draft, CancellationToken ct = default)
    {
        var set = await ToolSetAsync(editor, scope, draft, ct);
        var package = set.For(scope);
        var (limit, source) = LimitFor(package, query);
        var calendar = new WorkCalendar(package.Calendar);
        var clock = new TimeLimitClock(query.From, limit);
        try
        {
            return new DeadlinePreview(limit.Amount, limit.Unit.ToString().ToLowerInvariant(), source, clock.Deadline(calendar),
                clock.DueAt(calendar, package.Warnings.Blue), clock.DueAt(calendar, package.Warnings.Yellow), clock.DueAt(calendar, package.Warnings.Red), null);
        }
        catch (CalendarException e)
        {
            return new DeadlinePreview(limit.Amount, limit.Unit.ToString().ToLowerInvariant(), source, null, null, null, null, e.Message);
        }
    }

    static (TimeLimit Limit, string Source) LimitFor(EffectivePackage package, DeadlineQuery q)
    {
        if (q.Amount is { } amount)
        {
            if (amount <= 0) throw new PackageAdminException("API-LIMIT-AMOUNT", 400) { Field = "amount" };
            if (!Enum.TryParse<TimeUnit>(q.Unit, true, out var unit)) throw new PackageAdminException("API-LIMIT-UNIT", 400) { Field = "unit" };
            return (new TimeLimit(amount, unit), Messages.Text.Format("PKG-LIMIT-GIVEN"));
        }
        if (q.Step is { } step)
            return package.StageLimits.TryGetValue(step, out var stage)
                ? (stage, $"limits/time-limits.json:$.stages.{step}")
                : throw new PackageAdminException("PKG-STAGE-UNKNOWN", 400, step, string.Join(", ", package.StageLimits.Keys)) { Field = "step" };
        if (q.Item is null || package.FindItem(q.Item) is not { } item) throw new PackageAdminException("ROUTE-FAIL-ITEM", 400, q.Item) { Field = "item" };
        var urgency = q.Urgency ?? item.Urgencies[0];
        return package.FindLimit(item, urgency) is { } rule
            ? (rule.Limit, rule.Source.ToString())
            : throw new PackageAdminException("PKG-LIMIT-NONE", 400, item.Code, urgency) { Field = "urgency" };
    }

    /// <summary>A county administrator's tools look at places in their county only.</summary>
    static void InScope(DefinitionSet set, string scope, string place, string field)
    {
        var org = set.City!.Org;
        if (scope == set.City.City.Code) return;
        if (org.Find(place) is { } unit && !org.IsWithin(unit, scope))
            throw new PackageAdminException("PKG-PLACE-OUTSIDE", 403, place, scope) { Field = field };
    }
}
