using Governance.Core.Messages;

namespace Governance.Core.ReadSide;

/// <summary>What a formula reads: the measures of one subject on both grains, the satisfaction weights and constants (e.g. gridWorkers).</summary>
public sealed record MeasureValues(CaseMeasures Cases, AssignmentMeasures Assignments, SatisfactionWeights Weights, IReadOnlyDictionary<string, double> Constants)
{
    public double? this[string name] => Measures.Find(name)?.Read(this) ?? (Constants.TryGetValue(name, out var v) ? v : null);
}

/// <summary>A measure a formula may name: its grain (null for constants and derived rates) and how to read it.</summary>
public sealed record Measure(string Name, Grain? Grain, Func<MeasureValues, double?> Read)
{
    /// <summary>Its name as users read it.</summary>
    public string Label => Text.Format("MEASURE-" + Name.ToUpperInvariant());
}

/// <summary>
/// The registry of measures assessment formulas (and report data elements) may use, by name. Adding a measure here
/// makes it usable in definitions; the loader rejects a formula naming anything else.
/// </summary>
public static class Measures
{
    public const string GridWorkers = "gridWorkers";

    static readonly Measure[] All =
    [
        Case("reported", m => m.Reported), Case("pending", m => m.Pending), Case("accepted", m => m.Accepted), Case("rejected", m => m.Rejected),
        Case("merged", m => m.Merged), Case("open", m => m.Open), Case("closed", m => m.Closed), Case("onTimeClosed", m => m.OnTimeClosed),
        Case("overdue", m => m.Overdue), Case("rated", m => m.Rated), Case("satisfied", m => m.Satisfied), Case("basic", m => m.Basic),
        Case("unsatisfied", m => m.Unsatisfied), Case("reopened", m => m.Reopened), Case("returnedCases", m => m.Returned),
        Case("workerReported", m => m.WorkerReported), Case("redOpen", m => m.RedOpen), Case("overdueOpen", m => m.OverdueOpen),
        new("satisfaction", Grain.Case, v => v.Cases.Satisfaction(v.Weights)),
        new("onTimeRate", Grain.Case, v => v.Cases.OnTimeRate),
        Assignment("assigned", m => m.Assigned), Assignment("responded", m => m.Responded), Assignment("responseMinutes", m => m.ResponseMinutes),
        Assignment("returned", m => m.Returned), Assignment("overdueAssignments", m => m.Overdue), Assignment("completed", m => m.Completed),
        new(GridWorkers, null, v => v.Constants.TryGetValue(GridWorkers, out var n) ? n : null),
    ];

    static readonly Dictionary<string, Measure> ByName = All.ToDictionary(m => m.Name, StringComparer.Ordinal);

    public static IReadOnlyList<Measure> List => All;

    public static Measure? Find(string name) => ByName.GetValueOrDefault(name);

    static Measure Case(string name, Func<CaseMeasures, long> read) => new(name, Grain.Case, v => read(v.Cases));
    static Measure Assignment(string name, Func<AssignmentMeasures, double> read) => new(name, Grain.Assignment, v => read(v.Assignments));
}
