using System.Text.Json;
using Governance.Core.Definitions.Loading;
using Governance.Core.Definitions.Model;
using NetTopologySuite.Geometries;

namespace Governance.Core.Geography;

/// <summary>One feature of org/boundaries.json: a unit code and its polygon, or null geometry where it could not be read.</summary>
internal sealed record BoundaryFeature(string Code, string? Name, Geometry? Geometry, SourceRef At);

/// <summary>
/// Reads org/boundaries.json, a GeoJSON FeatureCollection whose features carry <c>properties.code</c> (the org
/// unit) and a Polygon or MultiPolygon in WGS 84 [lon, lat]. Every problem is reported with its JSON path.
/// </summary>
internal static class BoundaryReader
{
    public static IReadOnlyList<BoundaryFeature> Read(JsonSection root)
    {
        root.AllowOnly("type", "name", "features", "bbox");
        if (root.String("type") is { } type && type != "FeatureCollection")
            root.Errors.Add(root.At.Field("type"), "DEF-GEO-TYPE", type, "FeatureCollection");
        var features = new List<BoundaryFeature>();
        foreach (var f in root.Objects("features"))
        {
            f.AllowOnly("type", "id", "properties", "geometry", "bbox");
            if (f.String("type") is { } ft && ft != "Feature") f.Errors.Add(f.At.Field("type"), "DEF-GEO-TYPE", ft, "Feature");
            var properties = f.Object("properties");
            properties?.AllowOnly("code", "name", "level");
            var code = properties?.String("code");
            var geometry = f.Object("geometry") is { } g ? Geometry(g) : null;
            if (code is not null) features.Add(new BoundaryFeature(code, properties?.String("name", false), geometry, f.At));
        }
        return features;
    }

    static Geometry? Geometry(JsonSection g)
    {
        g.AllowOnly("type", "coordinates", "bbox");
        var type = g.String("type");
        if (type is null) return null;
        if (!g.Element.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            g.Errors.Add(g.At.Field("coordinates"), "DEF-REQUIRED", "coordinates");
            return null;
        }
        var at = g.At.Field("coordinates");
        switch (type)
        {
            case "Polygon":
                return Polygon(coordinates, at, g) is { } p ? p : null;
            case "MultiPolygon":
                var parts = coordinates.EnumerateArray().Select((c, i) => Polygon(c, at.Index(i), g)).ToList();
                return parts.Count > 0 && parts.All(p => p is not null) ? PlaceBoundaries.Factory.CreateMultiPolygon(parts.ToArray()!) : null;
            default:
                g.Errors.Add(g.At.Field("type"), "DEF-GEO-TYPE", type, "Polygon, MultiPolygon");
                return null;
        }
    }

    static Polygon? Polygon(JsonElement rings, SourceRef at, JsonSection g)
    {
        if (rings.ValueKind != JsonValueKind.Array || rings.GetArrayLength() == 0)
        {
            g.Errors.Add(at, "DEF-GEO-RINGS");
            return null;
        }
        var read = rings.EnumerateArray().Select((r, i) => Ring(r, at.Index(i), g)).ToList();
        if (read.Any(r => r is null)) return null;
        return PlaceBoundaries.Factory.CreatePolygon(read[0], read.Skip(1).ToArray()!);
    }

    static LinearRing? Ring(JsonElement ring, SourceRef at, JsonSection g)
    {
        if (ring.ValueKind != JsonValueKind.Array) { g.Errors.Add(at, "DEF-GEO-RINGS"); return null; }
        var points = new List<Coordinate>();
        var i = 0;
        foreach (var position in ring.EnumerateArray())
        {
            var p = Position(position);
            if (p is null) { g.Errors.Add(at.Index(i), "DEF-GEO-POSITION", Compact(position)); return null; }
            points.Add(p);
            i++;
        }
        if (points.Count < 4) { g.Errors.Add(at, "DEF-GEO-RING-SHORT", points.Count); return null; }
        if (!points[0].Equals2D(points[^1])) { g.Errors.Add(at, "DEF-GEO-RING-OPEN"); return null; }
        return PlaceBoundaries.Factory.CreateLinearRing(points.ToArray());
    }

    static string Compact(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? $"[{string.Join(", ", e.EnumerateArray().Select(Compact))}]" : e.GetRawText();

    /// <summary>[lon, lat] (an altitude may follow and is ignored), within the ranges of WGS 84.</summary>
    static Coordinate? Position(JsonElement p)
    {
        if (p.ValueKind != JsonValueKind.Array || p.GetArrayLength() is < 2 or > 3) return null;
        var lon = p[0]; var lat = p[1];
        if (lon.ValueKind != JsonValueKind.Number || lat.ValueKind != JsonValueKind.Number) return null;
        var point = new GeoPoint(lat.GetDouble(), lon.GetDouble());
        return point.IsValid ? new Coordinate(point.Lon, point.Lat) : null;
    }
}
