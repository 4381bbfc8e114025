using System.Globalization;
using System.Text;
using System.Text.Json;
using Governance.Core.Definitions.Model;
using NetTopologySuite.Geometries;

namespace Governance.Cli.Geography;

/// <summary>Writes org/boundaries.json as GeoJSON with one line per ring, so a changed border reads as a small diff.</summary>
public static class BoundaryWriter
{
    public static string Write(IEnumerable<(OrgUnit Unit, Geometry Shape)> shapes, string note)
    {
        var s = new StringBuilder();
        s.Append("{\n  \"type\": \"FeatureCollection\",\n  \"$comment\": ").Append(Json(note)).Append(",\n  \"features\": [\n");
        var first = true;
        foreach (var (unit, shape) in shapes)
        {
            if (!first) s.Append(",\n");
            first = false;
            s.Append("    { \"type\": \"Feature\", \"properties\": { \"code\": ").Append(Json(unit.Code)).Append(", \"name\": ").Append(Json(unit.Name))
                .Append(", \"level\": ").Append(Json(unit.Level.ToString().ToLowerInvariant())).Append(" },\n");
            var polygons = Enumerable.Range(0, shape.NumGeometries).Select(i => (Polygon)shape.GetGeometryN(i)).ToList();
            s.Append("      \"geometry\": { \"type\": ").Append(Json(polygons.Count == 1 ? "Polygon" : "MultiPolygon")).Append(", \"coordinates\": [");
            for (var p = 0; p < polygons.Count; p++)
            {
                var rings = new[] { polygons[p].ExteriorRing }.Concat(polygons[p].InteriorRings).ToList();
                var indent = polygons.Count == 1 ? "        " : "          ";
                if (polygons.Count > 1) s.Append(p == 0 ? "\n        [" : ",\n        [");
                for (var r = 0; r < rings.Count; r++)
                {
                    s.Append(r == 0 ? "\n" : ",\n").Append(indent).Append('[');
                    s.Append(string.Join(", ", rings[r].Coordinates.Select(c => $"[{Number(c.X)}, {Number(c.Y)}]")));
                    s.Append(']');
                }
                if (polygons.Count > 1) s.Append("\n        ]");
            }
            s.Append("\n      ] } }");
        }
        return s.Append("\n  ]\n}\n").ToString();
    }

    static string Number(double d) => Math.Round(d, 6).ToString("0.######", CultureInfo.InvariantCulture);

    static string Json(string text) => JsonSerializer.Serialize(text, Commands.Definitions.Json);
}
