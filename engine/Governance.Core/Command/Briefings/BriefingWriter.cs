using Governance.Core.Command.Warnings;
using Governance.Core.Definitions.Model;
using Governance.Core.Packages;
using Governance.Core.ReadSide;

namespace Governance.Core.Command.Briefings;

/// <summary>Writes a briefing's content from the read side: figures against the period before, top items and places, overdue cases, alerts.</summary>
internal sealed class BriefingWriter(IFigureReader figures, IAlertStore alerts, DefinitionSet definitions)
{
    readonly Names names = new(definitions);

    public async Task<BriefingContent> WriteAsync(BriefingDefinition d, OrgUnit unit, Period period, Period previous, Alert? alert, DateTimeOffset now, CancellationToken ct)
    {
        var scope = Viewer.Place(unit);
        var current = new FigureQuery { Scope = scope, From = period.Start, To = period.End };
        var before = current with { From = previous.Start, To = previous.End };
        var scopeAlerts = await alerts.ListAsync(scope, new AlertQuery(UpdatedSince: previous.Start, Limit: 1000), ct);
        var inPeriod = scopeAlerts.Where(a => a.RaisedAt >= period.Start && a.RaisedAt < period.End).ToList();
        var inPrevious = scopeAlerts.Where(a => a.RaisedAt >= previous.Start && a.RaisedAt < previous.End).ToList();

        var items = await Ranked(current, before, Dimension.Item, d.TopItems, c => names.Item(c), ct);
        var places = await Ranked(current, before, Dashboard.DashboardService.LevelDimension(d.TopPlacesLevel), d.TopPlaces, names.PlacePath, ct);
        var overdue = await figures.CaseFactsAsync(new FigureQuery { Scope = scope, OpenOnly = true }.Where(Dimension.Warning, "Overdue"), FactOrder.Deadline, d.Overdue, ct);
        IReadOnlyList<CaseLine> causes = [];
        if (alert is not null)
        {
            var ids = alert.Cases.Select(c => c.CaseId).ToArray();
            causes = (await figures.CaseFactsAsync(new FigureQuery { Ids = ids }, FactOrder.Oldest, ids.Length, ct)).Select(names.Line).ToList();
        }
        return new BriefingContent(BriefingService.Title(d, unit, period.Label, alert), period.Label,
            await Figures(current, inPeriod, ct), await Figures(before, inPrevious, ct), items, places,
            overdue.Select(names.Line).ToList(), inPeriod.OrderByDescending(a => a.Level).ThenBy(a => a.RaisedAt).Select(names.Line).ToList(),
            alert is null ? null : names.Line(alert), causes);
    }

    async Task<BriefingFigures> Figures(FigureQuery q, IReadOnlyList<Alert> raised, CancellationToken ct)
    {
        var m = (await figures.CasesAsync(q, ct)).FirstOrDefault()?.Measures ?? CaseMeasures.Zero;
        return new BriefingFigures(m.Reported, m.Accepted, m.Closed, m.Open, m.Overdue, m.OnTimeRate, m.Satisfaction(definitions.Command.Assessment.Weights),
            raised.Count, raised.Count(a => a.Level == AlertLevel.Red));
    }

    async Task<IReadOnlyList<RankedCount>> Ranked(FigureQuery current, FigureQuery before, Dimension by, int top, Func<string, string> name, CancellationToken ct)
    {
        var now = (await figures.CasesAsync(current.By(by), ct)).Where(r => r.Key is not null).OrderByDescending(r => r.Measures.Reported).ThenBy(r => r.Key)
            .Take(top).ToList();
        var then = (await figures.CasesAsync(before.By(by), ct)).Where(r => r.Key is not null).ToDictionary(r => r.Key!, r => r.Measures.Reported);
        return now.Select(r => new RankedCount(r.Key!, name(r.Key!), r.Measures.Reported, then.GetValueOrDefault(r.Key!))).ToList();
    }
}
