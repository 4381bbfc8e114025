namespace Governance.Core.ReadSide;

/// <summary>
/// Counts over cases. Accepted: registered (立案), i.e. neither waiting for acceptance nor rejected or merged. Open:
/// accepted and neither closed nor ended. Closed: closed (结案) and not reopened since. Overdue: went past a time limit
/// at some step. On time: closed without ever going overdue. Returned: given back (退回) at least once. Reopened:
/// rated unsatisfied at least once. Worker-reported: reported by a grid worker on patrol.
/// </summary>
public sealed record CaseMeasures(
    long Reported, long Pending, long Accepted, long Rejected, long Merged, long Open, long Closed, long OnTimeClosed, long Overdue,
    long Rated, long Satisfied, long Basic, long Unsatisfied, long Reopened, long Returned, long WorkerReported, long RedOpen, long OverdueOpen)
{
    public static readonly CaseMeasures Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>按期办结率: closed on time over closed; null with nothing closed.</summary>
    public double? OnTimeRate => Closed == 0 ? null : (double)OnTimeClosed / Closed;

    /// <summary>满意度 with the city's weights for 满意/基本满意/不满意; null with nothing rated.</summary>
    public double? Satisfaction(SatisfactionWeights w) =>
        Rated == 0 ? null : (Satisfied * w.Satisfied + Basic * w.Basic + Unsatisfied * w.Unsatisfied) / Rated;

    public static CaseMeasures operator +(CaseMeasures a, CaseMeasures b) => new(
        a.Reported + b.Reported, a.Pending + b.Pending, a.Accepted + b.Accepted, a.Rejected + b.Rejected, a.Merged + b.Merged, a.Open + b.Open,
        a.Closed + b.Closed, a.OnTimeClosed + b.OnTimeClosed, a.Overdue + b.Overdue, a.Rated + b.Rated, a.Satisfied + b.Satisfied,
        a.Basic + b.Basic, a.Unsatisfied + b.Unsatisfied, a.Reopened + b.Reopened, a.Returned + b.Returned, a.WorkerReported + b.WorkerReported,
        a.RedOpen + b.RedOpen, a.OverdueOpen + b.OverdueOpen);
}

/// <summary>
/// Counts over handling assignments (办理 tasks). Responded: signed for, or finished without signing; response minutes
/// add up the wall-clock time from being given the task to that response. Returned: the task ended in 退回.
/// Overdue: the task went past its time limit.
/// </summary>
public sealed record AssignmentMeasures(long Assigned, long Responded, double ResponseMinutes, long Returned, long Overdue, long Completed)
{
    public static readonly AssignmentMeasures Zero = new(0, 0, 0, 0, 0, 0);
}

/// <summary>How much 满意, 基本满意 and 不满意 count for in a satisfaction rate: a city's choice, kept in definitions/assessment.</summary>
public sealed record SatisfactionWeights(double Satisfied, double Basic, double Unsatisfied);
