using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Governance.Cases.Tests;

/// <summary>
/// Item suggestions through the API: what the public page and the register dialog ask, what an administrator sees of
/// the models, and that a county's center teaches its own suggestions only. 高新区 (990105) learns here; 新港区
/// (990104) is the county that must not change; 青山县 (990121) gets versions to switch between. No other API test
/// reports in these counties.
/// </summary>
public abstract class IntakeApiTests(ApiFactory api)
{
    const string Learner = "990105", Other = "990104";

    // How people in 高新区 report square dancing; its center registers these under 公园秩序, not 噪声扰民.
    static readonly string[] SquareDancing =
    [
        "广场上跳舞的音响开得太大声了，每天晚上八点到十点", "小区中心广场有人跳广场舞，喇叭声吵得孩子没法写作业",
        "楼下广场舞大妈的音箱声音太大，说了也不听", "每天早上六点广场上就放音乐跳舞，吵得睡不着",
        "公园门口广场有人跳舞放音乐，音量特别大", "晚上广场上好几拨人跳舞，音响比着放",
        "跳广场舞的占了半个广场，音乐声震耳朵", "市民来电反映：科创街道星河广场广场舞音响扰民",
        "小区广场舞每天都跳到很晚，音响很吵", "广场舞的音乐声从窗户传进来，老人心脏受不了",
        "广场上的舞蹈队每天放音乐，声音开得很大", "巡查发现智谷街道某广场广场舞音量过大，已劝导",
        "广场舞扰民，每天晚上音响开到最大", "一群人在广场上跳舞，大音箱对着居民楼",
        "我们小区门口的广场，晚上跳舞的音响太吵了", "广场舞声音太大，投诉好几次了",
        "晚饭后广场上跳舞的音箱吵得人心烦", "广场上有人用大功率音响跳舞",
        "小广场跳舞的人太多了，音乐开得震天响", "周末一早广场上就放舞曲，吵醒了全楼",
        "广场舞的音响架在路边，声音特别大", "跳舞的大妈们把音响放在我家楼下",
        "广场舞天天跳，音乐声吵死人了", "广场里放音乐跳舞，一直到夜里十点多",
    ];

    const string Probe = "小区广场每天晚上有人跳广场舞，音响声音很大";

    static object Suggest(string text, string? county = null, string? grid = null) => new { text, county, grid };

    [Fact]
    public async Task A_citizen_without_an_account_gets_the_likely_items_for_what_they_wrote()
    {
        var citizen = api.CreateClient();
        var answer = await citizen.PostAsJsonAsync("/api/intake/suggest", Suggest("小区门口天天有人摆摊卖水果，人行道都走不通")).Ok();
        var first = answer["suggestions"]![0]!;
        Assert.Equal("09006", (string?)first["code"]);
        Assert.Equal("占道经营", (string?)first["name"]);
        Assert.Equal("09", (string?)first["category"]);
        Assert.Equal("街面秩序类", (string?)first["categoryName"]);
        Assert.InRange(first["confidence"]!.GetValue<double>(), 0.5, 1);
        Assert.Contains("摆摊", first["matched"]!.AsArray().Select(m => (string?)m));
        Assert.Equal(3, answer["suggestions"]!.AsArray().Count);
        Assert.Null(answer["modelVersion"]);
    }

    [Fact]
    public async Task A_countys_own_item_is_suggested_in_that_county_only()
    {
        var citizen = api.CreateClient();
        const string text = "收完麦子有人在地里烧麦秸，烟大得很";
        var qingshan = await citizen.PostAsJsonAsync("/api/intake/suggest", Suggest(text, grid: "990121001001001")).Ok();
        Assert.Equal("11901", (string?)qingshan["suggestions"]![0]!["code"]);
        Assert.Equal("990121", (string?)qingshan["county"]);
        var city = await citizen.PostAsJsonAsync("/api/intake/suggest", Suggest(text, Other)).Ok();
        Assert.DoesNotContain(city["suggestions"]!.AsArray(), s => (string?)s!["code"] == "11901");
    }

    [Theory]
    [InlineData("", null, "text")]
    [InlineData("井盖丢了", "990102001", "county")]
    [InlineData("井盖丢了", "nowhere", "county")]
    public async Task A_wrong_request_is_refused_in_Chinese_naming_the_field(string text, string? county, string field)
    {
        var r = await api.CreateClient().PostAsJsonAsync("/api/intake/suggest", Suggest(text, county));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var problem = await r.Json();
        Assert.Equal(field, (string?)problem["field"]);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string?)problem["detail"]);
    }

    [Fact]
    public async Task Registrations_that_correct_a_kind_of_text_change_that_countys_suggestions_and_no_other()
    {
        var citizen = api.CreateClient();
        async Task<string?> Top(string county) =>
            (string?)(await citizen.PostAsJsonAsync("/api/intake/suggest", Suggest(Probe, county)).Ok())["suggestions"]![0]!["code"];
        Assert.Equal("06028", await Top(Learner));
        Assert.Equal("06028", await Top(Other));

        var op = await api.As("op-" + Learner);
        foreach (var (text, n) in SquareDancing.Select((t, n) => (t, n)))
        {
            var created = await op.PostAsJsonAsync("/api/cases", new
            {
                channel = "hotline", itemCode = "06028", description = text, gridCode = $"99010500{1 + n % 2}001001", address = "滨江公园",
            }).Ok();
            var id = created["case"]!["id"]!.GetValue<string>();
            await op.Act(await op.TaskOf(id), "register", "按本区分工归公园管理", new { item = "06047" }).Ok();
        }

        var admin = await api.As("admin");
        var version = await admin.PostAsync($"/api/intake/models/{Learner}/train", null).Ok();
        Assert.True(version["active"]!.GetValue<bool>());
        Assert.Equal(SquareDancing.Length, version["examples"]!.GetValue<int>());
        Assert.Equal(10, version["heldOut"]!.GetValue<int>()); // the most recent, measured before they were learned
        Assert.True(version["top1"]!.GetValue<double>() > version["baseTop1"]!.GetValue<double>());

        var learner = await citizen.PostAsJsonAsync("/api/intake/suggest", Suggest(Probe, Learner)).Ok();
        Assert.Equal("06047", (string?)learner["suggestions"]![0]!["code"]);
        Assert.Equal(version["version"]!.GetValue<int>(), learner["modelVersion"]!.GetValue<int>());
        Assert.Equal("06028", await Top(Other));
    }

    [Fact]
    public async Task An_administrator_sees_each_countys_versions_and_switches_back_to_an_earlier_one()
    {
        const string county = "990121"; // 青山县: no other API test registers there
        var op = await api.As("op-" + county);
        for (var n = 0; n < 3; n++)
        {
            var created = await op.PostAsJsonAsync("/api/cases", new { channel = "hotline", itemCode = "09006", description = $"第{n}次反映路边有人卖菜", gridCode = "990121001001001", address = "青山路 8 号" }).Ok();
            await op.Act(await op.TaskOf(created["case"]!["id"]!.GetValue<string>()), "register", "立案").Ok();
        }
        var admin = await api.As("admin");
        var first = (await admin.PostAsync($"/api/intake/models/{county}/train", null).Ok())["version"]!.GetValue<int>();
        var second = (await admin.PostAsync($"/api/intake/models/{county}/train", null).Ok())["version"]!.GetValue<int>();
        Assert.Equal(first + 1, second);
        var listed = await admin.GetAsync($"/api/intake/models/{county}").Ok();
        Assert.Equal(second, listed["activeVersion"]!.GetValue<int>());
        Assert.Contains("不足", (string?)listed["versions"]![0]!["note"]); // too few registrations to hold any out

        await admin.PostAsync($"/api/intake/models/{county}/versions/{first}/activate", null).Ok();
        listed = await admin.GetAsync($"/api/intake/models/{county}").Ok();
        Assert.Equal(first, listed["activeVersion"]!.GetValue<int>());
        var answer = await api.CreateClient().PostAsJsonAsync("/api/intake/suggest", Suggest("路边有人卖菜", county)).Ok();
        Assert.Equal(first, answer["modelVersion"]!.GetValue<int>());

        var missing = await admin.PostAsync($"/api/intake/models/{county}/versions/999/activate", null);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("第 999 版", (string?)(await missing.Json())["detail"]);
        var all = (await admin.GetAsync("/api/intake/models").Ok()).AsArray();
        Assert.Equal(5, all.Count); // every county, whether it has learned yet or not
    }

    [Fact]
    public async Task Only_administrators_manage_models_and_a_county_administrator_only_its_own()
    {
        var op = await api.As("op-990102");
        Assert.Equal(HttpStatusCode.Forbidden, (await op.GetAsync("/api/intake/models")).StatusCode);
        var countyAdmin = await api.As("admin-990103");
        Assert.Single((await countyAdmin.GetAsync("/api/intake/models").Ok()).AsArray());
        var refused = await countyAdmin.PostAsync("/api/intake/models/990102/train", null);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("城西区", (string?)(await refused.Json())["detail"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.CreateClient().GetAsync("/api/intake/models")).StatusCode);
    }
}

public sealed class IntakeApiOnSqlite(SqliteServer server) : IntakeApiTests(server.Factory), IClassFixture<SqliteServer>;

[Collection(PostgresServers.Name)]
public sealed class IntakeApiOnPostgres(PostgresServer server) : IntakeApiTests(server.Factory);
