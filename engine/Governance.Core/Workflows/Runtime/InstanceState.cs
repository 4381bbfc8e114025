using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Runtime;

public enum InstanceStatus { Running, Suspended, Finished, Faulted }

/// <summary>Why an instance faulted: a Fault activity, a failing script, an unsupported activity.</summary>
public sealed record FaultInfo(string Code, string? Category, string Message, string? ActivityId);

/// <summary>Something that went wrong on an instance, for administrators to see.</summary>
public sealed record IncidentInfo(DateTimeOffset At, string? ActivityId, string Code, string Message);

/// <summary>One line of the instance journal. Journal lines are only ever appended.</summary>
public sealed record JournalEntry(int Sequence, DateTimeOffset At, string? ActivityId, string Kind, string? Text);

/// <summary>Work scheduled but not yet run; normally empty at a commit, except right after a start.</summary>
public sealed record QueuedWork(string ActivityId, int Slot);

/// <summary>Per-flowchart bookkeeping: how much is still pending in it, and join arrivals.</summary>
public sealed class ScopeState
{
    public bool Active { get; set; }
    public int Pending { get; set; }
    public Dictionary<string, JoinRound>? Joins { get; set; }
}

public sealed class JoinRound
{
    public List<int> Arrived { get; set; } = [];
    public bool Fired { get; set; }
}

/// <summary>
/// Everything about a running instance that must survive a restart. It is stored as one JSON document with the
/// instance; bookmarks and journal lines are also stored in their own tables so they can be found and read.
/// </summary>
public sealed class InstanceState
{
    public required string Id { get; set; }
    public required string DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }
    public InstanceStatus Status { get; set; }
    public Dictionary<string, JsonNode?> Variables { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, JsonNode?> Input { get; set; } = new(StringComparer.Ordinal);
    public List<string> Outcomes { get; set; } = [];
    public FaultInfo? Fault { get; set; }
    public List<IncidentInfo> Incidents { get; set; } = [];
    public List<QueuedWork> Queue { get; set; } = [];
    public Dictionary<string, ScopeState> Scopes { get; set; } = new(StringComparer.Ordinal);
    public List<BookmarkInfo> Bookmarks { get; set; } = [];
    public string? TriggerActivityId { get; set; }
    public string? CorrelationId { get; set; }

    /// <summary>What activities wrote to their outputs, by activity id (read by <c>get{Output}From{Activity}()</c> and <c>getOutputFrom</c>).</summary>
    public Dictionary<string, JsonObject>? Outputs { get; set; }

    /// <summary>The activity whose result output was written last (<c>getLastResult()</c>).</summary>
    public string? LastResultActivityId { get; set; }
    public int JournalCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static InstanceState FromJson(string json) =>
        JsonSerializer.Deserialize<InstanceState>(json, Options) ?? throw new InvalidDataException("empty instance state");
}
