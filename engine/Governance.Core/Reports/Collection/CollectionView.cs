using System.Text.Json.Nodes;
using Governance.Core.Forms.Runtime;

namespace Governance.Core.Reports.Collection;

/// <summary>
/// A unit's sheet for a month as its user sees it: the generated form, the values (entered and derived), where it
/// stands, what the user may do now and its journal. <see cref="Version"/> goes back with a save.
/// </summary>
public sealed record CollectionView(
    string UnitCode,
    string UnitName,
    string Period,
    int Revision,
    CollectionState State,
    bool Stored,
    string? PrefilledFrom,
    string? Reason,
    string? ReviewComment,
    int Version,
    JsonObject Form,
    JsonObject Data,
    IReadOnlyList<string> Actions,
    IReadOnlyList<CollectionJournalEntry> Journal,
    int ManualCount,
    int DerivedCount)
{
    /// <summary>The state as people read it (填报中, 已报送 …).</summary>
    public string StateName => StateNames.Of(State);
}

public static class StateNames
{
    public static string Of(CollectionState? state) => Messages.Text.Format("COLLECT-STATE-NAME-" + (state?.ToString().ToUpperInvariant() ?? "NONE"));
}

/// <summary>A submission refused by the form's checks: every field error, by element code.</summary>
public sealed class CollectionValidationException(IReadOnlyList<FieldError> errors)
    : Exception(string.Join("; ", errors.Select(e => e.ToString())))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}

/// <summary>The outcome of an upload: how many values were taken, and each refused one with its element code.</summary>
public sealed record ImportResult(int Accepted, IReadOnlyList<FieldError> Refused, CollectionView Sheet);
