using Governance.Core.Cases.Services;
using Governance.Core.Definitions.Model;
using Governance.Core.Packages;
using Governance.Core.ReadSide;

namespace Governance.Core.Command.Warnings;

/// <summary>What a rule check reads and writes through: the read side, the alerts, the case service, names and the time.</summary>
internal sealed record WarningContext(IFigureReader Figures, IAlertStore Alerts, CaseService Cases, DefinitionSet Definitions, DateTimeOffset Now)
{
    public EffectivePackage City => Definitions.City!;

    public string PlaceName(string code) => City.Org.Find(code)?.Name ?? code;

    public string ItemName(string grid, string item) => Definitions.For(grid).FindItem(item)?.Name ?? item;

    public string CategoryName(string code) => City.Categories.FirstOrDefault(c => c.Code == code)?.Name ?? code;

    /// <summary>
    /// Raises a new alert for these cases, or adds the ones it lacks to the rule's latest alert holding any of them
    /// (a cluster that keeps growing is one alert; an acknowledged one opens again when it grows).
    /// </summary>
    public async Task<AlertChange?> GatherAsync(WarningRule rule, AlertLevel level, string subject, CaseFact newest, IReadOnlyList<CaseFact> cases,
        Func<int, string> summary, CancellationToken ct)
    {
        var existing = await Alerts.LatestHoldingAsync(rule.Id, cases.Select(c => c.Id).ToList(), ct);
        if (existing is not null)
        {
            var added = cases.Where(c => existing.Cases.All(x => x.CaseId != c.Id)).Select(c => new AlertCase(c.Id, c.Number, Now)).ToList();
            if (added.Count == 0) return null;
            var all = existing.Cases.Concat(added).ToList();
            return new AlertChange(existing with
            {
                Cases = all, Summary = summary(all.Count), UpdatedAt = Now, State = AlertState.Open, AcknowledgedBy = null, AcknowledgedAt = null,
            }, false, added);
        }
        var first = cases.MinBy(c => c.ReportedAt)!;
        var list = cases.OrderBy(c => c.ReportedAt).Select(c => new AlertCase(c.Id, c.Number, Now)).ToList();
        return New(rule, level, subject, $"{subject}|{first.Id}", newest.GridCode, summary(list.Count), list);
    }

    public AlertChange New(WarningRule rule, AlertLevel level, string subject, string key, string place, string summary, IReadOnlyList<AlertCase> cases) =>
        new(new Alert(Guid.NewGuid().ToString("N"), rule.Id, rule.Name, level, subject, key, place, place[..Math.Min(6, place.Length)], summary,
            Now, Now, AlertState.Open, null, null, cases), true, cases);
}
