using Governance.Core.Intake.Features;
using Governance.Core.Intake.Learning;
using Governance.Core.Intake.Model;
using Governance.Core.Intake.Suggestions;

namespace Governance.Intake.Tests;

/// <summary>What the catalog-only model says for texts written the way people write (none of them from the evaluation sets).</summary>
public class SuggestionTests
{
    static readonly ItemModel City = ItemModel.Compile(Repo.Set.City!.Items, CharGrams.Default);

    [Theory]
    [InlineData("地铁站出口全是卖炒粉的小推车", "09006")]
    [InlineData("单元门口的下水道井盖被人偷走了，上面还写着污水", "01002")]
    [InlineData("小区里一辆报废的面包车停了好几年，轮胎都烂了", "06034")]
    [InlineData("拉圾箱满了好几天没人倒", "06042")]
    [InlineData("楼上的KTV天天半夜鬼哭狼嚎", "06028")]
    [InlineData("我们村的自来水黄黄的有股怪味", "11040")]
    [InlineData("老板欠了我们三个月工钱", "11003")]
    [InlineData("饭店门头的招牌松了，风一吹直晃", "03007")]
    [InlineData("ＫＴＶ天天唱到半夜两点", "06028")]
    public void A_colloquial_text_gets_its_item_first(string text, string item) => Assert.Equal(item, City.RankCodes(text)[0]);

    [Fact]
    public void A_suggestion_says_which_words_spoke_for_it_and_confidences_fall_with_rank()
    {
        var ranked = City.Rank("楼下烧烤摊的油烟太大了", 3);
        Assert.Equal(3, ranked.Count);
        Assert.Contains(ranked, r => r.Matched.Contains("油烟"));
        Assert.True(ranked[0].Confidence >= ranked[1].Confidence && ranked[1].Confidence >= ranked[2].Confidence);
        Assert.InRange(ranked.Sum(r => r.Confidence), 0, 1.0001);
    }

    [Fact]
    public void Of_is_dropped_before_phrases_are_looked_for_so_a_qualified_object_still_matches()
    {
        Assert.Equal("燃气井盖", TextNormalizer.PhraseForm("燃气的井盖"));
        Assert.Equal("01011", City.RankCodes("燃气的井盖松动了，车压过去哐哐响")[0]);
    }

    [Fact]
    public async Task A_countys_own_item_is_suggested_there_and_nowhere_else()
    {
        var suggester = new IntakeSuggester(new InMemoryIntakeStore());
        const string text = "地里有人烧玉米秆，浓烟呛人";
        var qingshan = await suggester.SuggestAsync(Repo.Set.For("990121"), "990121", text);
        Assert.Equal("11901", qingshan.Items[0].Code);
        Assert.Equal("社会治理类", qingshan.Items[0].CategoryName);
        foreach (var county in new[] { "990102", "990103", "990104", "990105" })
            Assert.DoesNotContain((await suggester.SuggestAsync(Repo.Set.For(county), county, text, 10)).Items, s => s.Code == "11901");
        Assert.DoesNotContain((await suggester.SuggestAsync(Repo.Set.City!, null, text, 10)).Items, s => s.Code == "11901");
    }
}
