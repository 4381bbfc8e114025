using System.Net;
using System.Text.Json;
using Governance.Command.Tests.Infrastructure;

namespace Governance.Command.Tests;

/// <summary>
/// Each shipped warning rule (definitions/warnings) fires on the cases that should raise it and lists them, grows
/// rather than repeats, and shows up in GET /api/alerts for those who may see the cases — on SQLite and PostgreSQL.
/// </summary>
public abstract class WarningRuleTests : IAsyncLifetime
{
    protected CommandServer Server { get; private set; } = null!;
    protected abstract Task<string?> StorageAsync();
    HttpClient op = null!;
    const string Grid = "990102001001001";

    public async Task InitializeAsync()
    {
        Server = new CommandServer(await StorageAsync(), start: Time.At("2026-03-09T09:00"));
        op = await Server.As("op-990102");
    }

    public virtual Task DisposeAsync() { Server.Dispose(); return Task.CompletedTask; }

    /// <summary>Runs the rules now (after the pass that intake woke, if one is running) and lists the alerts the center sees.</summary>
    async Task<List<JsonElement>> AlertsAsync(HttpClient? client = null, string rule = "")
    {
        await Server.Center.Warnings.RunAsync(Server.Center.Owner);
        return (await (client ?? op).GetJson("/api/alerts")).EnumerateArray().Where(a => rule == "" || a.Str("ruleId") == rule).ToList();
    }

    static List<string> Numbers(JsonElement alert) => alert.GetProperty("caseNumbers").EnumerateArray().Select(n => n.GetString()!).ToList();

    [Fact]
    public async Task Three_reports_of_one_item_in_one_grid_within_a_day_raise_one_alert_that_grows()
    {
        var numbers = new List<string>();
        numbers.Add((await op.ReportAsync("01001", Grid, "供水井盖破损", phone: "13800000001")).Number);
        Server.Clock.Advance(TimeSpan.FromHours(10));
        numbers.Add((await op.ReportAsync("01001", Grid, "井盖松动", phone: "13800000002")).Number);
        await op.ReportAsync("01001", "990102001001002", "隔壁网格的井盖", phone: "13800000003");
        Assert.Empty(await AlertsAsync(rule: "multi-point"));

        Server.Clock.Advance(TimeSpan.FromHours(13)); // 23 hours after the first
        numbers.Add((await op.ReportAsync("01001", Grid, "又一处井盖缺失", phone: "13800000004")).Number);
        var alert = Assert.Single(await AlertsAsync(rule: "multi-point"));
        Assert.Equal(numbers, Numbers(alert));
        Assert.Equal("yellow", alert.Str("level"));
        Assert.Equal("东湖社区第1网格 24 小时内上报“供水井盖异常”3 件", alert.Str("summary"));

        Server.Clock.Advance(TimeSpan.FromHours(2));
        numbers.Add((await op.ReportAsync("01001", Grid, "第四处井盖", phone: "13800000005")).Number);
        alert = Assert.Single(await AlertsAsync(rule: "multi-point"));
        Assert.Equal(numbers, Numbers(alert));
        Assert.EndsWith("4 件", alert.Str("summary"));
    }

    [Fact]
    public async Task An_alert_is_raised_as_the_case_arrives_without_anyone_running_the_rules()
    {
        await op.ReportAsync("01002", Grid, "污水井盖破损", phone: "13800000011");
        await op.ReportAsync("01002", Grid, "污水井盖缺失", phone: "13800000012");
        var third = await op.ReportAsync("01002", Grid, "污水井盖塌陷", phone: "13800000013");
        // Intake woke the command center after its commit; the alert appears on its own.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<JsonElement> alerts = [];
        while (DateTime.UtcNow < deadline)
        {
            alerts = (await op.GetJson("/api/alerts")).EnumerateArray().Where(a => a.Str("ruleId") == "multi-point").ToList();
            if (alerts.Count > 0) break;
            await Task.Delay(100);
        }
        Assert.Contains(third.Number, Numbers(Assert.Single(alerts)));
    }

    [Fact]
    public async Task Reports_of_one_category_within_300_metres_across_grids_raise_the_nearby_alert()
    {
        // Where three grids meet: a point in each, a little way in from the shared corner (about 100 m apart);
        // the fourth report is in a grid a few kilometres away.
        var near = PointsAroundACorner();
        var numbers = new List<string>();
        for (var i = 0; i < near.Count; i++)
        {
            numbers.Add((await op.ReportAsync(i % 2 == 0 ? "01001" : "01003", near[i].Grid, "井盖问题" + i, phone: $"1390000000{i}", lon: near[i].Lon, lat: near[i].Lat)).Number);
            Server.Clock.Advance(TimeSpan.FromHours(1));
        }
        var far = Places.Value.Shape("990102004001001")!.Centroid;
        await op.ReportAsync("01002", "990102004001001", "远处的井盖", phone: "13900000009", lon: far.Lon, lat: far.Lat);
        var alert = Assert.Single(await AlertsAsync(rule: "multi-point-nearby"));
        Assert.Equal(numbers, Numbers(alert));
        Assert.Contains("300 米内", alert.Str("summary"));
        Assert.Empty(await AlertsAsync(rule: "multi-point")); // different grids: not the one-grid rule
    }

    static readonly Lazy<Governance.Core.Geography.IPlaceLocator> Places =
        new(() => Governance.Core.Packages.DefinitionLoader.Load(RepoFiles.Definitions).Places);

    /// <summary>Three grids of 东湖街道 that share a corner, and a point in each 60 m from the corner towards its centroid.</summary>
    static List<(string Grid, double Lon, double Lat)> PointsAroundACorner()
    {
        var places = Places.Value;
        var corners = new Dictionary<(long, long), HashSet<string>>();
        foreach (var shape in places.Shapes.Where(x => x.Code.Length == 15 && x.Code.StartsWith("990102001", StringComparison.Ordinal)))
            foreach (var point in shape.Polygons.SelectMany(p => p).SelectMany(r => r))
            {
                var key = ((long)Math.Round(point[0] * 1e6), (long)Math.Round(point[1] * 1e6));
                if (!corners.TryGetValue(key, out var grids)) corners[key] = grids = [];
                grids.Add(shape.Code);
            }
        foreach (var ((x, y), grids) in corners.Where(c => c.Value.Count >= 3).OrderBy(c => c.Key))
        {
            var (lon, lat) = (x / 1e6, y / 1e6);
            var points = grids.Order().Take(3).Select(g =>
            {
                var c = places.Shape(g)!.Centroid;
                // 60 m from the corner towards the centroid.
                var f = 60 / Math.Max(60, Metres(("", lon, lat), ("", c.Lon, c.Lat)));
                return (Grid: g, Lon: lon + (c.Lon - lon) * f, Lat: lat + (c.Lat - lat) * f);
            }).ToList();
            if (points.All(p => places.GridAt(new Governance.Core.Geography.GeoPoint(p.Lat, p.Lon)) == p.Grid)
                && points.All(p => points.All(q => Metres(p, q) < 280))) return points;
        }
        throw new InvalidOperationException("no corner of three grids in 东湖街道 with points under 280 m apart");
    }

    static double Metres((string, double Lon, double Lat) a, (string, double Lon, double Lat) b)
    {
        var dy = (a.Lat - b.Lat) * 111_320;
        var dx = (a.Lon - b.Lon) * 111_320 * Math.Cos(a.Lat * Math.PI / 180);
        return Math.Sqrt(dx * dx + dy * dy);
    }

    [Fact]
    public async Task One_phone_about_one_grid_three_times_in_a_week_is_a_repeated_complaint()
    {
        var numbers = new List<string>();
        foreach (var (item, day) in new[] { ("02001", 0), ("03001", 3), ("06001", 6) })
        {
            Server.Clock.Set(Time.At("2026-03-09T09:00").AddDays(day));
            numbers.Add((await op.ReportAsync(item, Grid, "又来反映问题", phone: "13912345678")).Number);
            if (day == 0) await op.ReportAsync(item, "990102001001002", "同一号码反映别的网格", phone: "13912345678");
            await op.ReportAsync(item, Grid, "别的号码反映同一网格", phone: $"1391234560{day}");
        }
        var alert = Assert.Single(await AlertsAsync(rule: "repeat-complaint"));
        Assert.Equal(numbers, Numbers(alert));
        Assert.Equal("同一来电号码 7 天内就东湖社区第1网格反映 3 次", alert.Str("summary"));
        Assert.DoesNotContain("13912345678", alert.GetRawText()); // the number itself is not shown
    }

    [Fact]
    public async Task Escalation_words_raise_the_case_to_critical_with_a_journal_entry_and_a_red_alert()
    {
        var (id, number) = await op.ReportAsync("11003", Grid, "工地农民工聚集讨薪，有人扬言要跳楼", phone: "13700000001");
        var calm = await op.ReportAsync("11003", "990102001002001", "工资发放咨询", phone: "13700000002");
        var alert = Assert.Single(await AlertsAsync(rule: "escalation-words"));
        Assert.Equal("red", alert.Str("level"));
        Assert.Equal([number], Numbers(alert));
        Assert.Equal($"事件 {number}（东湖社区第1网格）描述含“跳楼”、“讨薪”、“聚集”，已升为特急", alert.Str("summary")); // in the rule's order

        var detail = await op.GetJson($"/api/cases/{id}");
        Assert.Equal("critical", detail.GetProperty("case").Str("urgency"));
        var entry = detail.GetProperty("journal").EnumerateArray().Single(j => j.Str("action") == "预警升级");
        Assert.StartsWith("紧急程度由一般升为特急：敏感词升级，描述含", entry.Str("comment"));
        Assert.Equal("normal", (await op.GetJson($"/api/cases/{calm.Id}")).GetProperty("case").Str("urgency"));
        Assert.Single(await AlertsAsync(rule: "escalation-words")); // looked at once: not raised again
    }

    [Fact]
    public async Task A_dispute_left_open_turns_blue_yellow_then_red_on_working_days()
    {
        var (id, number) = await op.ReportAsync("11001", Grid, "邻里因噪音发生争执", phone: "13600000001");
        await op.RegisterAsync(id);
        var pending = await op.ReportAsync("11001", "990102001001002", "未受理的纠纷", phone: "13600000002");
        Assert.Empty(await AlertsAsync(rule: "dispute-open"));

        Server.Clock.Set(Time.At("2026-03-12T17:00")); // Monday 09:00 + 3 working days ends Thursday 17:30
        Assert.Empty(await AlertsAsync(rule: "dispute-open"));
        Server.Clock.Set(Time.At("2026-03-12T17:31"));
        var alert = Assert.Single(await AlertsAsync(rule: "dispute-open"));
        Assert.Equal("blue", alert.Str("level"));
        Assert.Equal([number], Numbers(alert));
        Server.Clock.Set(Time.At("2026-03-16T17:31")); // 5 working days: Monday the 16th
        Assert.Equal("yellow", Assert.Single(await AlertsAsync(rule: "dispute-open")).Str("level"));
        Server.Clock.Set(Time.At("2026-03-23T17:31")); // 10 working days
        alert = Assert.Single(await AlertsAsync(rule: "dispute-open"));
        Assert.Equal("red", alert.Str("level"));
        Assert.Contains("10 个工作日未结案，红色预警", alert.Str("summary"));
        Assert.DoesNotContain(pending.Number, Numbers(alert));
    }

    [Fact]
    public async Task Alerts_are_seen_by_those_who_may_see_their_cases_and_acknowledged_by_the_center()
    {
        var (id, number) = await op.ReportAsync("11048", Grid, "小区门口有群体聚集苗头", phone: "13500000001");
        var alert = Assert.Single(await AlertsAsync(rule: "escalation-words"));
        Assert.Empty(await AlertsAsync(await Server.As("op-990103")));
        Assert.Single(await AlertsAsync(await Server.As("gw-990102001001001")));
        Assert.Single(await AlertsAsync(await Server.As("admin")));

        var other = await (await Server.As("op-990103")).PostAsync($"/api/alerts/{alert.Str("id")}/acknowledge", null);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        var worker = await (await Server.As("gw-990102001001001")).PostAsync($"/api/alerts/{alert.Str("id")}/acknowledge", null);
        Assert.Equal(HttpStatusCode.Forbidden, worker.StatusCode);
        Assert.Contains("只有综治中心人员", await worker.Content.ReadAsStringAsync());
        var done = await op.PostAsync($"/api/alerts/{alert.Str("id")}/acknowledge", null);
        Assert.True(done.IsSuccessStatusCode);
        Assert.Empty((await op.GetJson("/api/alerts?state=open")).EnumerateArray());
        Assert.Single((await op.GetJson($"/api/alerts?case={id}")).EnumerateArray());
        Assert.Contains(number, Numbers(Assert.Single((await op.GetJson("/api/alerts?state=acknowledged&level=red")).EnumerateArray())));
    }
}

public sealed class WarningRulesOnSqlite : WarningRuleTests
{
    protected override Task<string?> StorageAsync() => Task.FromResult<string?>(null);
}

[Collection(PostgresCollection.Name)]
public sealed class WarningRulesOnPostgres(PostgresFixture pg) : WarningRuleTests
{
    protected override async Task<string?> StorageAsync() => "postgres:" + await pg.Cluster.CreateDatabaseAsync();
}
