namespace Governance.Core.Cases.Model;

/// <summary>
/// One line of the case file (一事一档): who did what, in which role and unit, when, with what comment.
/// Append-only: entries are never updated or deleted.
/// </summary>
public sealed record CaseJournalEntry(
    string CaseId,
    int Sequence,
    DateTimeOffset At,
    string Action,
    string? Actor,
    string? ActorName,
    string? Role,
    string? Unit,
    string? Comment,
    string? DataJson);
