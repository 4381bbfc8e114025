using System.Globalization;
using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;
using Governance.Core.Messages;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Valid;

namespace Governance.Core.Geography;

/// <summary>
/// Checks boundaries against the org tree: each names a unit once, is a valid polygon, lies inside its parent's
/// boundary, and overlaps no other unit of its level; every grid has one. Returns the boundaries that passed.
/// </summary>
internal static class BoundaryChecks
{
    /// <summary>
    /// About a metre: a border drawn a little outside its parent's, or a sliver shared with a neighbour (two files
    /// rounding one border differently), is not a mistake worth refusing; an overlap wider than that is.
    /// </summary>
    const double Tolerance = 1e-5;

    public static PlaceBoundaries Check(IReadOnlyList<BoundaryFeature> features, OrgTree org, SourceRef file, DefinitionErrors errors)
    {
        var good = new Dictionary<string, (Geometry Shape, OrgUnit Unit, SourceRef At)>(StringComparer.Ordinal);
        var order = new List<string>();
        var seen = new Dictionary<string, SourceRef>(StringComparer.Ordinal);
        foreach (var f in features)
        {
            var at = f.At.Field("properties").Field("code");
            if (!seen.TryAdd(f.Code, f.At)) { errors.Add(at, "DEF-DUPLICATE", Text.Format("TERM-BOUNDARY"), f.Code, seen[f.Code]); continue; }
            if (org.Find(f.Code) is not { } unit) { errors.Add(at, "DEF-UNKNOWN-REF", Text.Format("TERM-ORG"), f.Code); continue; }
            if (f.Name is { } name && name != unit.Name) errors.Add(f.At.Field("properties").Field("name"), "DEF-GEO-NAME", name, f.Code, unit.Name);
            if (f.Geometry is null) continue;
            var valid = new IsValidOp(f.Geometry);
            if (!valid.IsValid)
            {
                var e = valid.ValidationError;
                errors.Add(f.At.Field("geometry"), "DEF-GEO-INVALID", unit.Name, Text.Format("GEO-" + e.ErrorType), Where(e.Coordinate));
                continue;
            }
            good[f.Code] = (f.Geometry, unit, f.At);
            order.Add(f.Code);
        }
        if (features.Count > 0)
            foreach (var grid in org.Units.Where(u => u.Level == OrgLevel.Grid && !seen.ContainsKey(u.Code)))
                errors.Add(file.Field("features"), "DEF-GEO-GRID-MISSING", grid.Code, grid.Name);

        foreach (var code in order)
        {
            var (shape, unit, at) = good[code];
            // The nearest ancestor with a boundary: a package may draw grids and counties but not every level between.
            var parent = org.SelfAndAncestors(unit).Skip(1).Select(u => good.GetValueOrDefault(u.Code)).FirstOrDefault(p => p.Shape is not null);
            if (parent.Shape is not null && !parent.Shape.Buffer(Tolerance).Covers(shape))
            {
                var outside = shape.Difference(parent.Shape);
                errors.Add(at.Field("geometry"), "DEF-GEO-OUTSIDE", unit.Name, parent.Unit.Name, Math.Round(SquareMetres(outside)), Where(outside.InteriorPoint.Coordinate));
            }
        }
        foreach (var level in Enum.GetValues<OrgLevel>()) Overlaps(order.Where(c => good[c].Unit.Level == level).ToList(), good, errors);

        var grids = good.Where(g => g.Value.Unit.Level == OrgLevel.Grid).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return new PlaceBoundaries(order.Select(c => KeyValuePair.Create(c, good[c].Shape)).ToList(), grids);
    }

    static void Overlaps(List<string> codes, Dictionary<string, (Geometry Shape, OrgUnit Unit, SourceRef At)> good, DefinitionErrors errors)
    {
        var index = new STRtree<string>();
        foreach (var c in codes) index.Insert(good[c].Shape.EnvelopeInternal, c);
        index.Build();
        for (var i = 0; i < codes.Count; i++)
        {
            var (shape, unit, at) = good[codes[i]];
            foreach (var other in index.Query(shape.EnvelopeInternal).Where(o => codes.IndexOf(o) < i).OrderBy(codes.IndexOf))
            {
                var common = shape.Intersection(good[other].Shape);
                if (common.IsEmpty || common.Buffer(-Tolerance / 2).IsEmpty) continue;
                errors.Add(at.Field("geometry"), "DEF-GEO-OVERLAP", unit.Name, good[other].Unit.Name, Math.Round(SquareMetres(common)), Where(common.InteriorPoint.Coordinate));
            }
        }
    }

    /// <summary>Square metres of a small area in degrees, near its own latitude: enough to say how big a mistake is.</summary>
    internal static double SquareMetres(Geometry g) =>
        g.IsEmpty ? 0 : g.Area * 110_574 * 111_320 * Math.Cos(g.Centroid.Y * Math.PI / 180);

    static string Where(Coordinate? c) => c is null ? "" : Text.Format("GEO-NEAR", c.X.ToString("0.00000", CultureInfo.InvariantCulture), c.Y.ToString("0.00000", CultureInfo.InvariantCulture));
}
