namespace Governance.Core.ReadSide;

/// <summary>
/// One case as the figures see it: what the measures count it by and the flags that decide which measures it is in,
/// so every figure can be traced back to the cases behind it.
/// </summary>
public sealed record CaseFact(
    string Id, string Number, DateTimeOffset ReportedAt, string GridCode, string ItemCode, string CategoryCode, string Channel,
    string Urgency, string Status, string Warning, string Description, string? Address, double? Longitude, double? Latitude,
    string? ReporterPhone, string? ReporterUsername, string? AssigneeUnit, string? AssigneeDepartment, DateTimeOffset? Deadline,
    bool Closed, bool OnTime, string? Satisfaction, int ReopenCount, bool Returned)
{
    public bool Accepted => Status is not ("Reported" or "Rejected" or "Merged");
    public bool Finished => Status is "Rejected" or "Merged" or "Archived";
    public bool Open => Accepted && !Closed && !Finished;
    public bool Overdue => !OnTime || Warning == "Overdue";
}

/// <summary>One handling assignment (办理 task) with the case it belongs to.</summary>
public sealed record AssignmentFact(
    string TaskId, string CaseId, string Number, string ItemCode, string GridCode, string UnitCode, string? DepartmentCode,
    DateTimeOffset CreatedAt, bool Responded, double? ResponseMinutes, bool Returned, bool Overdue, bool Completed);
