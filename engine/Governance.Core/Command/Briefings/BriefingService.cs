using Governance.Core.Command.Warnings;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.Packages;
using Governance.Core.ReadSide;

namespace Governance.Core.Command.Briefings;

/// <summary>
/// Makes the briefings of definitions/briefings: each periodic one for every unit of its levels once its period is
/// over (yesterday, last week, last month), and 要情专报 for each alert of its colours. Each is made once (its key is
/// unique, and one server at a time holds the lease); it is kept as made. Each pass works on the package in force
/// when it begins (its briefings, units, names and time zone).
/// </summary>
public sealed class BriefingService(IFigureReader figures, IAlertStore alerts, IBriefingStore store, IPackageProvider packages, TimeProvider clock)
{
    public const string Job = "briefings";

    /// <summary>How far back alerts are looked at for 要情专报 (older ones were reported before the server ran).</summary>
    public static readonly TimeSpan AlertLookback = TimeSpan.FromDays(2);

    /// <summary>Makes every briefing that is due and not made yet. Returns those made.</summary>
    public async Task<IReadOnlyList<Briefing>> GenerateDueAsync(string owner, CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try { return await DueAsync(owner, ct); }
        finally { gate.Release(); }
    }

    readonly SemaphoreSlim gate = new(1, 1);

    async Task<IReadOnlyList<Briefing>> DueAsync(string owner, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!await alerts.TryLeaseAsync(Job, owner, TimeSpan.FromMinutes(5), now, ct)) return [];
        var definitions = packages.Current;
        var zone = Period.ZoneOf(definitions);
        var made = new List<Briefing>();
        foreach (var definition in definitions.Command.Briefings)
        {
            if (definition.Period == BriefingPeriod.Alert)
            {
                var raised = await alerts.ListAsync(FigureScope.Everything, new AlertQuery(UpdatedSince: now - AlertLookback, Limit: 500), ct);
                foreach (var alert in raised.Where(a => definition.AlertLevels.Contains(a.Level) && a.RaisedAt >= now - AlertLookback))
                    if (await MakeAsync(definitions, definition, ScopeOf(definitions, definition, alert.PlaceCode), LastPeriod(BriefingPeriod.Day, now, zone), alert, now, ct) is { } b)
                        made.Add(b);
                continue;
            }
            var period = LastPeriod(definition.Period, now, zone);
            foreach (var unit in definitions.City!.Org.Units.Where(u => definition.Scopes.Contains(u.Level)).OrderBy(u => u.Code, StringComparer.Ordinal))
                if (await MakeAsync(definitions, definition, unit, period, null, now, ct) is { } b) made.Add(b);
        }
        return made;
    }

    /// <summary>Makes one briefing for a unit and period (or an alert) unless it exists, on the package in force.</summary>
    public Task<Briefing?> MakeAsync(BriefingDefinition definition, OrgUnit unit, Period period, Alert? alert, DateTimeOffset now, CancellationToken ct = default) =>
        MakeAsync(packages.Current, definition, unit, period, alert, now, ct);

    async Task<Briefing?> MakeAsync(DefinitionSet definitions, BriefingDefinition definition, OrgUnit unit, Period period, Alert? alert, DateTimeOffset now,
        CancellationToken ct)
    {
        var zone = Period.ZoneOf(definitions);
        var key = alert is null ? $"{definition.Id}|{unit.Code}|{period.Start.ToUnixTimeMilliseconds()}" : $"{definition.Id}|alert:{alert.Id}";
        if (await store.ExistsAsync(key, ct)) return null;
        if (alert is not null)
        {
            // 要情专报 covers the day up to the alert, against the day before.
            var day = Period.Today(alert.RaisedAt, zone);
            period = new Period(Period.At(day, zone), alert.RaisedAt, Period.Day(day, zone).Label);
        }
        var previous = Previous(definition.Period, period, zone);
        var content = await new BriefingWriter(figures, alerts, definitions).WriteAsync(definition, unit, period, previous, alert, now, ct);
        var briefing = new Briefing(Guid.NewGuid().ToString("N"), definition.Id, definition.Name, definition.Period, unit.Code, unit.Name,
            period.Start, period.End, now, alert?.Id, content);
        return await store.AddAsync(briefing, key, ct) ? briefing : null;
    }

    /// <summary>The last complete day, week (Monday to Sunday) or month before now.</summary>
    public static Period LastPeriod(BriefingPeriod kind, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = Period.Today(now, zone);
        return kind switch
        {
            BriefingPeriod.Week => Period.Week(today.AddDays(-((int)today.DayOfWeek + 6) % 7 - 7), zone),
            BriefingPeriod.Month => Period.Month(new DateOnly(today.Year, today.Month, 1).AddMonths(-1), zone) is var m
                ? m with { Label = Period.MonthLabel(DateOnly.FromDateTime(m.Start.DateTime)) } : null!,
            _ => Period.Day(today.AddDays(-1), zone),
        };
    }

    static Period Previous(BriefingPeriod kind, Period p, TimeZoneInfo zone)
    {
        var start = DateOnly.FromDateTime(p.Start.DateTime);
        return kind switch
        {
            BriefingPeriod.Week => Period.Week(start.AddDays(-7), zone),
            BriefingPeriod.Month => Period.Month(start.AddMonths(-1), zone),
            _ => Period.Day(start.AddDays(-1), zone),
        };
    }

    /// <summary>要情专报 goes to the alert's county (or the city, when the definition is for the city only).</summary>
    static OrgUnit ScopeOf(DefinitionSet definitions, BriefingDefinition definition, string place)
    {
        var org = definitions.City!.Org;
        foreach (var level in new[] { OrgLevel.Street, OrgLevel.County, OrgLevel.City }.Where(definition.Scopes.Contains))
            if (org.Find(place) is { } unit && org.AncestorAt(unit, level) is { } scope) return scope;
        return org.Root!;
    }

    public static string Title(BriefingDefinition d, OrgUnit unit, string periodLabel, Alert? alert) => alert is null
        ? Text.Format("BRIEF-TITLE", unit.Name, d.Name, periodLabel)
        : Text.Format("BRIEF-TITLE-ALERT", unit.Name, d.Name, alert.Summary);
}
