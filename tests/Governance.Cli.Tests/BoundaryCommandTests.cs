using Governance.Cli;

namespace Governance.Cli.Tests;

/// <summary>`boundaries` draws the shipped boundaries of 示范市 again byte for byte; `locate` answers which grid a point is in.</summary>
public class BoundaryCommandTests
{
    static readonly string Definitions = Governance.TestSupport.RepoFiles.Definitions;

    static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_shipped_boundaries_are_what_the_generator_draws_for_the_default_seed()
    {
        var file = Path.Combine(Path.GetTempPath(), $"boundaries-{Guid.NewGuid():N}.json");
        try
        {
            var (code, output, error) = Run("boundaries", "--definitions", Definitions, "--out", file);
            Assert.True(code == 0, error);
            Assert.Contains("200 个单元", output);
            Assert.Equal(File.ReadAllText(Path.Combine(Definitions, "org/boundaries.json")), File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Another_seed_draws_other_boundaries_that_still_validate()
    {
        using var copy = new Governance.TestSupport.PackageCopy();
        var (code, _, error) = Run("boundaries", "--definitions", copy.Dir, "--seed", "7");
        Assert.True(code == 0, error);
        Assert.NotEqual(File.ReadAllText(Path.Combine(Definitions, "org/boundaries.json")), File.ReadAllText(Path.Combine(copy.Dir, "org/boundaries.json")));
        var (valid, output, _) = Run("validate", copy.Dir);
        Assert.True(valid == 0, output);
        Assert.Contains("200 boundaries", output);
    }

    [Fact]
    public void Locate_names_the_grid_and_the_units_above_it_or_says_the_point_is_outside()
    {
        var centroid = Core.Packages.DefinitionLoader.Load(Definitions).Places.Shape("990102001001001")!.Centroid;
        var (code, output, _) = Run("locate", "--lat", centroid.Lat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--lon", centroid.Lon.ToString(System.Globalization.CultureInfo.InvariantCulture), "--definitions", Definitions);
        Assert.Equal(0, code);
        Assert.Equal("grid: 990102001001001 示范市 / 城东区 / 东湖街道 / 东湖社区 / 东湖社区第1网格", output.Trim());

        var (outside, _, error) = Run("locate", "--lat", "39.9", "--lon", "116.4", "--definitions", Definitions);
        Assert.Equal(1, outside);
        Assert.Contains("不在示范市的任何网格内", error);

        var (wrong, _, usage) = Run("locate", "--lat", "北纬30", "--lon", "118.4");
        Assert.Equal(2, wrong);
        Assert.Contains("--lat “北纬30” 不是以度为单位的数字", usage);
    }
}
