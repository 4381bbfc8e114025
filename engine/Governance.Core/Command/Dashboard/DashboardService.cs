using Governance.Core.Command.Warnings;
using Governance.Core.Definitions.Model;
using Governance.Core.Packages;
using Governance.Core.ReadSide;

namespace Governance.Core.Command.Dashboard;

/// <summary>
/// Builds the dashboard from the read side, scoped to the viewer. Every figure is a read-side query; nothing is counted
/// here. Names, places and the time zone come from the package in force when the dashboard is asked for.
/// </summary>
public sealed class DashboardService(IFigureReader figures, IAlertStore alerts, IPackageProvider packages, TimeProvider clock)
{
    public async Task<DashboardView> BuildAsync(Viewer viewer, int days = 30, CancellationToken ct = default)
    {
        var definitions = packages.Current;
        var zone = Period.ZoneOf(definitions);
        var names = new Names(definitions);
        days = Math.Clamp(days, 1, 366);
        var now = clock.GetUtcNow();
        var today = Period.Today(now, zone);
        var start = Period.At(today.AddDays(1 - days), zone);
        var end = Period.At(today.AddDays(1), zone);
        var scope = new FigureQuery { Scope = viewer.Scope };
        var period = scope with { From = start, To = end };
        var weights = definitions.Command.Assessment.Weights;
        var org = definitions.City!.Org;
        var childLevel = viewer.Unit.Level == OrgLevel.Grid ? (OrgLevel?)null : viewer.Unit.Level - 1;

        var todayRow = await One(scope with { From = Period.At(today, zone), To = end }, ct);
        var total = await One(period, ct);
        var trend = (await figures.CasesAsync(period.By(Dimension.Day), ct)).ToDictionary(r => r.Key!, r => r.Measures);
        var category = await figures.CasesAsync(period.By(Dimension.Category), ct);
        var item = await figures.CasesAsync(period.By(Dimension.Item), ct);
        var channel = await figures.CasesAsync(period.By(Dimension.Channel), ct);
        var units = childLevel is { } child ? await figures.CasesAsync(period.By(LevelDimension(child)), ct) : [];
        var departments = await figures.CasesAsync(period.By(Dimension.Department), ct);
        var grids = (await figures.CasesAsync(period.By(Dimension.Grid), ct)).ToDictionary(r => r.Key!, r => r.Measures);

        var open = scope with { OpenOnly = true };
        var overdue = await figures.CaseFactsAsync(open.Where(Dimension.Warning, "Overdue"), FactOrder.Deadline, 20, ct);
        var red = await figures.CaseFactsAsync(open.Where(Dimension.Warning, "Red"), FactOrder.Deadline, 20, ct);
        var latest = await figures.CaseFactsAsync(scope, FactOrder.Newest, 15, ct);
        var recentAlerts = await alerts.ListAsync(viewer.Scope, new AlertQuery(Limit: 20), ct);

        return new DashboardView(
            new DashboardScope(viewer.Unit.Code, viewer.Unit.Name, Level(viewer.Unit.Level), LevelName(viewer.Unit.Level),
                childLevel is { } l ? Level(l) : null, childLevel is { } n ? LevelName(n) : null), now, days,
            new TodayFigures(todayRow.Reported, todayRow.Accepted, todayRow.Closed, todayRow.Pending),
            new PeriodFigures(total.Reported, total.Accepted, total.Open, total.Closed, total.Overdue, total.OverdueOpen, total.RedOpen,
                total.OnTimeRate, total.Rated, total.Satisfaction(weights)),
            Enumerable.Range(0, days).Select(i => today.AddDays(i + 1 - days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                .Select(d => new DayFigures(d, trend.GetValueOrDefault(d)?.Reported ?? 0, trend.GetValueOrDefault(d)?.Closed ?? 0)).ToList(),
            Counted(category, names.Category),
            Counted(item, c => names.Item(c)).Take(10).ToList(),
            Counted(channel, names.Channel),
            units.Where(r => r.Key is not null).Select(r => Unit(r, names.Place(r.Key!), weights)).OrderByDescending(u => u.Reported).ToList(),
            departments.Where(r => r.Key is not null).Select(r => Unit(r, names.Department(r.Key!), weights)).OrderByDescending(u => u.Reported).Take(15).ToList(),
            overdue.Select(names.Line).ToList(), red.Select(names.Line).ToList(), latest.Select(names.Line).ToList(),
            recentAlerts.Select(names.Line).ToList(),
            org.Units.Where(u => u.Level == OrgLevel.Grid && (viewer.Scope.All ? org.IsWithin(u, viewer.Unit.Code) : viewer.Covers(u.Code) || grids.ContainsKey(u.Code)))
                .OrderBy(u => u.Code, StringComparer.Ordinal)
                .Select(u => Grid(org, u, grids.GetValueOrDefault(u.Code, CaseMeasures.Zero))).ToList());
    }

    async Task<CaseMeasures> One(FigureQuery q, CancellationToken ct) => (await figures.CasesAsync(q, ct)).FirstOrDefault()?.Measures ?? CaseMeasures.Zero;

    static List<NamedCount> Counted(IReadOnlyList<FigureRow<CaseMeasures>> rows, Func<string, string> name) =>
        rows.Where(r => r.Key is not null).Select(r => new NamedCount(r.Key!, name(r.Key!), r.Measures.Reported))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();

    static UnitFigures Unit(FigureRow<CaseMeasures> r, string name, SatisfactionWeights w) =>
        new(r.Key!, name, r.Measures.Reported, r.Measures.Closed, r.Measures.OverdueOpen, r.Measures.OnTimeRate, r.Measures.Satisfaction(w));

    static GridFigures Grid(OrgTree org, OrgUnit grid, CaseMeasures m)
    {
        var community = org.Find(grid.ParentCode ?? "");
        return new GridFigures(grid.Code, grid.Name, community?.Code ?? "", community?.Name ?? "", m.Reported, m.Open, m.OverdueOpen, m.RedOpen);
    }

    public static Dimension LevelDimension(OrgLevel level) => level switch
    {
        OrgLevel.County => Dimension.County,
        OrgLevel.Street => Dimension.Street,
        OrgLevel.Community => Dimension.Community,
        _ => Dimension.Grid,
    };

    static string Level(OrgLevel level) => level.ToString().ToLowerInvariant();

    static string LevelName(OrgLevel level) => Messages.Text.Format("TERM-LEVEL-" + level.ToString().ToUpperInvariant());
}
