using Governance.Core.Workflows.Runtime;

namespace Governance.Storage.Workflows.Entities;

// Rows of the workflow tables. Times that queries compare (due, lease) are UTC Unix milliseconds, because
// SQLite cannot compare DateTimeOffset columns in SQL.

public sealed class WorkflowDefinitionRecord
{
    public required string DefinitionId { get; set; }
    public int Version { get; set; }
    public string? Name { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
}

public sealed class WorkflowInstanceRecord
{
    public required string Id { get; set; }
    public required string DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }
    public InstanceStatus Status { get; set; }
    public required string StateJson { get; set; }
    public long Revision { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? LeaseOwner { get; set; }
    public long? LeaseUntilMs { get; set; }
    public string? FaultCode { get; set; }
}

public sealed class BookmarkRecord
{
    public required string Id { get; set; }
    public required string InstanceId { get; set; }
    public required string ActivityId { get; set; }
    public required string Name { get; set; }
    public string? Key { get; set; }
    public long? DueAtMs { get; set; }
    public string? PayloadJson { get; set; }
    public string? LeaseOwner { get; set; }
    public long? LeaseUntilMs { get; set; }
}

public sealed class JournalEntryRecord
{
    public required string InstanceId { get; set; }
    public int Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActivityId { get; set; }
    public required string Kind { get; set; }
    public string? Text { get; set; }
}

public sealed class OutboxMessageRecord
{
    public required string Id { get; set; }
    public required string InstanceId { get; set; }
    public required string Channel { get; set; }
    public required string Recipient { get; set; }
    public string? Subject { get; set; }
    public required string Body { get; set; }
    public string? DataJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public string? LeaseOwner { get; set; }
    public long? LeaseUntilMs { get; set; }
}

public sealed class WorkflowTriggerRecord
{
    public required string Id { get; set; }
    public required string DefinitionId { get; set; }
    public int Version { get; set; }
    public required string ActivityId { get; set; }
    public required string Name { get; set; }
    public string? Key { get; set; }
    public long? IntervalMs { get; set; }
    public long? DueAtMs { get; set; }
    public string? LeaseOwner { get; set; }
    public long? LeaseUntilMs { get; set; }
}
