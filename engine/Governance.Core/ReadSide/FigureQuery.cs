namespace Governance.Core.ReadSide;

/// <summary>
/// Which figures to read: cases the scope may see, reported in [<see cref="From"/>, <see cref="To"/>) (assignments:
/// opened in it), matching every filter, grouped by <see cref="GroupBy"/> (none: one row for everything).
/// </summary>
public sealed record FigureQuery
{
    public FigureScope Scope { get; init; } = FigureScope.Everything;
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public IReadOnlyList<Dimension> GroupBy { get; init; } = [];
    public IReadOnlyList<FigureFilter> Filters { get; init; } = [];
    /// <summary>Only cases still in the loop (accepted, not closed and not ended).</summary>
    public bool OpenOnly { get; init; }
    /// <summary>Only cases with coordinates inside this box (longitude and latitude ranges), for "within R metres".</summary>
    public GeoBox? Within { get; init; }
    /// <summary>Only these cases (by id): the cases behind an alert.</summary>
    public IReadOnlyList<string>? Ids { get; init; }

    public FigureQuery Where(Dimension dimension, params string[] values) => this with { Filters = [.. Filters, new FigureFilter(dimension, values)] };

    public FigureQuery By(params Dimension[] dimensions) => this with { GroupBy = dimensions };
}

/// <summary>Keeps rows whose <see cref="Dimension"/> value is one of <see cref="Values"/>.</summary>
public sealed record FigureFilter(Dimension Dimension, IReadOnlyList<string> Values);

/// <summary>A longitude/latitude rectangle.</summary>
public sealed record GeoBox(double West, double South, double East, double North);

/// <summary>
/// The cases a reader may count, the same rule as the case list: placed under <see cref="PlaceUnderCode"/>, or with a
/// task (past or present) for the unit or department, or reported by the user. Null fields do not filter.
/// </summary>
public sealed record FigureScope(bool All, string? PlaceUnderCode, string? TaskUnitCode, string? TaskDepartmentCode, string? ReporterUsername)
{
    public static readonly FigureScope Everything = new(true, null, null, null, null);
}

/// <summary>One group: its key values in the order of <see cref="FigureQuery.GroupBy"/>, and its measures.</summary>
public sealed record FigureRow<T>(IReadOnlyList<string?> Keys, T Measures)
{
    public string? Key => Keys.Count > 0 ? Keys[0] : null;
}
