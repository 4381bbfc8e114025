using Governance.Core.Packages;
using Governance.Core.Definitions.Model;
using Governance.Core.Geography;
using Governance.Core.Messages;
using Governance.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Apis;

/// <summary>
/// The map of the public pages and the workspace: every unit's boundary, the grid of a point, places by name. No
/// login and no personal data; rate-limited per client address like every anonymous endpoint.
/// </summary>
public static class PlacesApi
{
    public const string RateLimitPolicy = "public-read";

    public static void MapPlacesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/places").WithTags("Places").AllowAnonymous().RequireRateLimiting(RateLimitPolicy);
        api.MapGet("/map", Map);
        api.MapGet("/locate", Locate);
        api.MapGet("/search", Search);
    }

    public sealed record Centroid(double Lat, double Lon);
    public sealed record TileLayer(string Url, string? Attribution, int MaxZoom);
    public sealed record PlaceFeature(string Type, PlaceProperties Properties, Geometry Geometry);
    public sealed record PlaceProperties(string Code, string Name, string Level, string? Parent);
    /// <summary>A GeoJSON Polygon or MultiPolygon: rings of [lon, lat].</summary>
    public sealed record Geometry(string Type, object Coordinates);
    public sealed record MapView(string City, string CityName, Centroid? Centre, TileLayer? Tiles, IReadOnlyList<PlaceFeature> Features);
    public sealed record PlaceStep(string Code, string Name, string Level);
    public sealed record Located(string Grid, string GridName, string Place, IReadOnlyList<PlaceStep> Path);
    public sealed record PlaceHit(string Code, string Name, string Level, string Place, Centroid Centroid);

    /// <summary>Every unit's boundary as GeoJSON features (the map draws them as vectors: no tile server needed) and the tile layer, when one is set.</summary>
    static Ok<MapView> Map(DefinitionSet set, GovernanceOptions options, HttpContext http)
    {
        var org = set.City!.Org;
        http.Response.Headers.CacheControl = "public, max-age=300";
        var features = set.Places.Shapes.Select(s => org.Find(s.Code) is { } u
            ? new PlaceFeature("Feature", new PlaceProperties(u.Code, u.Name, Level(u), u.ParentCode), GeometryOf(s)) : null).OfType<PlaceFeature>().ToList();
        var centre = org.Root is { } root && set.Places.Shape(root.Code) is { } city ? new Centroid(city.Centroid.Lat, city.Centroid.Lon) : null;
        var tiles = string.IsNullOrWhiteSpace(options.MapTiles) ? null : new TileLayer(options.MapTiles, options.MapAttribution, options.MapMaxZoom);
        return TypedResults.Ok(new MapView(set.City.City.Code, set.City.City.Name, centre, tiles, features));
    }

    /// <summary>The grid a point lies in, with the units above it: what a report from that point is filed under.</summary>
    static Results<Ok<Located>, ProblemHttpResult> Locate(DefinitionSet set, double lat, double lon)
    {
        var org = set.City!.Org;
        if (set.Places.GridAt(new GeoPoint(lat, lon)) is not { } code || org.Find(code) is not { } grid)
            return TypedResults.Problem(detail: Text.Format("PLACE-OUTSIDE", set.City.City.Name), statusCode: 422, title: "PLACE-OUTSIDE",
                extensions: new Dictionary<string, object?> { ["code"] = "PLACE-OUTSIDE", ["field"] = "lat" });
        var path = org.SelfAndAncestors(grid).Reverse().Skip(1).Select(u => new PlaceStep(u.Code, u.Name, Level(u))).ToList();
        return TypedResults.Ok(new Located(grid.Code, grid.Name, PlaceName(org, grid), path));
    }

    /// <summary>Counties, streets, communities and grids whose name contains the words, biggest first: the map moves there.</summary>
    static Ok<List<PlaceHit>> Search(DefinitionSet set, string? q)
    {
        var org = set.City!.Org;
        var words = (q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(5).ToList();
        if (words.Count == 0 || words.Sum(w => w.Length) > 50) return TypedResults.Ok(new List<PlaceHit>());
        return TypedResults.Ok(org.Units
            .Where(u => u.Level != OrgLevel.City && words.All(w => PlaceName(org, u).Contains(w, StringComparison.Ordinal)))
            .Select(u => (Unit: u, Shape: set.Places.Shape(u.Code))).Where(x => x.Shape is not null)
            .OrderByDescending(x => x.Unit.Level).ThenBy(x => x.Unit.Code, StringComparer.Ordinal).Take(10)
            .Select(x => new PlaceHit(x.Unit.Code, x.Unit.Name, Level(x.Unit), PlaceName(org, x.Unit), new Centroid(x.Shape!.Centroid.Lat, x.Shape.Centroid.Lon)))
            .ToList());
    }

    /// <summary>"城东区东湖街道东湖社区第1网格": the unit under its county, as people say where a place is.</summary>
    static string PlaceName(OrgTree org, OrgUnit unit) =>
        string.Concat(org.SelfAndAncestors(unit).Where(u => u.Level < OrgLevel.City).Reverse().Select(u => u.Name));

    static string Level(OrgUnit u) => u.Level.ToString().ToLowerInvariant();

    public static Geometry GeometryOf(UnitShape s) => s.Polygons.Count == 1
        ? new Geometry("Polygon", s.Polygons[0])
        : new Geometry("MultiPolygon", s.Polygons);
}
