using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Core.Definitions.Loading;

/// <summary>Reads an early-warning rule; its "kind" decides which fields it has.</summary>
internal static class WarningReader
{
    static readonly Dictionary<string, Func<JsonSection, Head, WarningRule?>> Kinds = new(StringComparer.Ordinal)
    {
        ["cluster"] = Cluster, ["repeat"] = Repeat, ["keywords"] = Keywords, ["openTooLong"] = OpenTooLong,
    };

    static readonly string[] Common = ["id", "name", "kind", "enabled", "description"];

    sealed record Head(string Id, string Name, bool Enabled, SourceRef At);

    public static WarningRule? Rule(JsonSection s)
    {
        var id = s.String("id");
        var name = s.String("name");
        var kind = s.String("kind");
        var enabled = s.Bool("enabled", false) ?? true;
        if (kind is not null && !Kinds.ContainsKey(kind))
        {
            s.Errors.Add(s.At.Field("kind"), "DEF-WARN-KIND", kind, string.Join(", ", Kinds.Keys));
            return null;
        }
        return id is null || name is null || kind is null ? null : Kinds[kind](s, new Head(id, name, enabled, s.At));
    }

    static WarningRule? Cluster(JsonSection s, Head h)
    {
        s.AllowOnly([.. Common, "level", "count", "withinHours", "match", "radiusMetres"]);
        var level = Level(s);
        var count = Count(s);
        var hours = Positive(s, "withinHours");
        var match = s.Enum<ClusterMatch>("match", Text.Format("TERM-CLUSTER-MATCH"), required: false) ?? ClusterMatch.Item;
        var radius = s.Number("radiusMetres", false);
        if (radius is <= 0) { s.Errors.Add(s.At.Field("radiusMetres"), "DEF-WARN-RADIUS", radius); return null; }
        return level is null || count is null || hours is null ? null
            : new ClusterRule(h.Id, h.Name, h.Enabled, h.At, level.Value, count.Value, hours.Value, match, radius);
    }

    static WarningRule? Repeat(JsonSection s, Head h)
    {
        s.AllowOnly([.. Common, "level", "count", "withinDays"]);
        var level = Level(s);
        var count = Count(s);
        var days = Positive(s, "withinDays");
        return level is null || count is null || days is null ? null : new RepeatRule(h.Id, h.Name, h.Enabled, h.At, level.Value, count.Value, days.Value);
    }

    static WarningRule? Keywords(JsonSection s, Head h)
    {
        s.AllowOnly([.. Common, "level", "words", "urgency"]);
        var level = Level(s);
        var words = s.Strings("words");
        if (s.Has("words") && words.Count == 0) s.Errors.Add(s.At.Field("words"), "DEF-WARN-WORDS");
        var urgency = s.String("urgency");
        return level is null || words.Count == 0 || urgency is null ? null : new KeywordRule(h.Id, h.Name, h.Enabled, h.At, level.Value, words, urgency);
    }

    static WarningRule? OpenTooLong(JsonSection s, Head h)
    {
        s.AllowOnly([.. Common, "category", "groups", "items", "thresholds"]);
        var category = s.String("category", false);
        var groups = s.Strings("groups", false);
        var items = s.Strings("items", false);
        if (category is null && items.Count == 0) s.Errors.Add(s.At, "DEF-WARN-TARGET");
        var thresholds = new Dictionary<AlertLevel, TimeLimit>();
        if (s.Object("thresholds") is { } t)
        {
            t.AllowOnly("blue", "yellow", "red");
            foreach (var level in Enum.GetValues<AlertLevel>())
                if (t.Object(level.ToString().ToLowerInvariant()) is { } limit)
                {
                    limit.AllowOnly("amount", "unit");
                    if (ElementReaders.TimeLimit(limit) is { } l) thresholds[level] = l;
                }
            if (thresholds.Count == 3 && !(Rising(thresholds[AlertLevel.Blue], thresholds[AlertLevel.Yellow]) && Rising(thresholds[AlertLevel.Yellow], thresholds[AlertLevel.Red])))
                t.Errors.Add(t.At, "DEF-WARN-THRESHOLD-ORDER");
        }
        return thresholds.Count < 3 || (category is null && items.Count == 0) ? null
            : new OpenTooLongRule(h.Id, h.Name, h.Enabled, h.At, category, groups, items, thresholds);
    }

    // Thresholds in different units cannot be compared without a calendar; within one unit they must rise.
    static bool Rising(TimeLimit a, TimeLimit b) => a.Unit != b.Unit || a.Amount < b.Amount;

    static AlertLevel? Level(JsonSection s) => s.Enum<AlertLevel>("level", Text.Format("TERM-ALERT-LEVEL"));

    static int? Count(JsonSection s)
    {
        var count = s.Int("count");
        if (count is < 2) { s.Errors.Add(s.At.Field("count"), "DEF-WARN-COUNT", count); return null; }
        return count;
    }

    static double? Positive(JsonSection s, string name)
    {
        var v = s.Number(name);
        if (v is <= 0) { s.Errors.Add(s.At.Field(name), "DEF-WARN-WINDOW", name, v); return null; }
        return v;
    }
}
