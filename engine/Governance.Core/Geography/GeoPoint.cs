namespace Governance.Core.Geography;

/// <summary>A place on the map in WGS 84 degrees, latitude first as people say it (GeoJSON writes longitude first).</summary>
public readonly record struct GeoPoint(double Lat, double Lon)
{
    public bool IsValid => double.IsFinite(Lat) && double.IsFinite(Lon) && Lat is >= -90 and <= 90 && Lon is >= -180 and <= 180;
}
