namespace Governance.Intake.Tests;

/// <summary>The evaluation texts are what they claim: enough of them, over the whole catalog, labelled with items that exist, and apart.</summary>
public class EvaluationSetTests
{
    [Theory]
    [InlineData("heldout.jsonl", 600, 250)]
    [InlineData("dev.jsonl", 300, 200)]
    public void Each_set_covers_every_category_with_labels_the_catalog_has(string file, int atLeast, int items)
    {
        var texts = Repo.Texts(file);
        Assert.True(texts.Count >= atLeast, $"{file}: {texts.Count} texts");
        foreach (var t in texts)
            foreach (var code in t.Items)
                Assert.True(Repo.Set.For(t.County).FindItem(code) is not null, $"{file}: {code} ({t.Text}) is not in the catalog of {t.County ?? "the city"}");
        var labels = texts.SelectMany(t => t.Items).ToHashSet();
        Assert.True(labels.Count >= items, $"{file}: {labels.Count} items");
        Assert.Equal(Repo.Set.City!.Categories.Select(c => c.Code).Order(), labels.Select(l => l[..2]).Distinct().Order());
    }

    [Fact]
    public void No_text_is_in_both_the_held_out_and_the_dev_set()
    {
        var dev = Repo.Texts("dev.jsonl").Select(t => t.Text).ToHashSet();
        Assert.DoesNotContain(Repo.Texts("heldout.jsonl"), t => dev.Contains(t.Text));
    }
}
