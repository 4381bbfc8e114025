namespace Governance.Core.Geography;

/// <summary>
/// Where places are: the boundaries of the org units and which grid a point lies in. The grid of a report is
/// derived from its point here, never picked by the person reporting.
/// </summary>
public interface IPlaceLocator
{
    /// <summary>False for a package without <c>org/boundaries.json</c>: places are then picked from the org tree.</summary>
    bool HasBoundaries { get; }

    /// <summary>The code of the grid whose boundary covers the point; null outside every grid.</summary>
    string? GridAt(GeoPoint point);

    /// <summary>A unit's boundary and centroid; null when the unit has none.</summary>
    UnitShape? Shape(string unitCode);

    /// <summary>Every unit that has a boundary, in file order.</summary>
    IReadOnlyList<UnitShape> Shapes { get; }
}
