using System.Text.Json.Nodes;
using Governance.Core.Expressions;
using Governance.Core.Messages;
using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Runtime;

/// <summary>How to start an instance.</summary>
/// <param name="Input">Workflow inputs, read with getInput("x").</param>
/// <param name="Version">Definition version; null for the latest published.</param>
/// <param name="TriggerActivityId">The trigger that starts it (a Timer or Event that fired); it does not wait again.</param>
/// <param name="InstanceId">Instance id to use; a new GUID when null.</param>
/// <param name="Durable">Store the start request before running, so a crash mid-burst is recovered by <see cref="WorkflowRuntime.RecoverAsync"/>.</param>
/// <param name="Participant">Whose change the store's commit hook writes in the same transaction as the first burst.</param>
/// <param name="CorrelationId">The instance's correlation id (Elsa's; scripts read it with getCorrelationId()).</param>
/// <param name="Http">The HTTP request that starts the instance (an <c>Elsa.HttpEndpoint</c> trigger) and the response it may write.</param>
public sealed record StartOptions(
    IReadOnlyDictionary<string, JsonNode?>? Input = null,
    int? Version = null,
    string? TriggerActivityId = null,
    string? InstanceId = null,
    bool Durable = false,
    Persistence.ICommitParticipant? Participant = null,
    string? CorrelationId = null,
    Http.HttpExchange? Http = null);

/// <summary>What one burst ended with.</summary>
/// <param name="Lines">WriteLine texts of this burst, in order.</param>
/// <param name="Executed">Activities executed in this burst.</param>
public sealed record RunResult(
    string InstanceId,
    InstanceStatus Status,
    IReadOnlyList<string> Outcomes,
    FaultInfo? Fault,
    IReadOnlyList<BookmarkInfo> Bookmarks,
    IReadOnlyList<string> Lines,
    int Executed);

public enum ResumeStatus
{
    Resumed,

    /// <summary>The bookmark was already resumed (by this or another caller) or never existed; nothing happened.</summary>
    BookmarkGone,
}

/// <summary>The answer to a resume: resumed with its run, or a clear refusal.</summary>
public sealed record ResumeResult(ResumeStatus Status, string BookmarkId, RunResult? Run)
{
    public string? Message => Status == ResumeStatus.BookmarkGone ? "WF-BOOKMARK-GONE: " + Text.Format("WF-BOOKMARK-GONE", BookmarkId) : null;
}

/// <summary>Runtime settings.</summary>
public sealed record RuntimeOptions
{
    public SandboxOptions Sandbox { get; init; } = SandboxOptions.Default;

    /// <summary>Services activities may ask for (channels, data sources).</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Who this process is in leases (timers, stalled instances).</summary>
    public string Owner { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>How long a claimed timer or stalled instance stays with this process before another may take it.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxConflictRetries { get; init; } = 20;

    /// <summary>How long a start without a version keeps using the latest version it read (another server's publish shows after this).</summary>
    public TimeSpan LatestVersionCache { get; init; } = TimeSpan.FromSeconds(2);
}
