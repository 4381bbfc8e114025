using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;

namespace Governance.Cases.Tests;

/// <summary>The map's API without an account, and a report filed under the grid of its point rather than a grid the citizen picks.</summary>
public class PlacesApiTests : IClassFixture<PlacesApiTests.Server>
{
    public sealed class Server : IDisposable
    {
        public ApiFactory Factory { get; } = new();
        public void Dispose() => Factory.Dispose();
    }

    const string Grid = "990102001001001";
    readonly ApiFactory api;
    public PlacesApiTests(Server server) => api = server.Factory;

    static (double Lat, double Lon) CentroidOf(string code) => (Repo.Set.Places.Shape(code)!.Centroid.Lat, Repo.Set.Places.Shape(code)!.Centroid.Lon);
    static string N(double d) => d.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_unit_has_its_centroid_and_boundary_and_the_map_has_every_unit()
    {
        var anonymous = api.CreateClient();
        var unit = await anonymous.GetAsync($"/api/org/{Grid}").Ok();
        var (lat, lon) = CentroidOf(Grid);
        Assert.Equal(lat, unit["centroid"]!["lat"]!.GetValue<double>());
        Assert.Equal(lon, unit["centroid"]!["lon"]!.GetValue<double>());
        Assert.Equal("Polygon", (string?)unit["boundary"]!["type"]);
        Assert.True(unit["boundary"]!["coordinates"]![0]!.AsArray().Count >= 4);

        var map = await anonymous.GetAsync("/api/places/map").Ok();
        var features = map["features"]!.AsArray();
        Assert.Equal(200, features.Count);
        Assert.Equal(124, features.Count(f => (string?)f!["properties"]!["level"] == "grid"));
        Assert.Null(map["tiles"]); // no tile server unless an install sets one
    }

    [Fact]
    public async Task A_point_is_located_in_its_grid_and_a_point_outside_the_city_is_refused_in_chinese()
    {
        var anonymous = api.CreateClient();
        var (lat, lon) = CentroidOf(Grid);
        var located = await anonymous.GetAsync($"/api/places/locate?lat={N(lat)}&lon={N(lon)}").Ok();
        Assert.Equal(Grid, (string?)located["grid"]);
        Assert.Equal("城东区东湖街道东湖社区东湖社区第1网格", (string?)located["place"]);
        Assert.Equal(["城东区", "东湖街道", "东湖社区", "东湖社区第1网格"], located["path"]!.AsArray().Select(p => (string)p!["name"]!));

        var outside = await anonymous.GetAsync("/api/places/locate?lat=39.9&lon=116.4");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.Contains("不在示范市的任何网格内", (string?)(await outside.Json())["detail"]);

        var hits = await anonymous.GetAsync("/api/places/search?q=" + Uri.EscapeDataString("东湖社区")).Ok();
        Assert.Equal("990102001001", (string?)hits[0]!["code"]); // the community before its grids
    }

    static object Report(double? lat, double? lon, string? grid = null) => new
    {
        channel = "web", itemCode = "01001", description = "小区门口井盖松动，夜里看不清", gridCode = grid, latitude = lat, longitude = lon,
        address = "东湖路 18 号", reporterName = "赵先生", reporterPhone = "13700001234",
    };

    [Fact]
    public async Task A_report_is_filed_under_the_grid_of_its_point_and_a_grid_that_disagrees_is_refused()
    {
        var citizen = api.CreateClient();
        var (lat, lon) = CentroidOf("990102001002001");
        var created = await citizen.PostAsJsonAsync("/api/cases", Report(lat, lon)).Ok();
        Assert.Equal("990102001002001", (string?)created["case"]!["gridCode"]);

        var mismatch = await citizen.PostAsJsonAsync("/api/cases", Report(lat, lon, Grid));
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        var problem = await mismatch.Json();
        Assert.Equal("gridCode", (string?)problem["field"]);
        Assert.Contains("该位置属于湖滨社区第1网格", (string?)problem["detail"]);

        var outside = await citizen.PostAsJsonAsync("/api/cases", Report(39.9, 116.4));
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Contains("不在示范市的任何网格内", (string?)(await outside.Json())["detail"]);

        var nowhere = await citizen.PostAsJsonAsync("/api/cases", Report(null, null));
        Assert.Equal(HttpStatusCode.BadRequest, nowhere.StatusCode);
        Assert.Contains("请标出事发位置", (string?)(await nowhere.Json())["detail"]);
    }

    [Fact]
    public async Task Anonymous_map_reads_beyond_their_limit_get_a_429()
    {
        using var limited = api.WithWebHostBuilder(b => b.UseSetting("Governance:PublicReadsPerMinute", "3"));
        var anonymous = limited.CreateClient();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/places/search?q=东湖")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await anonymous.GetAsync("/api/places/locate?lat=30.3&lon=118.5")).StatusCode);
    }
}
