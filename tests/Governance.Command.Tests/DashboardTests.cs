using System.Net;
using Governance.Command.Tests.Infrastructure;

namespace Governance.Command.Tests;

/// <summary>
/// GET /api/dashboard answers each viewer's figures — the city, a county, a department — and they equal SQL written
/// here over the same cases; a unit outside the viewer is refused.
/// </summary>
public abstract class DashboardTests(SeededServer seeded)
{
    CommandServer Server => seeded.Server;
    Db Db => seeded.Db;
    static readonly DateTimeOffset Now = Time.At("2026-02-12T15:00");
    // The last 30 local days up to today: 2026-01-14 00:00 to 2026-02-13 00:00.
    static readonly object Window = new { f = Time.At("2026-01-14T00:00").ToUnixTimeMilliseconds(), t = Time.At("2026-02-13T00:00").ToUnixTimeMilliseconds() };
    const string InWindow = "reported_at_ms >= @f AND reported_at_ms < @t";

    async Task<T> AtAsync<T>(Func<Task<T>> read)
    {
        Server.Clock.Set(Now);
        try { return await read(); }
        finally { Server.Clock.Set(Seeds.Now); }
    }

    [Fact]
    public async Task The_city_sees_every_figure_as_SQL_counts_it()
    {
        var admin = await Server.As("admin");
        var d = await AtAsync(() => admin.GetJson("/api/dashboard"));
        Assert.Equal(("990100", "city", "county"), (d.GetProperty("scope").Str("code"), d.GetProperty("scope").Str("level"), d.GetProperty("scope").Str("childLevel")));

        var today = d.GetProperty("today");
        var todayWindow = new { f = Time.At("2026-02-12T00:00").ToUnixTimeMilliseconds(), t = Time.At("2026-02-13T00:00").ToUnixTimeMilliseconds() };
        Assert.Equal(await Db.CountAsync(InWindow, todayWindow), today.Long("reported"));
        Assert.True(today.Long("reported") > 0);
        Assert.Equal(await Db.CountAsync($"{InWindow} AND status = 'Reported'", todayWindow), today.Long("pending"));

        var p = d.GetProperty("period");
        Assert.Equal(await Db.CountAsync(InWindow, Window), p.Long("reported"));
        Assert.Equal(await Db.CountAsync($"{InWindow} AND closed_at IS NOT NULL", Window), p.Long("closed"));
        var onTime = await Db.CountAsync($"{InWindow} AND closed_at IS NOT NULL AND {Db.True("on_time")} AND warning <> 'Overdue'", Window);
        Assert.Equal((double)onTime / p.Long("closed"), p.Double("onTimeRate")!.Value, 9);
        Assert.Equal((await Weights.Of(RepoFiles.Definitions).OfCasesAsync(Db, InWindow, Window))!.Value, p.Double("satisfaction")!.Value, 9);
        Assert.Equal(await Db.CountAsync("warning = 'Overdue' AND status IN ('Dispatched','Handling','Suspended','Returned','Verifying') AND " + InWindow, Window),
            p.Long("overdueOpen"));

        Assert.Equal(30, d.GetProperty("trend").GetArrayLength());
        Assert.Equal(p.Long("reported"), d.GetProperty("trend").EnumerateArray().Sum(x => x.Long("reported")));
        Assert.Equal("2026-02-12", d.GetProperty("trend").EnumerateArray().Last().Str("day"));
        Assert.Equal(await Db.CountByAsync("substr(grid_code, 1, 6)", InWindow, Window), Named(d, "byUnit", "reported"));
        Assert.Equal(await Db.CountByAsync("category_code", InWindow, Window), Named(d, "byCategory", "count"));
        Assert.Equal(await Db.CountByAsync("channel", InWindow, Window), Named(d, "byChannel", "count"));
        var items = await Db.CountByAsync("item_code", InWindow, Window);
        Assert.Equal(items.Values.OrderDescending().Take(10), d.GetProperty("topItems").EnumerateArray().Select(x => x.Long("count")));
        Assert.Equal(124, d.GetProperty("grids").GetArrayLength());
        Assert.Equal(await Db.CountByAsync("grid_code", InWindow, Window), d.GetProperty("grids").EnumerateArray().Where(g => g.Long("reported") > 0)
            .ToDictionary(g => g.Str("code"), g => g.Long("reported")));
        Assert.Equal(await Db.StringsAsync("SELECT number FROM cases WHERE warning = 'Overdue' AND status IN ('Dispatched','Handling','Suspended','Returned','Verifying') " +
                "ORDER BY deadline_ms, reported_at_ms DESC LIMIT 20"),
            d.GetProperty("overdue").EnumerateArray().Select(c => c.Str("number")));
    }

    [Fact]
    public async Task A_county_center_sees_its_county_by_street_and_may_not_look_at_another()
    {
        var op = await Server.As("op-990102");
        var d = await AtAsync(() => op.GetJson("/api/dashboard"));
        Assert.Equal(("990102", "county", "street"), (d.GetProperty("scope").Str("code"), d.GetProperty("scope").Str("level"), d.GetProperty("scope").Str("childLevel")));
        Assert.Equal("街道（乡镇）", d.GetProperty("scope").Str("childLevelName"));
        Assert.Equal(await Db.CountAsync($"{InWindow} AND grid_code LIKE '990102%'", Window), d.GetProperty("period").Long("reported"));
        Assert.Equal(await Db.CountByAsync("substr(grid_code, 1, 9)", $"{InWindow} AND grid_code LIKE '990102%'", Window), Named(d, "byUnit", "reported"));
        Assert.All(d.GetProperty("grids").EnumerateArray(), g => Assert.StartsWith("990102", g.Str("code")));
        Assert.All(d.GetProperty("latest").EnumerateArray(), c => Assert.StartsWith("990102", c.Str("gridCode")));

        var street = await AtAsync(() => op.GetJson("/api/dashboard?unit=990102001"));
        Assert.Equal(("990102001", "community"), (street.GetProperty("scope").Str("code"), street.GetProperty("scope").Str("childLevel")));
        Assert.Equal(await Db.CountAsync($"{InWindow} AND grid_code LIKE '990102001%'", Window), street.GetProperty("period").Long("reported"));

        var refused = await op.GetAsync("/api/dashboard?unit=990103");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("无权查看“城西区”的统计", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await op.GetAsync("/api/dashboard?unit=999999")).StatusCode);
    }

    [Fact]
    public async Task A_department_sees_the_cases_it_was_given()
    {
        var water = await Server.As("h-sw-990102");
        var d = await AtAsync(() => water.GetJson("/api/dashboard"));
        Assert.Equal(await Db.CountAsync($"{InWindow} AND id IN (SELECT case_id FROM case_tasks WHERE department_code = 'SW-990102')", Window),
            d.GetProperty("period").Long("reported"));
    }

    [Fact]
    public async Task Statistics_per_handling_unit_and_any_grouping_equal_SQL_within_the_callers_scope()
    {
        var op = await Server.As("op-990102");
        var rows = (await op.GetJson("/api/statistics")).EnumerateArray().ToDictionary(r => r.Str("unit"));
        var key = "COALESCE(assignee_department, assignee_unit)";
        Assert.Equal(await Db.CountByAsync(key, "grid_code LIKE '990102%'"), rows.ToDictionary(r => r.Key, r => r.Value.Long("received")));
        // Every handling unit is named as the package names it (a department by its name, not its code).
        Assert.All(rows, r => Assert.NotEqual(r.Key, r.Value.Str("name")));
        Assert.Contains(rows.Values, r => r.Str("name").EndsWith("局", StringComparison.Ordinal));
        var weights = Weights.Of(RepoFiles.Definitions);
        foreach (var (unit, row) in rows)
            Assert.Equal(await weights.OfCasesAsync(Db, $"grid_code LIKE '990102%' AND {key} = @unit", new { unit }), row.Double("satisfaction"));

        var figures = await op.GetJson("/api/statistics/figures?by=street,channel");
        var expected = await Db.CountByAsync("substr(grid_code, 1, 9) || '|' || channel", "grid_code LIKE '990102%'");
        Assert.Equal(expected, figures.GetProperty("rows").EnumerateArray()
            .ToDictionary(r => string.Join("|", r.GetProperty("keys").EnumerateArray().Select(k => k.GetString())), r => r.GetProperty("cases").Long("reported")));
        Assert.Contains(figures.GetProperty("rows").EnumerateArray(), r => r.GetProperty("names")[1].GetString() == "网格巡查");
        var bad = await op.GetAsync("/api/statistics/figures?by=street,phone");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("统计维度“phone”无效", await bad.Content.ReadAsStringAsync());
    }

    static Dictionary<string, long> Named(System.Text.Json.JsonElement d, string list, string count) =>
        d.GetProperty(list).EnumerateArray().ToDictionary(x => x.Str("code"), x => x.Long(count));
}

[Collection(SeededSqliteCollection.Name)]
public sealed class DashboardOnSqlite(SeededSqlite seeded) : DashboardTests(seeded);

[Collection(SeededPostgresCollection.Name)]
public sealed class DashboardOnPostgres(SeededPostgres seeded) : DashboardTests(seeded);
