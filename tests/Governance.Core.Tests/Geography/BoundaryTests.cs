using System.Text.Json.Nodes;
using Governance.Core.Packages;
using Governance.Core.Definitions.Model;
using Governance.Core.Geography;
using Governance.TestSupport;

namespace Governance.Core.Tests.Geography;

/// <summary>The default package's boundaries locate every grid; a boundary drawn wrong is refused with where and why.</summary>
public class BoundaryTests
{
    const string File = "org/boundaries.json";
    const string Grid1 = "990102001001001", Grid2 = "990102001001002";

    static readonly DefinitionSet Default = DefinitionLoader.Load(RepoFiles.Definitions);

    [Fact]
    public void Every_grid_of_the_default_package_has_a_boundary_and_its_centroid_locates_to_it()
    {
        Assert.True(Default.IsValid, string.Join("\n", Default.Problems.Errors.Take(5)));
        var grids = Default.City!.Org.Units.Where(u => u.Level == OrgLevel.Grid).ToList();
        Assert.Equal(124, grids.Count);
        foreach (var grid in grids)
        {
            var shape = Default.Places.Shape(grid.Code);
            Assert.True(shape is not null, grid.Code);
            Assert.Equal(grid.Code, Default.Places.GridAt(shape.Centroid));
        }
    }

    [Fact]
    public void A_point_outside_the_city_or_not_on_earth_lies_in_no_grid()
    {
        Assert.Null(Default.Places.GridAt(new GeoPoint(39.9, 116.4)));
        Assert.Null(Default.Places.GridAt(new GeoPoint(double.NaN, 118.4)));
        Assert.Null(Default.Places.GridAt(new GeoPoint(95, 118.4)));
    }

    [Fact]
    public void A_county_centroid_lies_inside_the_county_and_its_grids_lie_in_their_county()
    {
        var org = Default.City!.Org;
        var county = Default.Places.Shape("990121")!;
        var grid = Default.Places.GridAt(county.Centroid);
        Assert.NotNull(grid);
        Assert.True(org.IsWithin(org.Find(grid)!, "990121"), grid);
    }

    [Fact]
    public void Every_geometry_error_has_a_chinese_name()
    {
        foreach (var error in Enum.GetNames<NetTopologySuite.Operation.Valid.TopologyValidationErrors>())
            Assert.True(Core.Messages.Text.Contains("GEO-" + error), error);
    }

    public sealed record Case(string Name, Action<JsonNode> Break, string Path, string Code, string Says)
    {
        public override string ToString() => Name;
    }

    static JsonArray Features(JsonNode n) => n["features"]!.AsArray();
    static int Index(JsonNode n, string code) => Features(n).Select((f, i) => (f, i)).First(x => (string?)x.f!["properties"]!["code"] == code).i;
    static JsonNode Feature(JsonNode n, string code) => Features(n)[Index(n, code)]!;
    static JsonArray Ring(JsonNode n, string code) => Feature(n, code)["geometry"]!["coordinates"]![0]!.AsArray();
    static readonly int G1 = Index(JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(RepoFiles.Definitions, File)))!, Grid1);
    static readonly int G2 = G1 + 1;

    public static TheoryData<Case> Cases => new()
    {
        new("grid drawn over its neighbour", n => Feature(n, Grid2)["geometry"] = Feature(n, Grid1)["geometry"]!.DeepClone(),
            $"$.features[{G2}].geometry", "DEF-GEO-OVERLAP", "东湖社区第2网格的边界与东湖社区第1网格重叠"),
        new("grid outside its community", n =>
            {
                foreach (var p in Ring(n, Grid1)) p![0] = p[0]!.GetValue<double>() + 0.2;
            },
            $"$.features[{G1}].geometry", "DEF-GEO-OUTSIDE", "东湖社区第1网格的边界超出了东湖社区的边界"),
        new("self-intersecting boundary", n =>
            {
                var ring = Ring(n, Grid1);
                var (a, b) = (ring[1]!.DeepClone(), ring[2]!.DeepClone());
                ring[1] = b;
                ring[2] = a;
            },
            $"$.features[{G1}].geometry", "DEF-GEO-INVALID", "东湖社区第1网格的边界不是有效的多边形"),
        new("ring left open", n => Ring(n, Grid1).RemoveAt(Ring(n, Grid1).Count - 1),
            $"$.features[{G1}].geometry.coordinates[0]", "DEF-GEO-RING-OPEN", "环没有闭合"),
        new("position off the earth", n => Ring(n, Grid1)[1] = new JsonArray(218.4, 30.3),
            $"$.features[{G1}].geometry.coordinates[0][1]", "DEF-GEO-POSITION", "[218.4, 30.3]"),
        new("boundary of a unit that does not exist", n => Feature(n, Grid1)["properties"]!["code"] = "990102001001099",
            $"$.features[{G1}].properties.code", "DEF-UNKNOWN-REF", "不存在的组织“990102001001099”"),
        new("grid without a boundary", n => Features(n).RemoveAt(G2),
            "$.features", "DEF-GEO-GRID-MISSING", "网格 990102001001002（东湖社区第2网格）没有边界"),
        new("name that is not the unit's", n => Feature(n, Grid1)["properties"]!["name"] = "湖滨社区第1网格",
            $"$.features[{G1}].properties.name", "DEF-GEO-NAME", "与组织树中 990102001001001 的名称“东湖社区第1网格”不一致"),
        new("a line instead of a polygon", n => Feature(n, Grid1)["geometry"]!["type"] = "LineString",
            $"$.features[{G1}].geometry.type", "DEF-GEO-TYPE", "Polygon, MultiPolygon"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_boundary_drawn_wrong_is_reported_with_file_path_code_and_message(Case c)
    {
        using var copy = new PackageCopy();
        copy.Edit(File, c.Break);
        var set = DefinitionLoader.Load(copy.Dir);

        Assert.False(set.IsValid);
        var match = set.Problems.Errors.FirstOrDefault(e => e.File == File && e.Path == c.Path && e.Code == c.Code);
        Assert.True(match is not null, $"expected {File}:{c.Path}: {c.Code}; got:\n{string.Join("\n", set.Problems.Errors.Take(15))}");
        Assert.Contains(c.Says, match.Message);
    }

    [Fact]
    public void A_package_without_boundaries_is_valid_and_locates_nothing()
    {
        using var copy = new PackageCopy();
        copy.Delete(File);
        var set = DefinitionLoader.Load(copy.Dir);
        Assert.True(set.IsValid, string.Join("\n", set.Problems.Errors.Take(5)));
        Assert.False(set.Places.HasBoundaries);
        Assert.Null(set.Places.GridAt(Default.Places.Shape(Grid1)!.Centroid));
    }
}
