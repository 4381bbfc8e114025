using Governance.Core.Definitions.Model;
using Governance.Core.ReadSide;

namespace Governance.Core.Command.Assessment;

/// <summary>A month's assessment of one level: the scheme's indicators and every visible subject's score and rank, with last month's beside them.</summary>
public sealed record AssessmentResult(string Period, string PreviousPeriod, AssessmentLevel Level, string SchemeName, SatisfactionWeights Weights,
    IReadOnlyList<IndicatorInfo> Indicators, IReadOnlyList<AssessmentRow> Rows);

/// <summary>An indicator as defined, with the measures its formula reads (their names as users read them).</summary>
public sealed record IndicatorInfo(string Code, string Name, string Formula, IndicatorFormat Format, double Weight, double Best, double Worst,
    IReadOnlyList<MeasureLabel> Measures);

public sealed record MeasureLabel(string Name, string Label);

/// <summary>
/// One subject's result: score out of 100, rank among all subjects of the level that had cases or tasks in the month
/// (1 = best; equal scores share a rank; null: nothing to assess), last month's score and rank, and how many places it
/// moved up (negative: down).
/// </summary>
public sealed record AssessmentRow(string Code, string Name, string UnitCode, double Score, int? Rank, double? PreviousScore, int? PreviousRank,
    int? RankChange, IReadOnlyList<IndicatorScore> Indicators);

/// <summary>An indicator's value (null: no data, full points), the points it earned, and the measures behind it.</summary>
public sealed record IndicatorScore(string Code, double? Value, double Points, IReadOnlyDictionary<string, double?> Measures);

/// <summary>
/// The cases and assignments behind one subject's figures for a month, each with the flags that put it in a measure,
/// so a score can be followed to the cases that made it.
/// </summary>
public sealed record AssessmentTrace(string Period, AssessmentLevel Level, string Code, string Name, IndicatorScore? Indicator,
    IReadOnlyList<TracedCase> Cases, IReadOnlyList<TracedAssignment> Assignments);

public sealed record TracedCase(CaseLine Case, bool Accepted, bool Closed, bool OnTime, bool Overdue, string? Satisfaction, bool Reopened, bool Returned);

public sealed record TracedAssignment(string TaskId, string CaseId, string Number, string ItemName, DateTimeOffset CreatedAt, bool Responded,
    double? ResponseMinutes, bool Returned, bool Overdue, bool Completed);
