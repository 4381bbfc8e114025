using Governance.Core.Calendar;
using Governance.Core.Cases.Model;

namespace Governance.Core.Cases;

/// <summary>The meaning of a case query, scope and inbox, in memory; the EF store says the same in SQL.</summary>
public static class CaseFilter
{
    public static bool Matches(CaseQuery q, Case c, IEnumerable<CaseTask> tasks)
    {
        var taskList = tasks as IReadOnlyCollection<CaseTask> ?? tasks.ToList();
        return (q.Status is null || c.Status == q.Status)
            && (q.ItemCode is null || c.ItemCode == q.ItemCode)
            && (q.CategoryCode is null || c.CategoryCode == q.CategoryCode)
            && (q.Channel is null || c.Channel == q.Channel)
            && (q.Warning is null || c.Warning == q.Warning)
            && (q.From is null || c.ReportedAt >= q.From)
            && (q.To is null || c.ReportedAt < q.To)
            && (q.UnitCode is null || c.Assignee?.UnitCode == q.UnitCode || c.Place.GridCode.StartsWith(q.UnitCode, StringComparison.Ordinal))
            && (q.DepartmentCode is null || c.Assignee?.DepartmentCode == q.DepartmentCode)
            && (q.Text is null || c.Description.Contains(q.Text, StringComparison.Ordinal) || c.Number.Contains(q.Text, StringComparison.Ordinal))
            && InScope(q.Scope, c, taskList);
    }

    public static bool InScope(CaseScope? s, Case c, IEnumerable<CaseTask> tasks) =>
        s is null || s.All
        || (s.PlaceUnderCode is not null && c.Place.GridCode.StartsWith(s.PlaceUnderCode, StringComparison.Ordinal))
        || (s.ReporterUsername is not null && c.Reporter.Username == s.ReporterUsername)
        || (s.TaskDepartmentCode is not null && tasks.Any(t => t.DepartmentCode == s.TaskDepartmentCode))
        || (s.TaskUnitCode is not null && tasks.Any(t => t.UnitCode == s.TaskUnitCode && t.DepartmentCode is null));

    public static bool InInbox(InboxQuery q, CaseTask t) => t.State == TaskState.Open && Reaches(q, t);

    /// <summary>Whether the task is one of those the query stands for, open or not (see <see cref="Services.Permissions.InboxOf"/>).</summary>
    public static bool Reaches(InboxQuery q, CaseTask t) =>
        q.Roles.Contains(t.Role)
        && (q.DepartmentCode is null || t.DepartmentCode == q.DepartmentCode)
        && (!q.WithoutDepartment || t.DepartmentCode is null)
        && (q.UnitCodes is null || q.UnitCodes.Contains(t.UnitCode));

    public static IReadOnlyList<UnitStatistics> Statistics(IEnumerable<Case> cases) =>
        cases.Where(c => c.Assignee is not null).GroupBy(c => c.Assignee!.DepartmentCode ?? c.Assignee.UnitCode)
            .Select(g =>
            {
                var closed = g.Count(c => c.ClosedAt is not null);
                var rated = g.Where(c => c.Satisfaction is not null).ToList();
                return new UnitStatistics(g.Key, g.First().Assignee!.Name, g.Count(), closed,
                    g.Count(c => !c.OnTime || c.Warning == WarningLevel.Overdue),
                    g.Count() == 0 ? 1 : (double)g.Count(c => c.OnTime && c.Warning != WarningLevel.Overdue) / g.Count(),
                    rated.Count == 0 ? null : rated.Average(c => c.Satisfaction switch { Satisfaction.Satisfied => 1.0, Satisfaction.Basic => 0.8, _ => 0.0 }));
            }).OrderByDescending(s => s.Received).ToList();
}
