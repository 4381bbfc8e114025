using Governance.Core.Definitions.Model;
using Governance.Core.Calendar;
using Governance.Core.Cases.Model;
using Governance.Core.Messages;

namespace Governance.Core.Cases.Services;

public sealed partial class CaseService
{
    /// <summary>
    /// Raises the warnings that are due: each open task keeps the time its next warning is due, so this is a
    /// durable timer a scheduler calls. Claims are leased, so with several servers each warning is raised once;
    /// a warning is one journal entry, and overdue escalates to supervision (督办). Returns how many were raised.
    /// </summary>
    public async Task<int> RaiseDueWarningsAsync(string owner, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var raised = 0;
        foreach (var id in await store.ClaimDueWarningsAsync(now, owner, TimeSpan.FromMinutes(2), 200, ct))
        {
            var task = await store.GetTaskAsync(id, ct);
            if (task is not { State: TaskState.Open }) continue;
            var c = (await store.GetAsync(task.CaseId, ct))!;
            var package = packages.Current.For(c.Place.GridCode);
            var expectedTask = task.Version;
            var before = task.Warning;
            var hadDeadline = task.Deadline is not null;
            task.Refresh(projector.CalendarFor(package), package.Warnings, now);
            var journal = new CaseJournal(c, now);
            if (!hadDeadline && task.Deadline is { } found && task.Clock is not null)
            {
                // The calendar was completed since the task opened without a deadline: it has one now.
                journal.Add(Text.Format("CASE-ACT-SYSTEM"), Actor.System, Text.Format("CASE-DEADLINE-FOUND", Local(package, found)), null);
            }
            List<Governance.Sdk.Activities.OutboxMessage> notices = [];
            if (task.Warning > before)
            {
                var overdue = task.Warning == WarningLevel.Overdue;
                if (overdue)
                {
                    c.OnTime = false;
                    // 超期督办: the people on the task and the supervisors over the case are told, in the same commit.
                    var body = Text.Format("CASE-NOTIFY-OVERDUE", c.Number, ItemName(package, c), Steps.Name(task.Step), Local(package, task.Deadline),
                        c.Assignee?.Name ?? task.DepartmentCode ?? task.UnitCode);
                    notices = Notify(WorkersOf(package, task).Concat(SupervisorsOf(package, c)), c, "CASE-NOTIFY-OVERDUE-SUBJECT", body, "overdue");
                }
                journal.Add(Text.Format(overdue ? "CASE-ACT-OVERDUE" : "CASE-ACT-WARNING"), Actor.System,
                    Text.Format("CASE-WARNING-" + task.Warning.ToString().ToUpperInvariant()), $"{{\"step\":\"{task.Step}\",\"task\":\"{task.Id}\"}}");
                raised++;
            }
            var tasks = await store.GetTasksAsync(c.Id, ct);
            CaseProjector.SyncClock(c, tasks.Where(t => t.Id != task.Id).Append(task));
            try
            {
                await store.SaveAsync(new CaseChange(c, c.Version, [new TaskChange(task, expectedTask)], journal.Entries) { Notifications = notices }, ct);
            }
            catch (ConcurrencyException)
            {
                // Someone acted on the case meanwhile; the task keeps its due time and the next pass looks again.
            }
        }
        return raised;
    }
}
