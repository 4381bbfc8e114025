using Governance.Core.Intake.Features;
using Governance.Core.Intake.Learning;
using Governance.Core.Intake.Model;
using Governance.Core.Intake.Suggestions;
using Governance.TestSupport;

namespace Governance.Intake.Tests;

/// <summary>Training, versions and the learned layer, on the in-memory store (the API tests run the same on SQLite and PostgreSQL).</summary>
public class LearningTests
{
    static readonly ManualClock Clock = new(DateTimeOffset.Parse("2026-03-02T09:00:00+08:00"));

    static IntakeExample Example(int n, string county, string text, string item, string reported = "06028") =>
        new($"t{county}{n}", $"c{county}{n}", county, county + "001001001", "hotline", text, reported, item, Clock.GetUtcNow().AddMinutes(n));

    [Fact]
    public void A_learned_layer_reads_back_as_it_was_written()
    {
        var evidence = LearnedLayer.From([Example(1, "990102", "广场舞太吵", "06047"), Example(2, "990102", "路边卖菜", "09006")], CharGrams.Default);
        var back = LearnedLayer.Read(LearnedLayer.Write(evidence));
        Assert.Equal(evidence.Items.Keys.Order(), back.Items.Keys.Order());
        Assert.Equal(1, back.Items["06047"].Examples);
        Assert.Equal(evidence.Items["06047"].Features, back.Items["06047"].Features);
        Assert.Throws<InvalidDataException>(() => LearnedLayer.Read(System.Text.Encoding.UTF8.GetBytes("not a model")) );
    }

    [Fact]
    public async Task The_most_recent_registrations_are_held_out_and_the_version_is_measured_on_them_beside_the_catalog()
    {
        var store = new InMemoryIntakeStore();
        for (var n = 0; n < 40; n++) store.Add(Example(n, "990102", $"第{n}号楼下广场舞音响太吵", "06047"));
        var version = await new ModelTrainer(store, Clock).TrainAsync("990102", Repo.Set.For("990102").Items, "admin");

        Assert.NotNull(version);
        Assert.Equal((1, 40, 10, true), (version.Version, version.Examples, version.HeldOut, version.Active));
        Assert.Equal(1.0, version.Top1);
        Assert.Equal(0.0, version.BaseTop1); // the catalog alone says 噪声扰民
        Assert.Equal((await store.ExamplesAsync("990102", 100))[^1].At, version.LastExampleAt);
        Assert.False(await new ModelTrainer(store, Clock).IsDueAsync("990102", 1));
        store.Add(Example(41, "990102", "广场舞", "06047"));
        Assert.True(await new ModelTrainer(store, Clock).IsDueAsync("990102", 1));
    }

    [Fact]
    public async Task A_version_that_does_worse_than_the_catalog_on_the_held_out_cases_is_kept_but_not_activated()
    {
        var store = new InMemoryIntakeStore();
        // The old registrations teach 占道经营 for noise; the recent ones are noise again: learning hurts on them.
        for (var n = 0; n < 40; n++) store.Add(Example(n, "990103", "晚上楼下KTV唱歌太吵睡不着", n < 30 ? "09006" : "06028"));
        var version = await new ModelTrainer(store, Clock).TrainAsync("990103", Repo.Set.For("990103").Items, null);
        Assert.False(version!.Active);
        Assert.Contains("不如仅用事项目录", version.Note);
        Assert.Empty(await store.ActiveVersionsAsync());
    }

    [Fact]
    public async Task What_one_county_teaches_changes_its_suggestions_and_no_other_countys()
    {
        var store = new InMemoryIntakeStore();
        string[] taught = ["广场上跳舞的音响太吵了", "小区广场有人跳广场舞，喇叭声很大", "广场舞大妈的音箱声音太大", "早上六点广场上就放音乐跳舞",
            "晚上广场上好几拨人跳舞，音响比着放", "广场舞扰民，音响开到最大", "广场舞的音乐声从窗户传进来", "广场上有人用大功率音响跳舞",
            "小区广场舞每天跳到很晚", "广场舞天天跳，音乐声很吵", "跳舞的人把音响放在我家楼下", "广场里放音乐跳舞到夜里十点"];
        foreach (var (text, n) in taught.Select((t, n) => (t, n))) store.Add(Example(n, "990104", text, "06047"));
        var suggester = new IntakeSuggester(store);
        const string probe = "每天晚上广场舞的音响声音很大";
        Assert.Equal("06028", (await suggester.SuggestAsync(Repo.Set.For("990104"), "990104", probe)).Items[0].Code);

        await new ModelTrainer(store, Clock).TrainAsync("990104", Repo.Set.For("990104").Items, null);
        suggester.Forget("990104");

        var learned = await suggester.SuggestAsync(Repo.Set.For("990104"), "990104", probe);
        Assert.Equal(("06047", (int?)1), (learned.Items[0].Code, learned.ModelVersion));
        Assert.Equal("06028", (await suggester.SuggestAsync(Repo.Set.For("990105"), "990105", probe)).Items[0].Code);
        Assert.Equal("06028", (await suggester.SuggestAsync(Repo.Set.City!, null, probe)).Items[0].Code);
    }

    [Fact]
    public async Task Switching_back_to_an_earlier_version_is_picked_up_by_a_server_that_cached_the_newer_one()
    {
        var store = new InMemoryIntakeStore();
        store.Add(Example(1, "990102", "广场舞", "06047"));
        var trainer = new ModelTrainer(store, Clock);
        await trainer.TrainAsync("990102", Repo.Set.For("990102").Items, null);
        await trainer.TrainAsync("990102", Repo.Set.For("990102").Items, null);
        var other = new IntakeSuggester(store); // another server's cache
        Assert.Equal(2, (await other.SuggestAsync(Repo.Set.For("990102"), "990102", "广场舞")).ModelVersion);

        Assert.True(await store.ActivateAsync("990102", 1));
        await other.SyncAsync();
        Assert.Equal(1, (await other.SuggestAsync(Repo.Set.For("990102"), "990102", "广场舞")).ModelVersion);
        Assert.False(await store.ActivateAsync("990102", 7));
    }
}
