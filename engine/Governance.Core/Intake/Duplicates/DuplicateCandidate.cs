using Governance.Core.Cases.Model;

namespace Governance.Core.Intake.Duplicates;

/// <summary>
/// An open case that may report the same event, with how likely (0–1), how alike the texts read, and why it was offered,
/// in words an operator reads at a glance (同一网格、3 小时前、描述相似 0.82、同一事项).
/// </summary>
public sealed record DuplicateCandidate(Case Case, double Score, double TextSimilarity, bool SameItem, IReadOnlyList<string> Reasons)
{
    public string Reason => string.Join("、", Reasons);
}

/// <summary>What a duplicate is looked for: a case (existing, or being reported) by its place, time, item and text.</summary>
public sealed record DuplicateQuery(string? CaseId, string GridCode, double? Longitude, double? Latitude, string ItemCode, string Text, DateTimeOffset At);
