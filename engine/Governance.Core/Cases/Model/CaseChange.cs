namespace Governance.Core.Cases.Model;

/// <summary>
/// Everything one state change writes, in one transaction: the case (inserted when <see cref="ExpectedVersion"/>
/// is 0, else updated only at that version), the tasks opened or changed (each at its version), and the
/// journal entries appended. A version that no longer matches fails the whole change.
/// </summary>
public sealed record CaseChange(Case Case, int ExpectedVersion, IReadOnlyList<TaskChange> Tasks, IReadOnlyList<CaseJournalEntry> Journal)
{
    /// <summary>Files stored with the change (an upload is a change of the case like any other).</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>Notifications written to the outbox with the change, so they are sent if and only if it commits.</summary>
    public IReadOnlyList<Governance.Sdk.Activities.OutboxMessage> Notifications { get; init; } = [];

    /// <summary>A registration's lesson for the intake suggestions, written with it (see <see cref="Intake.Learning.IntakeExample"/>).</summary>
    public Intake.Learning.IntakeExample? Example { get; init; }
}

/// <summary>A file attached to a case: photos before and after, documents.</summary>
public sealed record Attachment(string Id, string CaseId, string FileName, string ContentType, long Size, string? Step, string UploadedBy, DateTimeOffset UploadedAt)
{
    /// <summary>The bytes; empty when only the metadata was read.</summary>
    public byte[] Content { get; init; } = [];
}

/// <summary>A task to insert (<see cref="ExpectedVersion"/> 0) or to update at its version.</summary>
public sealed record TaskChange(CaseTask Task, int ExpectedVersion);

/// <summary>Thrown by a store when a version no longer matches: someone else changed the case or task first.</summary>
public sealed class ConcurrencyException(string what) : Exception($"concurrent change of {what}");
