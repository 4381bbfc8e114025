namespace Governance.Core.Definitions.Model;

/// <summary>The colour of an alert (三色预警).</summary>
public enum AlertLevel { Blue, Yellow, Red }

/// <summary>An early-warning rule from definitions/warnings/: raised on cases as they arrive or on a schedule.</summary>
public abstract record WarningRule(string Id, string Name, bool Enabled, SourceRef Source);

/// <summary>What makes reports "the same thing" for 多点触发.</summary>
public enum ClusterMatch { Item, Category }

/// <summary>
/// 多点触发: at least <see cref="Count"/> reports of one item (or category) within <see cref="WithinHours"/>, in one grid
/// or, with <see cref="RadiusMetres"/>, within that distance of the newest report.
/// </summary>
public sealed record ClusterRule(string Id, string Name, bool Enabled, SourceRef Source, AlertLevel Level, int Count, double WithinHours,
    ClusterMatch Match, double? RadiusMetres) : WarningRule(Id, Name, Enabled, Source);

/// <summary>Repeated complaints (重复投诉): one phone number about one grid at least <see cref="Count"/> times within <see cref="WithinDays"/>.</summary>
public sealed record RepeatRule(string Id, string Name, bool Enabled, SourceRef Source, AlertLevel Level, int Count, double WithinDays)
    : WarningRule(Id, Name, Enabled, Source);

/// <summary>Escalation words (敏感词): a description containing any of <see cref="Words"/> raises the case to <see cref="Urgency"/> and an alert.</summary>
public sealed record KeywordRule(string Id, string Name, bool Enabled, SourceRef Source, AlertLevel Level, IReadOnlyList<string> Words, string Urgency)
    : WarningRule(Id, Name, Enabled, Source);

/// <summary>
/// Cases of some items still open (not closed) after a time: blue, yellow and red as each threshold passes, on the
/// working-day calendar (矛盾纠纷 三色预警). Items: those listed, and those of the category in the listed groups.
/// </summary>
public sealed record OpenTooLongRule(string Id, string Name, bool Enabled, SourceRef Source, string? Category, IReadOnlyList<string> Groups,
    IReadOnlyList<string> Items, IReadOnlyDictionary<AlertLevel, TimeLimit> Thresholds) : WarningRule(Id, Name, Enabled, Source)
{
    public bool Covers(CatalogItem item) =>
        Items.Contains(item.Code) || (Category == item.Category && (Groups.Count == 0 || (item.Group is { } g && Groups.Contains(g))));
}
