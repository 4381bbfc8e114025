namespace Governance.Core.Workflows.Persistence;

/// <summary>
/// A start activity of a published definition that starts new instances by itself: an Event (by name and
/// key) or a recurring Timer (by due time). Publishing a version replaces the triggers of older versions.
/// </summary>
/// <param name="Id">Stable id: definition id and activity id.</param>
/// <param name="Name">Activity type, e.g. <c>Elsa.Timer</c> or <c>Elsa.Event</c>.</param>
/// <param name="Key">Event name for event triggers.</param>
/// <param name="Interval">Recurrence of a timer trigger.</param>
/// <param name="DueAt">Next time a timer trigger fires.</param>
public sealed record WorkflowTrigger(string Id, string DefinitionId, int Version, string ActivityId, string Name, string? Key, TimeSpan? Interval, DateTimeOffset? DueAt);
