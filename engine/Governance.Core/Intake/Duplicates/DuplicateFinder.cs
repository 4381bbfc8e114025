using Governance.Core.Cases;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Intake.Suggestions;
using Governance.Core.Messages;

namespace Governance.Core.Intake.Duplicates;

/// <summary>
/// Finds open cases that may report the same event: in the same street, within <see cref="Window"/> either side, of
/// the same item or a related one (one the suggestions put near the top for this text, or of the same category and
/// department function), ranked by item, place, time and how alike the descriptions read, each with its reasons.
/// </summary>
public sealed class DuplicateFinder(ICaseStore store, IntakeSuggester suggester)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(72);
    const double Threshold = 0.45;

    public async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(DuplicateQuery q, EffectivePackage package, string county, int limit = 5, CancellationToken ct = default)
    {
        var near = await store.FindOpenNearAsync(StreetOf(q.GridCode), q.At - Window, 200, ct);
        var candidates = near.Where(c => c.Id != q.CaseId && c.ReportedAt <= q.At + Window).ToList();
        if (candidates.Count == 0) return [];

        var related = await RelatedItemsAsync(q, package, county, ct);
        var found = new List<DuplicateCandidate>();
        foreach (var c in candidates)
        {
            var sameItem = c.ItemCode == q.ItemCode;
            if (!sameItem && !related.Contains(c.ItemCode)) continue;
            var reasons = new List<string>();
            var place = Place(q, c, package.Org, reasons);
            var hours = Math.Abs((q.At - c.ReportedAt).TotalHours);
            reasons.Add(Ago(q.At - c.ReportedAt));
            var text = TextSimilarity.Of(q.Text, c.Description);
            reasons.Add(Text.Format("DUP-TEXT", text.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)));
            reasons.Add(sameItem ? Text.Format("DUP-SAME-ITEM") : Text.Format("DUP-RELATED-ITEM", package.FindItem(c.ItemCode)?.Name ?? c.ItemCode));
            var score = 0.35 * (sameItem ? 1 : 0.6) + 0.25 * place + 0.15 * Math.Max(0, 1 - hours / Window.TotalHours) + 0.25 * text;
            if (score >= Threshold || text >= 0.5) found.Add(new DuplicateCandidate(c, Math.Round(score, 2), Math.Round(text, 2), sameItem, reasons));
        }
        return found.OrderByDescending(d => d.Score).ThenByDescending(d => d.Case.ReportedAt).Take(limit).ToList();
    }

    async Task<HashSet<string>> RelatedItemsAsync(DuplicateQuery q, EffectivePackage package, string county, CancellationToken ct)
    {
        var related = (await suggester.SuggestAsync(package, county, q.Text, 5, ct)).Items.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        if (package.FindItem(q.ItemCode) is { } item)
            foreach (var other in package.Items.Where(i => i.Category == item.Category && i.Department == item.Department)) related.Add(other.Code);
        return related;
    }

    /// <summary>The street's code: a grid code's first nine digits (county 6, street 3).</summary>
    static string StreetOf(string gridCode) => gridCode.Length >= 9 ? gridCode[..9] : gridCode;

    /// <summary>How near, 0–1: by distance when both have coordinates, else by the smallest org unit they share.</summary>
    static double Place(DuplicateQuery q, Case c, OrgTree org, List<string> reasons)
    {
        if (q is { Longitude: { } lon, Latitude: { } lat } && c.Place is { Longitude: { } lon2, Latitude: { } lat2 })
        {
            var meters = Distance(lat, lon, lat2, lon2);
            reasons.Add(Text.Format("DUP-DISTANCE", Math.Round(meters)));
            return meters <= 50 ? 1 : meters <= 200 ? 0.8 : meters <= 500 ? 0.5 : 0.2;
        }
        if (c.Place.GridCode == q.GridCode) { reasons.Add(Text.Format("DUP-SAME-GRID")); return 1; }
        if (c.Place.GridCode.Length >= 12 && q.GridCode.StartsWith(c.Place.GridCode[..12], StringComparison.Ordinal))
        {
            reasons.Add(Text.Format("DUP-SAME-COMMUNITY", org.Find(c.Place.GridCode[..12])?.Name ?? ""));
            return 0.6;
        }
        reasons.Add(Text.Format("DUP-SAME-STREET", org.Find(StreetOf(c.Place.GridCode))?.Name ?? ""));
        return 0.3;
    }

    static string Ago(TimeSpan span)
    {
        var later = span < TimeSpan.Zero;
        var d = span.Duration();
        if (d < TimeSpan.FromMinutes(1)) return Text.Format("DUP-JUST-NOW");
        var amount = d.TotalMinutes < 60 ? Text.Format("DUP-MINUTES", (int)d.TotalMinutes)
            : d.TotalHours < 48 ? Text.Format("DUP-HOURS", (int)d.TotalHours)
            : Text.Format("DUP-DAYS", (int)d.TotalDays);
        return Text.Format(later ? "DUP-LATER" : "DUP-EARLIER", amount);
    }

    static double Distance(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6_371_000;
        double Rad(double deg) => deg * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Sqrt(a));
    }
}
