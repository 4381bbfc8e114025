namespace Governance.Core.Cases.Model;

/// <summary>Where a case stands in the loop. The workflow decides; the status is what the open task (or the end) says.</summary>
public enum CaseStatus
{
    /// <summary>待受理: reported, waiting for the center to accept and classify.</summary>
    Reported,
    /// <summary>不予立案: rejected at intake (end).</summary>
    Rejected,
    /// <summary>已合并: merged into another case as a duplicate (end).</summary>
    Merged,
    /// <summary>待签收: dispatched to a handling unit that has not signed for it yet.</summary>
    Dispatched,
    /// <summary>办理中: signed for and being handled.</summary>
    Handling,
    /// <summary>挂起: handling suspended, the clock stands still.</summary>
    Suspended,
    /// <summary>已退回: the handling unit returned it; the center reassigns.</summary>
    Returned,
    /// <summary>待核查: replied, waiting for verification.</summary>
    Verifying,
    /// <summary>已结案: closed, waiting for the callback.</summary>
    Closed,
    /// <summary>已归档: called back and rated (end).</summary>
    Archived,
}

public enum TaskState { Open, Done, Cancelled }

/// <summary>The satisfaction a citizen gives at callback (回访).</summary>
public enum Satisfaction { Satisfied, Basic, Unsatisfied }
