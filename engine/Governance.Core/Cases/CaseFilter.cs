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
}
