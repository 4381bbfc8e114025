namespace Governance.Core.Geography;

/// <summary>
/// An org unit's boundary as plain numbers: polygons of rings of [lon, lat] positions (GeoJSON order, outer ring
/// first), with a point inside it to centre a map on. Callers need no geometry library to draw or send it.
/// </summary>
public sealed record UnitShape(string Code, GeoPoint Centroid, IReadOnlyList<IReadOnlyList<IReadOnlyList<double[]>>> Polygons);
