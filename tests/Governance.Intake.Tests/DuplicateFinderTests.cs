using Governance.Core.Cases;
using Governance.Core.Cases.Model;
using Governance.Core.Intake.Duplicates;
using Governance.Core.Intake.Learning;
using Governance.Core.Intake.Suggestions;

namespace Governance.Intake.Tests;

/// <summary>Which open cases are offered as duplicates, in what order, and why.</summary>
public class DuplicateFinderTests
{
    static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-03-02T15:00:00+08:00");

    static Case Open(string id, string item, string text, string grid, double hoursAgo, double? lon = null, double? lat = null) => new()
    {
        Id = id, Number = "990102-20260302-" + id, CountyCode = "990102", Channel = "app", Reporter = new Reporter(null, null, null),
        Place = new Place(grid, null, lon, lat), ItemCode = item, CategoryCode = item[..2], Urgency = "normal", Description = text,
        ReportedAt = Now.AddHours(-hoursAgo),
    };

    static async Task<IReadOnlyList<DuplicateCandidate>> Find(DuplicateQuery q, params Case[] cases)
    {
        var store = new InMemoryCaseStore();
        foreach (var c in cases) await store.SaveAsync(new CaseChange(c, 0, [], []));
        return await new DuplicateFinder(store, new IntakeSuggester(new InMemoryIntakeStore())).FindAsync(q, Repo.Set.For("990102"), "990102");
    }

    [Fact]
    public async Task Cases_are_ranked_by_item_place_time_and_text_and_each_says_why()
    {
        var query = new DuplicateQuery(null, "990102001001001", null, null, "06042", "小区北门垃圾桶满了，垃圾溢出来了", Now);
        var found = await Find(query,
            Open("a", "06042", "北门垃圾桶满了溢出来", "990102001001001", 3),
            Open("b", "06042", "垃圾桶满了", "990102001002001", 30),
            Open("c", "01037", "北门路灯不亮", "990102001001001", 1),
            Open("d", "06042", "垃圾桶满了溢出来", "990102002001001", 1));
        Assert.Equal(["a", "b"], found.Select(f => f.Case.Id));
        Assert.StartsWith("同一网格、3 小时前、描述相似 0.", found[0].Reason);
        Assert.EndsWith("同一事项", found[0].Reason);
        Assert.StartsWith("同一街道东湖街道、30 小时前", found[1].Reason);
        Assert.True(found[0].Score > found[1].Score);
    }

    [Fact]
    public async Task Coordinates_when_both_have_them_say_how_far_apart()
    {
        var query = new DuplicateQuery(null, "990102001001001", 118.7800, 32.0400, "06042", "垃圾桶满溢", Now);
        var found = await Find(query, Open("a", "06042", "垃圾桶满溢", "990102001002001", 0.5, 118.7801, 32.0401));
        Assert.StartsWith("相距 15 米、30 分钟前、描述相似 1.00", Assert.Single(found).Reason);
    }

    [Fact]
    public async Task A_finished_case_and_the_case_itself_are_never_offered()
    {
        var merged = Open("m", "06042", "垃圾桶满了", "990102001001001", 1);
        merged.MergeInto("990102-20260302-x");
        merged.Finish(CaseStatus.Merged);
        var query = new DuplicateQuery("self", "990102001001001", null, null, "06042", "垃圾桶满了", Now);
        Assert.Empty(await Find(query, merged, Open("self", "06042", "垃圾桶满了", "990102001001001", 0)));
    }
}
