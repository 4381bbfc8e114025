namespace Governance.Storage.Reports.Entities;

/// <summary>One revision of a unit's collection sheet for a month; the values as JSON {code: number}.</summary>
public sealed class CollectionRecord
{
    public required string UnitCode { get; set; }
    public required string Period { get; set; }
    public int Revision { get; set; }
    public required string State { get; set; }
    public required string ValuesJson { get; set; }
    public string? Reason { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewComment { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A line of a collection sheet's journal (never rewritten).</summary>
public sealed class CollectionJournalRecord
{
    public required string Id { get; set; }
    public required string UnitCode { get; set; }
    public required string Period { get; set; }
    public int Revision { get; set; }
    public DateTimeOffset At { get; set; }
    public long AtMs { get; set; }
    public required string Action { get; set; }
    public required string Actor { get; set; }
    public required string ActorName { get; set; }
    public string? Comment { get; set; }
    public string? ChangesJson { get; set; }
}

/// <summary>
/// A background export: what was asked, by whom, how far it got and where the file is (a folder under the data
/// directory that every server node reaches), so any node can report progress and serve the download.
/// </summary>
public sealed class ExportJobRecord
{
    public required string Id { get; set; }
    public required string Kind { get; set; }
    public required string Target { get; set; }
    public required string UnitCode { get; set; }
    public required string Period { get; set; }
    public required string RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public required string State { get; set; }
    public int Done { get; set; }
    public int Total { get; set; }
    public string? FileName { get; set; }
    public string? Path { get; set; }
    public long? Size { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? LeaseOwner { get; set; }
    public long? LeaseUntilMs { get; set; }
}
