using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.ReadSide;

namespace Governance.Core.Command.Warnings;

/// <summary>The rules looked at as each case arrives, one check per rule kind.</summary>
internal static class ArrivalChecks
{
    public delegate Task<AlertChange?> Check(WarningRule rule, CaseFact fact, WarningContext context, CancellationToken ct);

    public static readonly IReadOnlyDictionary<Type, Check> ByKind = new Dictionary<Type, Check>
    {
        [typeof(ClusterRule)] = (r, f, x, ct) => ClusterAsync((ClusterRule)r, f, x, ct),
        [typeof(RepeatRule)] = (r, f, x, ct) => RepeatAsync((RepeatRule)r, f, x, ct),
        [typeof(KeywordRule)] = (r, f, x, ct) => KeywordsAsync((KeywordRule)r, f, x, ct),
    };

    /// <summary>多点触发: the reports of the same item (or category) in the window up to this one, in its grid or within the radius.</summary>
    static async Task<AlertChange?> ClusterAsync(ClusterRule rule, CaseFact fact, WarningContext x, CancellationToken ct)
    {
        var query = Window(fact, TimeSpan.FromHours(rule.WithinHours))
            .Where(rule.Match == ClusterMatch.Item ? Dimension.Item : Dimension.Category, rule.Match == ClusterMatch.Item ? fact.ItemCode : fact.CategoryCode);
        IReadOnlyList<CaseFact> near;
        if (rule.RadiusMetres is { } radius)
        {
            if (fact.Longitude is not { } lon || fact.Latitude is not { } lat) return null;
            var candidates = await x.Figures.CaseFactsAsync(query with { Within = Geo.Box(lon, lat, radius) }, FactOrder.Oldest, 1000, ct);
            near = candidates.Where(c => c.Longitude is { } l && c.Latitude is { } b && Geo.Metres(lon, lat, l, b) <= radius).ToList();
        }
        else near = await x.Figures.CaseFactsAsync(query.Where(Dimension.Grid, fact.GridCode), FactOrder.Oldest, 1000, ct);
        if (near.Count < rule.Count) return null;

        var what = rule.Match == ClusterMatch.Item ? x.ItemName(fact.GridCode, fact.ItemCode) : x.CategoryName(fact.CategoryCode);
        var subject = rule.Match == ClusterMatch.Item ? $"item:{fact.ItemCode}" : $"category:{fact.CategoryCode}";
        return rule.RadiusMetres is { } r
            ? await x.GatherAsync(rule, rule.Level, subject, fact, near, n => Text.Format("ALERT-CLUSTER-NEARBY", x.PlaceName(fact.GridCode), r, rule.WithinHours, what, n), ct)
            : await x.GatherAsync(rule, rule.Level, $"{subject}|grid:{fact.GridCode}", fact, near, n => Text.Format("ALERT-CLUSTER", x.PlaceName(fact.GridCode), rule.WithinHours, what, n), ct);
    }

    /// <summary>Repeated complaints: the reports from this phone number about this grid in the window up to this one.</summary>
    static async Task<AlertChange?> RepeatAsync(RepeatRule rule, CaseFact fact, WarningContext x, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(fact.ReporterPhone)) return null;
        var same = await x.Figures.CaseFactsAsync(Window(fact, TimeSpan.FromDays(rule.WithinDays))
            .Where(Dimension.Phone, fact.ReporterPhone).Where(Dimension.Grid, fact.GridCode), FactOrder.Oldest, 1000, ct);
        if (same.Count < rule.Count) return null;
        return await x.GatherAsync(rule, rule.Level, $"phone:{fact.ReporterPhone}|grid:{fact.GridCode}", fact, same,
            n => Text.Format("ALERT-REPEAT", rule.WithinDays, x.PlaceName(fact.GridCode), n), ct);
    }

    /// <summary>Escalation words: the case is raised to the rule's urgency (its own journal entry) and a red alert names the word.</summary>
    static async Task<AlertChange?> KeywordsAsync(KeywordRule rule, CaseFact fact, WarningContext x, CancellationToken ct)
    {
        var words = rule.Words.Where(w => fact.Description.Contains(w, StringComparison.Ordinal)).ToList();
        if (words.Count == 0) return null;
        var key = $"case:{fact.Id}";
        if (await x.Alerts.FindAsync(rule.Id, key, ct) is not null) return null;
        var quoted = string.Join("、", words.Select(w => Text.Format("ALERT-WORD", w)));
        // The case change comes first: if this pass dies before the alert is written, the next pass finds the urgency raised and writes it.
        await x.Cases.RaiseUrgencyAsync(fact.Id, rule.Urgency, Text.Format("ALERT-KEYWORDS-REASON", rule.Name, quoted), ct);
        var urgency = x.City.Urgencies.FirstOrDefault(u => u.Code == rule.Urgency)?.Name ?? rule.Urgency;
        return x.New(rule, rule.Level, key, key, fact.GridCode, Text.Format("ALERT-KEYWORDS", fact.Number, x.PlaceName(fact.GridCode), quoted, urgency),
            [new AlertCase(fact.Id, fact.Number, x.Now)]);
    }

    static FigureQuery Window(CaseFact fact, TimeSpan length) => new() { From = fact.ReportedAt - length, To = fact.ReportedAt.AddMilliseconds(1) };
}

/// <summary>Distances on the earth's surface, for "within R metres".</summary>
internal static class Geo
{
    const double EarthRadius = 6_371_000;
    const double MetresPerDegree = Math.PI * EarthRadius / 180;

    public static double Metres(double lon1, double lat1, double lon2, double lat2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Rad(lat2 - lat1) / 2), 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(Rad(lon2 - lon1) / 2), 2);
        return 2 * EarthRadius * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>A box that holds every point within <paramref name="metres"/> of the centre.</summary>
    public static GeoBox Box(double lon, double lat, double metres)
    {
        var dLat = metres / MetresPerDegree;
        var dLon = metres / (MetresPerDegree * Math.Max(0.01, Math.Cos(lat * Math.PI / 180)));
        return new GeoBox(lon - dLon, lat - dLat, lon + dLon, lat + dLat);
    }
}
