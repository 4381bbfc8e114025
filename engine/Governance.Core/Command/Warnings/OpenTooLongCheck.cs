using Governance.Core.Calendar;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.ReadSide;

namespace Governance.Core.Command.Warnings;

/// <summary>
/// 三色预警 for cases left open too long (矛盾纠纷): on each scheduled pass, every open case of the rule's items gets one
/// alert whose colour rises as each threshold passes on the working-day calendar.
/// </summary>
internal static class OpenTooLongCheck
{
    public static async Task<List<AlertChange>> RunAsync(OpenTooLongRule rule, WarningContext x, CancellationToken ct)
    {
        var items = x.City.Items.Where(rule.Covers).Select(i => i.Code).ToArray();
        if (items.Length == 0) return [];
        var open = await x.Figures.CaseFactsAsync(new FigureQuery { OpenOnly = true, To = x.Now }.Where(Dimension.Item, items), FactOrder.Oldest, 5000, ct);
        var changes = new List<AlertChange>();
        foreach (var fact in open)
        {
            if (Reached(rule, fact, x) is not { } level) continue;
            var key = $"case:{fact.Id}";
            var summary = Text.Format("ALERT-OPEN-TOO-LONG", x.ItemName(fact.GridCode, fact.ItemCode), fact.Number, x.PlaceName(fact.GridCode),
                Text.Format("ALERT-LEVEL-" + level.ToString().ToUpperInvariant()), Describe(rule.Thresholds[level]));
            var existing = await x.Alerts.FindAsync(rule.Id, key, ct);
            if (existing is null) changes.Add(x.New(rule, level, key, key, fact.GridCode, summary, [new AlertCase(fact.Id, fact.Number, x.Now)]));
            else if (level > existing.Level)
                changes.Add(new AlertChange(existing with { Level = level, Summary = summary, UpdatedAt = x.Now, State = AlertState.Open, AcknowledgedBy = null, AcknowledgedAt = null }, false, []));
        }
        return changes;
    }

    /// <summary>The highest colour whose threshold has passed since the case was reported; null for none (or no calendar data).</summary>
    static AlertLevel? Reached(OpenTooLongRule rule, CaseFact fact, WarningContext x)
    {
        var calendar = x.Cases.Projector.CalendarFor(x.Definitions.For(fact.GridCode));
        AlertLevel? reached = null;
        foreach (var (level, limit) in rule.Thresholds.OrderBy(t => t.Key))
        {
            try
            {
                if (new TimeLimitClock(fact.ReportedAt, limit).Deadline(calendar) is { } due && due <= x.Now) reached = level;
            }
            catch (CalendarException)
            {
                // A year without calendar data: the server already warns about it; no colour is guessed.
            }
        }
        return reached;
    }

    static string Describe(TimeLimit limit) => Text.Format("ALERT-LIMIT-" + limit.Unit.ToString().ToUpperInvariant(), limit.Amount);
}
