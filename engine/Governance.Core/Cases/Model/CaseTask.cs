using Governance.Core.Calendar;
using Governance.Core.Definitions.Model;

namespace Governance.Core.Cases.Model;

/// <summary>
/// A piece of work in someone's inbox: a step of the loop (a workflow bookmark: accept, handle, reassign,
/// verify, callback) or a side task the case service opens itself (extension approval, co-handling).
/// Its time limit runs on its own clock; warnings are due-time indexed so a scanner can raise them durably.
/// </summary>
public sealed class CaseTask
{
    public required string Id { get; init; }
    public required string CaseId { get; init; }
    public required string Step { get; init; }
    public required Role Role { get; init; }
    /// <summary>The org unit the task is assigned to (a center, a street, a community, a grid, or the unit of the department).</summary>
    public required string UnitCode { get; init; }
    public string? DepartmentCode { get; init; }
    public required IReadOnlyList<string> Actions { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public bool FromWorkflow { get; init; }
    /// <summary>The form this step is filled with, and its version when the task was opened (the case keeps it).</summary>
    public string? FormId { get; init; }
    public int? FormVersion { get; init; }
    public TaskState State { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? SignedBy { get; set; }
    public DateTimeOffset? SignedAt { get; set; }
    /// <summary>The running clock, or null for a task without a time limit.</summary>
    public TimeLimitClock? Clock { get; set; }
    public DateTimeOffset? Deadline { get; set; }
    public WarningLevel Warning { get; set; }
    /// <summary>When the next warning (or the overdue escalation) is due; null when nothing more is due.</summary>
    public DateTimeOffset? NextWarningAt { get; set; }
    /// <summary>Extra data of a side task (the extension asked for, the co-handling request).</summary>
    public string? DataJson { get; set; }
    /// <summary>Optimistic concurrency: bumped by every change.</summary>
    public int Version { get; set; }

    /// <summary>
    /// Why the deadline could not be computed at the last <see cref="Refresh"/> (the calendar lacks a year the time
    /// limit runs into); null when it was. Not stored: the case journal records it when it first happens.
    /// </summary>
    public string? CalendarProblem { get; private set; }

    /// <summary>How soon a task whose deadline cannot be computed is looked at again (the calendar may have been completed).</summary>
    public static readonly TimeSpan CalendarRetry = TimeSpan.FromHours(1);

    /// <summary>
    /// Recomputes deadline, warning level and the next warning due time from the clock. When the calendar has no
    /// data for a year the limit runs into, the task keeps no deadline rather than a guessed one (a missing year is
    /// a configuration error), remembers why, and is due again in <see cref="CalendarRetry"/>.
    /// </summary>
    public void Refresh(WorkCalendar calendar, WarningThresholds thresholds, DateTimeOffset now)
    {
        try
        {
            Compute(calendar, thresholds, now);
            CalendarProblem = null;
        }
        catch (CalendarException e)
        {
            Deadline = null;
            Warning = WarningLevel.None;
            NextWarningAt = State == TaskState.Open && Clock is { IsSuspended: false } ? now + CalendarRetry : null;
            CalendarProblem = e.Message;
        }
    }

    void Compute(WorkCalendar calendar, WarningThresholds thresholds, DateTimeOffset now)
    {
        if (Clock is null || State != TaskState.Open)
        {
            Deadline = Clock?.Deadline(calendar);
            NextWarningAt = null;
            return;
        }
        Deadline = Clock.Deadline(calendar);
        Warning = Clock.Warning(calendar, thresholds, now);
        NextWarningAt = Clock.IsSuspended ? null : Warning switch
        {
            WarningLevel.None => Clock.DueAt(calendar, thresholds.Blue),
            WarningLevel.Blue => Clock.DueAt(calendar, thresholds.Yellow),
            WarningLevel.Yellow => Clock.DueAt(calendar, thresholds.Red),
            WarningLevel.Red => Deadline?.AddTicks(1),
            _ => null,
        };
    }
}
