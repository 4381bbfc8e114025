namespace Governance.Core.ReadSide;

/// <summary>
/// The read side: figures computed from cases and their tasks apart from the write path, shared by the dashboard,
/// the statistics page, assessment, warnings and briefings (and the unified report's data elements). Aggregates
/// count in the database; facts list the rows behind an aggregate with the same filters, so a figure and its
/// drill-down always agree.
/// </summary>
public interface IFigureReader
{
    /// <summary>Case measures per group.</summary>
    Task<IReadOnlyList<FigureRow<CaseMeasures>>> CasesAsync(FigureQuery query, CancellationToken ct = default);

    /// <summary>Assignment measures per group; the period bounds when the task was opened.</summary>
    Task<IReadOnlyList<FigureRow<AssignmentMeasures>>> AssignmentsAsync(FigureQuery query, CancellationToken ct = default);

    /// <summary>The cases behind <see cref="CasesAsync"/> for the same query (grouping ignored), by the given order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<CaseFact>> CaseFactsAsync(FigureQuery query, FactOrder order = FactOrder.Newest, int limit = 500, CancellationToken ct = default);

    /// <summary>The assignments behind <see cref="AssignmentsAsync"/>, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<AssignmentFact>> AssignmentFactsAsync(FigureQuery query, int limit = 500, CancellationToken ct = default);
}

public enum FactOrder
{
    /// <summary>Latest reported first.</summary>
    Newest,
    /// <summary>Earliest reported first.</summary>
    Oldest,
    /// <summary>Soonest (or longest past) deadline first: for overdue and red-warning lists.</summary>
    Deadline,
}
