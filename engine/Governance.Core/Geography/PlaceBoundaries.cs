using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace Governance.Core.Geography;

/// <summary>
/// The boundaries of a package, indexed once: grids in an R-tree of prepared polygons, so finding the grid of a
/// point costs a few envelope tests and one polygon test, not a scan of every grid.
/// </summary>
public sealed class PlaceBoundaries : IPlaceLocator
{
    /// <summary>Where a package keeps its boundaries.</summary>
    public const string File = "org/boundaries.json";

    public static readonly PlaceBoundaries Empty = new([], new HashSet<string>());

    readonly Dictionary<string, UnitShape> shapes;
    readonly STRtree<(string Code, IPreparedGeometry Shape)> grids = new();

    /// <param name="units">Every unit's boundary by code, in file order.</param>
    /// <param name="gridCodes">Which of them are grids: the units a point is located in.</param>
    public PlaceBoundaries(IReadOnlyList<KeyValuePair<string, Geometry>> units, IReadOnlySet<string> gridCodes)
    {
        shapes = new Dictionary<string, UnitShape>(StringComparer.Ordinal);
        var ordered = new List<UnitShape>();
        foreach (var (code, geometry) in units)
        {
            var shape = ToShape(code, geometry);
            if (!shapes.TryAdd(code, shape)) continue;
            ordered.Add(shape);
            if (gridCodes.Contains(code)) grids.Insert(geometry.EnvelopeInternal, (code, PreparedGeometryFactory.Prepare(geometry)));
        }
        grids.Build();
        Shapes = ordered;
    }

    public bool HasBoundaries => shapes.Count > 0;
    public IReadOnlyList<UnitShape> Shapes { get; }

    public string? GridAt(GeoPoint point)
    {
        if (!point.IsValid || shapes.Count == 0) return null;
        var p = Factory.CreatePoint(new Coordinate(point.Lon, point.Lat));
        // Ordinal order: a point exactly on a shared border belongs to one grid, the same one every time.
        return grids.Query(p.EnvelopeInternal).Where(g => g.Shape.Covers(p)).Select(g => g.Code).Order(StringComparer.Ordinal).FirstOrDefault();
    }

    public UnitShape? Shape(string unitCode) => shapes.GetValueOrDefault(unitCode);

    internal static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    static UnitShape ToShape(string code, Geometry g)
    {
        // The centroid of a crescent lies outside it; a map centred there would show the neighbour.
        var c = g.Centroid;
        var inside = g.Covers(c) ? c : g.InteriorPoint;
        var polygons = Enumerable.Range(0, g.NumGeometries).Select(i => (Polygon)g.GetGeometryN(i))
            .Select(p => (IReadOnlyList<IReadOnlyList<double[]>>)new[] { p.ExteriorRing }.Concat(p.InteriorRings)
                .Select(r => (IReadOnlyList<double[]>)r.Coordinates.Select(x => new[] { x.X, x.Y }).ToList()).ToList())
            .ToList();
        return new UnitShape(code, new GeoPoint(Math.Round(inside.Y, 7), Math.Round(inside.X, 7)), polygons);
    }
}
