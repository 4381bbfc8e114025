using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Triangulate;

namespace Governance.Cli.Geography;

/// <summary>
/// Draws plausible boundaries for a fictional city's org tree: an irregular city outline, split level by level into
/// Voronoi cells clipped to the parent (relaxed a few times so cells are even), so every unit lies inside its parent
/// and siblings share their borders exactly. Urban districts sit around the centre (one named 东/西/南/北 on that
/// side), counties around them. Deterministic for a seed; coordinates on a 0.1 m grid.
/// </summary>
public sealed class BoundaryGenerator(OrgTree org, int seed)
{
    static readonly GeometryFactory Factory = new(new PrecisionModel(1e6), 4326);
    readonly Random random = new(seed);

    /// <summary>The city's centre and half-extents in degrees (about 50 km × 44 km).</summary>
    public GeoCentre Centre { get; init; } = new(118.45, 30.3, 0.26, 0.2);

    public sealed record GeoCentre(double Lon, double Lat, double HalfWidth, double HalfHeight);

    public IReadOnlyList<(OrgUnit Unit, Geometry Shape)> Generate()
    {
        var root = org.Root ?? throw new InvalidOperationException("the org tree has no root");
        var shapes = new List<(OrgUnit, Geometry)> { (root, Outline()) };
        for (var i = 0; i < shapes.Count; i++)
        {
            var (parent, shape) = shapes[i];
            var children = org.Units.Where(u => u.ParentCode == parent.Code).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
            if (children.Count == 0) continue;
            var sites = parent.Level == OrgLevel.City ? CountySites(children, shape) : RandomSites(children.Count, shape);
            var cells = Cells(Relax(sites, shape, parent.Level == OrgLevel.City ? 1 : 4), shape);
            shapes.AddRange(children.Select((c, k) => (c, cells[k])));
        }
        return shapes;
    }

    Geometry Outline()
    {
        var phases = Enumerable.Range(0, 3).Select(_ => random.NextDouble() * Math.PI * 2).ToArray();
        var ring = Enumerable.Range(0, 96).Select(k =>
        {
            var t = k * Math.PI * 2 / 96;
            var r = 1 + 0.09 * Math.Sin(3 * t + phases[0]) + 0.05 * Math.Sin(5 * t + phases[1]) + 0.025 * Math.Sin(13 * t + phases[2]);
            return new Coordinate(Centre.Lon + Centre.HalfWidth * r * Math.Cos(t), Centre.Lat + Centre.HalfHeight * r * Math.Sin(t));
        }).ToList();
        ring.Add(ring[0].Copy());
        return Factory.CreatePolygon(ring.Select(Round).ToArray());
    }

    /// <summary>Districts on an inner ring (a name with a compass word on that side), counties on an outer one.</summary>
    List<Coordinate> CountySites(List<OrgUnit> counties, Geometry city)
    {
        var inner = counties.Where(c => !c.Name.EndsWith(Text.Format("GEO-COUNTY-SUFFIX"), StringComparison.Ordinal)).ToList();
        var outer = counties.Except(inner).ToList();
        var taken = new Dictionary<OrgUnit, double>();
        foreach (var c in inner)
            foreach (var (word, angle) in new[] { ("GEO-EAST", 0.0), ("GEO-NORTH", 90.0), ("GEO-WEST", 180.0), ("GEO-SOUTH", 270.0) }.Select(w => (Text.Format(w.Item1), w.Item2)))
                if (c.Name.Contains(word) && !taken.ContainsValue(angle)) { taken[c] = angle; break; }
        var free = new Queue<double>(new[] { 300.0, 120.0, 30.0, 210.0, 60.0, 240.0, 150.0, 330.0 }.Where(a => !taken.ContainsValue(a)));
        foreach (var c in inner.Where(c => !taken.ContainsKey(c))) taken[c] = free.Dequeue();
        var sites = counties.Select(c =>
        {
            var (radius, angle) = taken.TryGetValue(c, out var a) ? (0.3, a) : (0.75, 225.0 + 90.0 * outer.IndexOf(c) / Math.Max(1, outer.Count));
            var t = angle * Math.PI / 180;
            return new Coordinate(Centre.Lon + Centre.HalfWidth * radius * Math.Cos(t), Centre.Lat + Centre.HalfHeight * radius * Math.Sin(t));
        }).ToList();
        return sites.Select(s => city.Contains(Factory.CreatePoint(s)) ? s : city.InteriorPoint.Coordinate.Copy()).ToList();
    }

    List<Coordinate> RandomSites(int count, Geometry parent)
    {
        var box = parent.EnvelopeInternal;
        var sites = new List<Coordinate>();
        while (sites.Count < count)
        {
            var c = new Coordinate(box.MinX + random.NextDouble() * box.Width, box.MinY + random.NextDouble() * box.Height);
            if (parent.Contains(Factory.CreatePoint(c))) sites.Add(c);
        }
        return sites;
    }

    /// <summary>Lloyd relaxation: each site moves to its cell's centroid, which evens out the cells' sizes.</summary>
    static List<Coordinate> Relax(List<Coordinate> sites, Geometry parent, int rounds)
    {
        for (var r = 0; r < rounds && sites.Count > 1; r++)
            sites = Cells(sites, parent).Select(c => c.Centroid.Coordinate).ToList();
        return sites;
    }

    /// <summary>The Voronoi cell of each site (in the sites' order), clipped to the parent on the 0.1 m grid.</summary>
    static List<Geometry> Cells(List<Coordinate> sites, Geometry parent)
    {
        if (sites.Count == 1) return [parent];
        var clip = new Envelope(parent.EnvelopeInternal);
        clip.ExpandBy(1);
        var builder = new VoronoiDiagramBuilder { ClipEnvelope = clip };
        builder.SetSites(sites);
        var diagram = builder.GetDiagram(Factory);
        var bySite = Enumerable.Range(0, diagram.NumGeometries).Select(diagram.GetGeometryN).ToList();
        return sites.Select(s =>
        {
            var cell = bySite.First(g => ((Coordinate)g.UserData).Equals2D(s));
            var clipped = OverlayNG.Overlay(cell, parent, SpatialFunction.Intersection, Factory.PrecisionModel);
            // A sliver cut off by the parent's outline would make a grid of two pieces; keep the piece around the site.
            return clipped is MultiPolygon many ? Enumerable.Range(0, many.NumGeometries).Select(many.GetGeometryN).MaxBy(g => g.Area)! : clipped;
        }).ToList();
    }

    static Coordinate Round(Coordinate c) => new(Math.Round(c.X, 6), Math.Round(c.Y, 6));
}
