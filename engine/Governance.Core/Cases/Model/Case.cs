using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Core.Cases.Model;

/// <summary>Who reported a case. The phone and name are masked for every role that does not need them.</summary>
public sealed record Reporter(string? Name, string? Phone, string? Username);

/// <summary>Where it happened: the grid (looked up from the org tree), an address and optional coordinates.</summary>
public sealed record Place(string GridCode, string? Address, double? Longitude, double? Latitude);

/// <summary>The current handler of a case: a level, an org unit and, from the county up, a department.</summary>
public sealed record Assignee(OrgLevel Level, string UnitCode, string UnitName, string? DepartmentCode, string? DepartmentName, string? RuleId)
{
    public string Name => DepartmentName ?? UnitName;
}

/// <summary>
/// An event (事件/工单) in the loop. Its state changes only through the methods below, which refuse an
/// illegal transition with a <see cref="CaseException"/>; the case service pairs every change with one
/// journal entry in one transaction.
/// </summary>
public sealed class Case
{
    public required string Id { get; init; }
    /// <summary>流水号: county code, date and a daily sequence, e.g. 990102-20260309-0007.</summary>
    public required string Number { get; init; }
    public required string CountyCode { get; init; }
    public required string Channel { get; init; }
    public required Reporter Reporter { get; init; }
    public required Place Place { get; init; }
    public required string ItemCode { get; set; }
    public required string CategoryCode { get; set; }
    public required string Urgency { get; set; }
    public required string Description { get; init; }
    public required DateTimeOffset ReportedAt { get; init; }
    public string? IdempotencyKey { get; init; }
    /// <summary>Who sent the idempotency key and a hash of what they sent: the key replays this case to that caller and body only.</summary>
    public string? IdempotencyBinding { get; init; }
    public string? WorkflowInstanceId { get; set; }
    public int WorkflowVersion { get; set; }
    public CaseStatus Status { get; private set; } = CaseStatus.Reported;
    public Assignee? Assignee { get; private set; }
    public DateTimeOffset? Deadline { get; set; }
    public Calendar.WarningLevel Warning { get; set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public Satisfaction? Satisfaction { get; private set; }
    public string? MergedInto { get; private set; }
    public int ReopenCount { get; private set; }
    public bool OnTime { get; set; } = true;
    /// <summary>Form data filled at intake and by each step, as a JSON object keyed by step.</summary>
    public string? FormDataJson { get; set; }
    public int JournalCount { get; set; }
    public int Version { get; set; }

    /// <summary>The guarded part of the state, as a store writes and reads it.</summary>
    public CaseSnapshot Snapshot() => new(Status, Assignee, ClosedAt, Satisfaction, MergedInto, ReopenCount);

    /// <summary>For stores only: puts back the state read from storage. Changes go through the methods below.</summary>
    public void Restore(CaseSnapshot s)
    {
        (Status, Assignee, ClosedAt, Satisfaction, MergedInto, ReopenCount) = (s.Status, s.Assignee, s.ClosedAt, s.Satisfaction, s.MergedInto, s.ReopenCount);
    }

    public bool IsFinished => Status is CaseStatus.Rejected or CaseStatus.Merged or CaseStatus.Archived;

    public void Reclassify(CatalogItem item, string urgency)
    {
        Require(Status == CaseStatus.Reported, "CASE-STATE", Text.Format("CASE-VERB-RECLASSIFY"));
        ItemCode = item.Code;
        CategoryCode = item.Category;
        Urgency = urgency;
    }

    /// <summary>Moves the case to the step the loop now waits on.</summary>
    public void EnterStep(string step, Assignee? assignee, DateTimeOffset at)
    {
        Require(!IsFinished, "CASE-FINISHED", step);
        Status = step switch
        {
            Steps.Accept => CaseStatus.Reported,
            Steps.Handle => CaseStatus.Dispatched,
            Steps.Reassign => CaseStatus.Returned,
            Steps.Verify => CaseStatus.Verifying,
            Steps.Callback => CaseStatus.Closed,
            _ => Status,
        };
        if (step == Steps.Handle && assignee is not null) Assignee = assignee;
        if (step == Steps.Callback) ClosedAt ??= at;
        if (step == Steps.Handle) ClosedAt = null;
    }

    /// <summary>Raises the urgency (an early-warning rule found escalation words); the loop's later steps use the new one.</summary>
    public void RaiseUrgency(string urgency)
    {
        Require(!IsFinished, "CASE-FINISHED", Text.Format("CASE-VERB-RAISE-URGENCY"));
        Urgency = urgency;
    }

    public void SignFor()
    {
        Require(Status == CaseStatus.Dispatched, "CASE-STATE", Text.Format("CASE-VERB-SIGN"));
        Status = CaseStatus.Handling;
    }

    public void Suspend()
    {
        Require(Status is CaseStatus.Handling or CaseStatus.Dispatched, "CASE-STATE", Text.Format("CASE-VERB-SUSPEND"));
        Status = CaseStatus.Suspended;
    }

    public void Resume()
    {
        Require(Status == CaseStatus.Suspended, "CASE-STATE", Text.Format("CASE-VERB-RESUME"));
        Status = CaseStatus.Handling;
    }

    public void Rate(Satisfaction satisfaction)
    {
        Require(Status == CaseStatus.Closed, "CASE-STATE", Text.Format("CASE-VERB-RATE"));
        Satisfaction = satisfaction;
        if (satisfaction == Model.Satisfaction.Unsatisfied) ReopenCount++;
    }

    /// <summary>Marks this case as a duplicate of another; the loop then ends it as merged.</summary>
    public void MergeInto(string number)
    {
        Require(Status == CaseStatus.Reported, "CASE-STATE", Text.Format("CASE-VERB-MERGE"));
        MergedInto = number;
    }

    /// <summary>The loop ended: archived after callback, rejected at intake, or merged into another case.</summary>
    public void Finish(CaseStatus final)
    {
        Require(final is CaseStatus.Rejected or CaseStatus.Merged or CaseStatus.Archived, "CASE-STATE", final.ToString());
        Require(!IsFinished, "CASE-FINISHED", final.ToString());
        Status = final;
    }

    void Require(bool ok, string code, string what)
    {
        if (!ok) throw new CaseException(code, 409, Number, Statuses.Name(Status), what);
    }
}

/// <summary>The guarded state of a case.</summary>
public sealed record CaseSnapshot(CaseStatus Status, Assignee? Assignee, DateTimeOffset? ClosedAt, Satisfaction? Satisfaction, string? MergedInto, int ReopenCount);

/// <summary>The step names a loop's human tasks use; a loop may add its own.</summary>
public static class Steps
{
    public const string Accept = "accept", Handle = "handle", Reassign = "reassign", Verify = "verify", Callback = "callback";
    public const string ApproveExtension = "approve-extension", CoHandle = "cohandle";

    /// <summary>A step's name as users read it; a loop's own step names are shown as they are.</summary>
    public static string Name(string step) =>
        Messages.Text.Contains("CASE-STEP-" + step.ToUpperInvariant()) ? Messages.Text.Format("CASE-STEP-" + step.ToUpperInvariant()) : step;
}
