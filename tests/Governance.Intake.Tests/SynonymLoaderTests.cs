using Governance.Core.Definitions;
using Governance.TestSupport;

namespace Governance.Intake.Tests;

/// <summary>Synonyms in the package: read with the item, checked, and overridable by a county.</summary>
public class SynonymLoaderTests
{
    [Fact]
    public void Every_item_of_the_default_package_has_synonyms_and_the_package_loads_without_warnings()
    {
        Assert.True(Repo.Set.IsValid);
        Assert.Empty(Repo.Set.Problems.Warnings);
        Assert.All(Repo.Set.City!.Items, i => Assert.NotEmpty(i.Synonyms));
        Assert.Contains("摆摊", Repo.Set.City.FindItem("09006")!.Synonyms);
        Assert.Contains("烧秸秆", Repo.Set.For("990121").FindItem("11901")!.Synonyms);
    }

    [Fact]
    public void A_synonym_that_is_not_a_string_is_an_error_with_its_path_and_a_repeated_one_a_warning()
    {
        using var package = new PackageCopy();
        var file = Path.Combine(package.Dir, "catalog/items/09.json");
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Replace("\"摆摊\",", "42, \"占道经营\","));
        var set = DefinitionLoader.Load(package.Dir);
        var error = Assert.Single(set.Problems.Errors);
        Assert.Equal(("catalog/items/09.json", "DEF-TYPE"), (error.File, error.Code));
        Assert.Matches(@"^\$\.items\[\d+\]\.synonyms\[0\]$", error.Path);
        var warning = Assert.Single(set.Problems.Warnings);
        Assert.Equal("DEF-ITEM-SYNONYM-REPEATED", warning.Code);
        Assert.Contains("占道经营", warning.Message);
    }

    [Fact]
    public void A_county_may_override_an_items_synonyms_and_only_that_county_sees_them()
    {
        using var package = new PackageCopy();
        var file = Path.Combine(package.Dir, "counties/990121/catalog.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"override\": [", "\"override\": [\n    { \"code\": \"09006\", \"synonyms\": [\"赶场\", \"摆摊\"] },"));
        var set = DefinitionLoader.Load(package.Dir);
        Assert.True(set.IsValid, string.Join("\n", set.Problems.Errors));
        Assert.Equal(["赶场", "摆摊"], set.For("990121").FindItem("09006")!.Synonyms);
        Assert.DoesNotContain("赶场", set.City!.FindItem("09006")!.Synonyms);
    }
}
