using System.Net;
using System.Text.Json;
using Governance.Command.Tests.Infrastructure;

namespace Governance.Command.Tests;

/// <summary>
/// Monthly assessment from definitions/assessment: every measure behind every score equals SQL written here (tasks:
/// computed from their rows), scores follow the scheme's weights, ranks follow scores with last month beside them, the
/// cases behind a score are listed, and the export is a workbook another reader opens.
/// </summary>
public abstract class AssessmentTests(SeededServer seeded)
{
    CommandServer Server => seeded.Server;
    Db Db => seeded.Db;
    static readonly object February = new { f = Time.At("2026-02-01T00:00").ToUnixTimeMilliseconds(), t = Time.At("2026-03-01T00:00").ToUnixTimeMilliseconds() };
    const string InMonth = "reported_at_ms >= @f AND reported_at_ms < @t";

    /// <summary>The shipped department scheme's indicators, as the test reads them: value from measures, best and worst.</summary>
    static readonly Dictionary<string, (Func<Dictionary<string, double?>, double?> Value, double Weight, double Best, double Worst)> Department = new()
    {
        ["onTime"] = (m => Div(m["onTimeClosed"], m["closed"]), 30, 1.0, 0.6),
        ["satisfaction"] = (m => m["satisfaction"], 25, 1.0, 0.6),
        ["return"] = (m => Div(m["returned"], m["assigned"]), 15, 0, 0.3),
        ["reopen"] = (m => Div(m["reopened"], m["closed"]), 10, 0, 0.2),
        ["response"] = (m => Div(m["responseMinutes"], m["responded"]), 10, 30, 480),
        ["overdue"] = (m => m["overdue"], 10, 0, 10),
    };

    static double? Div(double? a, double? b) => a is null || b is null || b == 0 ? null : a / b;

    async Task<Dictionary<string, double?>> ExpectedDepartmentAsync(string d, List<TaskRow> tasks)
    {
        var where = $"{InMonth} AND assignee_department = '{d}'";
        var month = tasks.Where(t => t.Step == "handle" && t.Department == d && t.CreatedMs >= Time.At("2026-02-01T00:00").ToUnixTimeMilliseconds()
                                     && t.CreatedMs < Time.At("2026-03-01T00:00").ToUnixTimeMilliseconds()).ToList();
        var byCase = tasks.ToLookup(t => t.CaseId);
        var responded = month.Where(t => t.Responded).ToList();
        return new Dictionary<string, double?>
        {
            ["closed"] = await Db.CountAsync($"{where} AND closed_at IS NOT NULL", February),
            ["onTimeClosed"] = await Db.CountAsync($"{where} AND closed_at IS NOT NULL AND {Db.True("on_time")} AND warning <> 'Overdue'", February),
            ["overdue"] = await Db.CountAsync($"{where} AND (NOT {Db.True("on_time")} OR warning = 'Overdue')", February),
            ["reopened"] = await Db.CountAsync($"{where} AND reopen_count > 0", February),
            ["satisfaction"] = await Weights.Of(RepoFiles.Definitions).OfCasesAsync(Db, where, February),
            ["assigned"] = month.Count,
            ["returned"] = month.Count(t => t.Returned(byCase)),
            ["responded"] = responded.Count,
            ["responseMinutes"] = responded.Sum(t => t.ResponseMinutes),
        };
    }

    [Fact]
    public async Task Department_scores_come_from_measures_equal_to_SQL_and_ranks_follow_scores()
    {
        var admin = await Server.As("admin");
        var result = await admin.GetJson("/api/assessment?period=2026-02&level=department");
        Assert.Equal(("2026-02", "2026-01", "职能部门月度考核"), (result.Str("period"), result.Str("previousPeriod"), result.Str("schemeName")));
        Assert.Equal(Department.Keys, result.GetProperty("indicators").EnumerateArray().Select(i => i.Str("code")));
        var rows = result.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(159, rows.Count);
        var tasks = await Db.TasksAsync();
        var ranked = rows.Where(r => r.GetProperty("rank").ValueKind != JsonValueKind.Null).ToList();
        Assert.True(ranked.Count >= 10, $"{ranked.Count} departments with February cases");
        foreach (var row in ranked)
        {
            var expected = await ExpectedDepartmentAsync(row.Str("code"), tasks);
            var total = 0.0;
            foreach (var indicator in row.GetProperty("indicators").EnumerateArray())
            {
                var (value, weight, best, worst) = Department[indicator.Str("code")];
                foreach (var m in indicator.GetProperty("measures").EnumerateObject())
                    Assert.True(Same(expected[m.Name], m.Value), $"{row.Str("code")} {m.Name}: {m.Value} != {expected[m.Name]}");
                var v = value(expected);
                Assert.True(Same(v, indicator.GetProperty("value")), $"{row.Str("code")} {indicator.Str("code")}: {indicator.GetProperty("value")} != {v}");
                var points = Math.Round(weight * (v is { } x ? Math.Clamp((x - worst) / (best - worst), 0, 1) : 1), 2);
                Assert.Equal(points, indicator.Double("points")!.Value, 6);
                total += points;
            }
            Assert.Equal(Math.Round(total, 2), row.Double("score")!.Value, 6);
        }
        // Ranked by score (equal scores share a rank); departments with nothing in the month come last, unranked.
        for (var i = 1; i < ranked.Count; i++)
        {
            Assert.True(ranked[i].Double("score") <= ranked[i - 1].Double("score"));
            var rank = ranked[i].Long("rank");
            Assert.Equal(ranked[i].Double("score") == ranked[i - 1].Double("score") ? ranked[i - 1].Long("rank") : i + 1, rank);
        }
        Assert.Equal(ranked.Count, rows.FindIndex(r => r.GetProperty("rank").ValueKind == JsonValueKind.Null));
        var idle = rows.Last();
        Assert.Equal(0, await Db.CountAsync($"{InMonth} AND assignee_department = '{idle.Str("code")}'", February));
    }

    [Fact]
    public async Task Each_row_carries_last_months_rank_and_how_far_it_moved()
    {
        var admin = await Server.As("admin");
        var february = (await admin.GetJson("/api/assessment?period=2026-02&level=street")).GetProperty("rows").EnumerateArray().ToList();
        var january = (await admin.GetJson("/api/assessment?period=2026-01&level=street")).GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.Str("code"));
        var streets = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoFiles.Definitions, "org", "units.json"))).RootElement.GetProperty("units")
            .EnumerateArray().Count(u => u.Str("level") == "street");
        Assert.Equal(streets, february.Count);
        var moved = 0;
        foreach (var row in february.Where(r => r.GetProperty("rank").ValueKind != JsonValueKind.Null))
        {
            var before = january[row.Str("code")];
            if (before.GetProperty("rank").ValueKind == JsonValueKind.Null) { Assert.Equal(JsonValueKind.Null, row.GetProperty("previousRank").ValueKind); continue; }
            Assert.Equal(before.Long("rank"), row.Long("previousRank"));
            Assert.Equal(before.Double("score"), row.Double("previousScore"));
            Assert.Equal(before.Long("rank") - row.Long("rank"), row.Long("rankChange"));
            if (row.Long("rankChange") != 0) moved++;
        }
        Assert.True(moved > 0);
    }

    [Fact]
    public async Task Territorial_units_count_their_grid_workers_patrol_reports_per_worker()
    {
        var admin = await Server.As("admin");
        var rows = (await admin.GetJson("/api/assessment?period=2026-02&level=community")).GetProperty("rows").EnumerateArray();
        var workers = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoFiles.Definitions, "users", "users.json"))).RootElement.GetProperty("users")
            .EnumerateArray().Where(u => u.Str("role") == "grid-worker").Select(u => u.Str("unit")).ToList();
        var checkedOne = false;
        foreach (var row in rows)
        {
            var perWorker = row.GetProperty("indicators").EnumerateArray().Single(i => i.Str("code") == "perWorker");
            var code = row.Str("code");
            var reported = await Db.CountAsync($"{InMonth} AND grid_code LIKE '{code}%' AND reporter_username IN (SELECT username FROM users WHERE role = 'grid-worker')", February);
            Assert.Equal(reported, perWorker.GetProperty("measures").GetProperty("workerReported").GetDouble());
            Assert.Equal(workers.Count(w => w.StartsWith(code, StringComparison.Ordinal)), perWorker.GetProperty("measures").GetProperty("gridWorkers").GetDouble());
            checkedOne |= reported > 0;
        }
        Assert.True(checkedOne);
    }

    [Fact]
    public async Task The_cases_behind_a_score_are_listed_with_the_flags_that_counted_them()
    {
        var admin = await Server.As("admin");
        var rows = (await admin.GetJson("/api/assessment?period=2026-02&level=department")).GetProperty("rows").EnumerateArray().ToList();
        var busiest = rows.Where(r => r.GetProperty("rank").ValueKind != JsonValueKind.Null)
            .OrderByDescending(r => r.GetProperty("indicators")[0].GetProperty("measures").GetProperty("closed").GetDouble()).First();
        var code = busiest.Str("code");
        var trace = await admin.GetJson($"/api/assessment/trace?period=2026-02&level=department&code={code}&indicator=onTime");
        var cases = trace.GetProperty("cases").EnumerateArray().ToList();
        var measures = trace.GetProperty("indicator").GetProperty("measures");
        Assert.Equal(await Db.CountAsync($"{InMonth} AND assignee_department = '{code}'", February), cases.Count);
        Assert.Equal(measures.GetProperty("closed").GetDouble(), cases.Count(c => c.GetProperty("closed").GetBoolean()));
        Assert.Equal(measures.GetProperty("onTimeClosed").GetDouble(), cases.Count(c => c.GetProperty("onTime").GetBoolean()));
        Assert.Equal(busiest.GetProperty("indicators")[0].GetProperty("value").GetDouble(), trace.GetProperty("indicator").Double("value")!.Value, 9);
        var returns = await admin.GetJson($"/api/assessment/trace?period=2026-02&level=department&code={code}&indicator=return");
        Assert.Equal(returns.GetProperty("indicator").GetProperty("measures").GetProperty("assigned").GetDouble(), returns.GetProperty("assignments").GetArrayLength());
        Assert.Equal(returns.GetProperty("indicator").GetProperty("measures").GetProperty("returned").GetDouble(),
            returns.GetProperty("assignments").EnumerateArray().Count(a => a.GetProperty("returned").GetBoolean()));
        Assert.All(cases, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("case").Str("number"))));
    }

    [Fact]
    public async Task A_county_sees_its_own_subjects_ranked_among_all_and_nothing_of_another_county()
    {
        var op = await Server.As("op-990103");
        var rows = (await op.GetJson("/api/assessment?period=2026-02&level=department")).GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.EndsWith("-990103", r.Str("code")));
        var all = (await (await Server.As("admin")).GetJson("/api/assessment?period=2026-02&level=department")).GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.Str("code"), r => r.GetProperty("rank").ToString());
        Assert.All(rows, r => Assert.Equal(all[r.Str("code")], r.GetProperty("rank").ToString()));
        var other = await op.GetAsync("/api/assessment/trace?period=2026-02&level=department&code=SW-990102");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains("无权查看“城东区水务局”的考核明细", await other.Content.ReadAsStringAsync());
        var bad = await op.GetAsync("/api/assessment?period=2026-2&level=department");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("考核期“2026-2”无效", await bad.Content.ReadAsStringAsync());
        Assert.Contains("gridWorker", await (await op.GetAsync("/api/assessment?period=2026-02&level=worker")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_export_is_a_workbook_with_the_ranking_and_the_scheme()
    {
        var admin = await Server.As("admin");
        var result = await admin.GetJson("/api/assessment?period=2026-02&level=street");
        var r = await admin.GetAsync("/api/assessment/export?period=2026-02&level=street");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", r.Content.Headers.ContentType!.MediaType);
        var book = Xlsx.Read(await r.Content.ReadAsByteArrayAsync());
        Assert.Equal(["排名", "指标说明"], book.Keys);
        var sheet = book["排名"];
        Assert.Equal("街道（乡镇）月度考核（2026-02）", sheet[0][0]);
        Assert.Equal(["名次", "考核对象", "代码", "得分"], sheet[1].Take(4).Select(c => c?.ToString()));
        var rows = result.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(rows.Count, sheet.Count - 2);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = sheet[i + 2];
            Assert.Equal(rows[i].Str("name"), row[1]);
            Assert.Equal(rows[i].Double("score")!.Value, Convert.ToDouble(row[3]), 6);
            Assert.Equal(rows[i].GetProperty("rank").ValueKind == JsonValueKind.Null ? "无数据" : rows[i].Long("rank").ToString(), Convert.ToString(row[0]));
            Assert.Equal(rows[i].GetProperty("indicators")[0].Double("value") ?? double.NaN, row[6] is double v ? v : double.NaN, 9);
        }
        Assert.Equal("onTimeClosed / closed", book["指标说明"][1][1]);
    }

    static bool Same(double? expected, JsonElement actual) =>
        expected is null ? actual.ValueKind == JsonValueKind.Null : actual.ValueKind == JsonValueKind.Number && Math.Abs(actual.GetDouble() - expected.Value) < 1e-4; // SQLite's julianday is good to about 1e-6 minutes
}

[Collection(SeededSqliteCollection.Name)]
public sealed class AssessmentOnSqlite(SeededSqlite seeded) : AssessmentTests(seeded);

[Collection(SeededPostgresCollection.Name)]
public sealed class AssessmentOnPostgres(SeededPostgres seeded) : AssessmentTests(seeded);
