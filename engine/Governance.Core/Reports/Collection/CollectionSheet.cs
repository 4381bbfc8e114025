using Governance.Core.Cases.Model;

namespace Governance.Core.Reports.Collection;

/// <summary>Where a unit's sheet for a month stands: 填报中, 已报送 (waiting for the street), 已审核 (locked), 已退回.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<CollectionState>))]
public enum CollectionState { Draft, Submitted, Approved, Returned }

/// <summary>
/// One revision of a unit's collection sheet for one month: the hand-entered values and where they stand. Every
/// change goes through a guarded method that refuses it in the wrong state; an approved sheet is locked, and a
/// correction is a new revision with a reason (<see cref="Correct"/>).
/// </summary>
public sealed class CollectionSheet
{
    public required string UnitCode { get; init; }
    public required string Period { get; init; }
    public int Revision { get; init; } = 1;
    public CollectionState State { get; private set; } = CollectionState.Draft;
    public Dictionary<string, decimal> Values { get; private set; } = new(StringComparer.Ordinal);
    /// <summary>Why this revision exists (a correction after approval); null for the first.</summary>
    public string? Reason { get; init; }
    public string? SubmittedBy { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewComment { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Optimistic concurrency: the store refuses a save whose version moved on.</summary>
    public int Version { get; set; }

    public bool IsEditable => State is CollectionState.Draft or CollectionState.Returned;

    /// <summary>Restores a stored sheet (the store's mapping only).</summary>
    public static CollectionSheet Restore(string unit, string period, int revision, CollectionState state, Dictionary<string, decimal> values, string? reason,
        string? submittedBy, DateTimeOffset? submittedAt, string? reviewedBy, DateTimeOffset? reviewedAt, string? reviewComment, DateTimeOffset updatedAt, int version) =>
        new()
        {
            UnitCode = unit, Period = period, Revision = revision, State = state, Values = values, Reason = reason, SubmittedBy = submittedBy,
            SubmittedAt = submittedAt, ReviewedBy = reviewedBy, ReviewedAt = reviewedAt, ReviewComment = reviewComment, UpdatedAt = updatedAt, Version = version,
        };

    /// <summary>Replaces the given values (null clears one); returns what changed, old and new, for the journal.</summary>
    public Dictionary<string, (decimal? Old, decimal? New)> Save(IReadOnlyDictionary<string, decimal?> values, DateTimeOffset now)
    {
        Require(IsEditable, "save");
        var changes = new Dictionary<string, (decimal?, decimal?)>(StringComparer.Ordinal);
        foreach (var (code, value) in values)
        {
            decimal? old = Values.TryGetValue(code, out var o) ? o : null;
            if (old == value) continue;
            changes[code] = (old, value);
            if (value is { } v) Values[code] = v; else Values.Remove(code);
        }
        UpdatedAt = now;
        return changes;
    }

    public void Submit(Actor actor, DateTimeOffset now)
    {
        Require(IsEditable, "submit");
        (State, SubmittedBy, SubmittedAt, UpdatedAt) = (CollectionState.Submitted, actor.Username, now, now);
    }

    public void Approve(Actor actor, string? comment, DateTimeOffset now)
    {
        Require(State == CollectionState.Submitted, "approve");
        (State, ReviewedBy, ReviewedAt, ReviewComment, UpdatedAt) = (CollectionState.Approved, actor.Username, now, comment, now);
    }

    public void Return(Actor actor, string comment, DateTimeOffset now)
    {
        Require(State == CollectionState.Submitted, "return");
        (State, ReviewedBy, ReviewedAt, ReviewComment, UpdatedAt) = (CollectionState.Returned, actor.Username, now, comment, now);
    }

    /// <summary>A correction of an approved sheet: the next revision, a draft with the same values, and the reason.</summary>
    public CollectionSheet Correct(string reason, DateTimeOffset now)
    {
        Require(State == CollectionState.Approved, "correct");
        return new CollectionSheet { UnitCode = UnitCode, Period = Period, Revision = Revision + 1, Reason = reason, Values = new(Values, StringComparer.Ordinal), UpdatedAt = now };
    }

    void Require(bool allowed, string action)
    {
        if (!allowed) throw new CollectionException("COLLECT-STATE", Messages.Text.Format("COLLECT-STATE", Messages.Text.Format("COLLECT-STATE-" + State.ToString().ToUpperInvariant()), Messages.Text.Format("COLLECT-ACTION-" + action.ToUpperInvariant())));
    }
}

/// <summary>A refused collection action: a code and the zh-CN reason; <see cref="Field"/> names the element when one is at fault.</summary>
public sealed class CollectionException(string code, string message, int status = 409, string? field = null) : Exception(message)
{
    public string Code { get; } = code;
    public int Status { get; } = status;
    public string? Field { get; } = field;
}

/// <summary>One line of a sheet's journal: who did what, when, with the values changed (old → new) as JSON.</summary>
public sealed record CollectionJournalEntry(string UnitCode, string Period, int Revision, DateTimeOffset At, string Action, string Actor, string ActorName, string? Comment, string? ChangesJson);
