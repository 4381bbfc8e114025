using System.Text.Json.Nodes;

namespace Governance.Sdk.Activities;

/// <summary>What an activity asks for when it waits.</summary>
/// <param name="Name">Kind of stimulus, usually the activity type name (e.g. <c>Elsa.Event</c>).</param>
/// <param name="Key">What a resumer matches on together with the name (event name, task name); may be null.</param>
/// <param name="DueAt">For timers: when the scheduler resumes the bookmark by itself.</param>
/// <param name="Payload">Data shown to whoever resumes it (e.g. the task request of <c>Elsa.RunTask</c>).</param>
public sealed record BookmarkRequest(string Name, string? Key = null, DateTimeOffset? DueAt = null, JsonNode? Payload = null);

/// <summary>A bookmark as stored on an instance.</summary>
/// <param name="Id">Unique id; resume by this id.</param>
/// <param name="ActivityId">The waiting activity.</param>
/// <param name="Name">Kind of stimulus.</param>
/// <param name="Key">Match key, see <see cref="BookmarkRequest.Key"/>.</param>
/// <param name="DueAt">Due time of a timer bookmark.</param>
/// <param name="Payload">Data for the resumer.</param>
public sealed record BookmarkInfo(string Id, string ActivityId, string Name, string? Key, DateTimeOffset? DueAt, JsonNode? Payload);
