namespace Governance.Storage.Cases.Entities;

public sealed class CaseRecord
{
    public required string Id { get; set; }
    public required string Number { get; set; }
    public required string CountyCode { get; set; }
    public required string Channel { get; set; }
    public string? ReporterName { get; set; }
    public string? ReporterPhone { get; set; }
    public string? ReporterUsername { get; set; }
    public required string GridCode { get; set; }
    public string? Address { get; set; }
    public double? Longitude { get; set; }
    public double? Latitude { get; set; }
    public required string ItemCode { get; set; }
    public required string CategoryCode { get; set; }
    public required string Urgency { get; set; }
    public required string Description { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
    public long ReportedAtMs { get; set; }
    public string? IdempotencyKey { get; set; }
    public string? IdempotencyBinding { get; set; }
    public string? WorkflowInstanceId { get; set; }
    public int WorkflowVersion { get; set; }
    public required string Status { get; set; }
    public string? AssigneeJson { get; set; }
    public string? AssigneeUnit { get; set; }
    public string? AssigneeDepartment { get; set; }
    public long? DeadlineMs { get; set; }
    public required string Warning { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? Satisfaction { get; set; }
    public string? MergedInto { get; set; }
    public int ReopenCount { get; set; }
    public bool OnTime { get; set; }
    public string? FormDataJson { get; set; }
    public int JournalCount { get; set; }
    public int Version { get; set; }
}

public sealed class CaseTaskRecord
{
    public required string Id { get; set; }
    public required string CaseId { get; set; }
    public required string Step { get; set; }
    public required string Role { get; set; }
    public required string UnitCode { get; set; }
    public string? DepartmentCode { get; set; }
    public required string Actions { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long CreatedAtMs { get; set; }
    public bool FromWorkflow { get; set; }
    public string? FormId { get; set; }
    public int? FormVersion { get; set; }
    public required string State { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? SignedBy { get; set; }
    public DateTimeOffset? SignedAt { get; set; }
    public string? ClockJson { get; set; }
    public long? DeadlineMs { get; set; }
    public required string Warning { get; set; }
    public long? NextWarningMs { get; set; }
    public string? LeaseOwner { get; set; }
    public long? LeaseUntilMs { get; set; }
    public string? DataJson { get; set; }
    public int Version { get; set; }
}

public sealed class CaseJournalRecord
{
    public required string CaseId { get; set; }
    public int Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Action { get; set; }
    public string? Actor { get; set; }
    public string? ActorName { get; set; }
    public string? Role { get; set; }
    public string? Unit { get; set; }
    public string? Comment { get; set; }
    public string? DataJson { get; set; }
}

/// <summary>The next daily sequence number per county (流水号).</summary>
public sealed class CaseCounterRecord
{
    public required string CountyCode { get; set; }
    public required string Day { get; set; }
    public int Last { get; set; }
}

/// <summary>A file attached to a case (photos before and after, documents), stored in the database so every node sees it.</summary>
public sealed class AttachmentRecord
{
    public required string Id { get; set; }
    public required string CaseId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required byte[] Content { get; set; }
    public string? Step { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>A user as stored: seeded from definitions, with only the hash of the password.</summary>
public sealed class UserRecord
{
    public required string Username { get; set; }
    public required string Name { get; set; }
    public required string Role { get; set; }
    public required string UnitCode { get; set; }
    public string? DepartmentCode { get; set; }
    public string? Phone { get; set; }
    public required string PasswordHash { get; set; }
    public bool Disabled { get; set; }
    /// <summary>Changes when the user is disabled or their password, role or scope changes: every session issued under the old one ends.</summary>
    public string SecurityStamp { get; set; } = "initial";
}
