using DocumentFormat.OpenXml.Packaging;
using Governance.Command.Tests.Infrastructure;
using Governance.Core.Command;
using Governance.Core.Definitions.Model;

namespace Governance.Command.Tests;

/// <summary>Briefings say what SQL says about their period and the one before, read the same later, and export to a workbook.</summary>
public abstract class BriefingTests(SeededServer seeded)
{
    CommandServer Server => seeded.Server;
    Db Db => seeded.Db;

    [Fact]
    public async Task A_county_daily_briefing_has_the_days_figures_against_the_day_before_and_its_top_items_and_places()
    {
        var center = Server.Center;
        var definition = Server.Definitions.Command.Briefings.Single(b => b.Id == "daily");
        var county = Server.Definitions.City!.Org.Find("990102")!;
        var day = Period.Day(new DateOnly(2026, 2, 11), center.Zone);
        var made = await center.Briefings.MakeAsync(definition, county, day, null, Server.Clock.GetUtcNow());
        Assert.NotNull(made);
        Assert.Null(await center.Briefings.MakeAsync(definition, county, day, null, Server.Clock.GetUtcNow())); // made once

        var op = await Server.As("op-990102");
        var b = await op.GetJson($"/api/briefings/{made!.Id}");
        var content = b.GetProperty("content");
        Assert.Equal("城东区日研判（2026年2月11日）", content.Str("title"));
        var p11 = new { f = day.Start.ToUnixTimeMilliseconds(), t = day.End.ToUnixTimeMilliseconds() };
        var p10 = new { f = day.Start.AddDays(-1).ToUnixTimeMilliseconds(), t = day.Start.ToUnixTimeMilliseconds() };
        const string Where = "grid_code LIKE '990102%' AND reported_at_ms >= @f AND reported_at_ms < @t";
        foreach (var (figures, window) in new[] { (content.GetProperty("figures"), (object)p11), (content.GetProperty("previous"), p10) })
        {
            Assert.Equal(await Db.CountAsync(Where, window), figures.Long("reported"));
            Assert.Equal(await Db.CountAsync($"{Where} AND status NOT IN ('Reported','Rejected','Merged')", window), figures.Long("accepted"));
            Assert.Equal(await Db.CountAsync($"{Where} AND closed_at IS NOT NULL", window), figures.Long("closed"));
            Assert.Equal(await Db.CountAsync($"{Where} AND (NOT {Db.True("on_time")} OR warning = 'Overdue')", window), figures.Long("overdue"));
            Assert.Equal(await Weights.Of(RepoFiles.Definitions).OfCasesAsync(Db, Where, window), figures.Double("satisfaction"));
        }
        Assert.True(content.GetProperty("figures").Long("reported") > 0);
        var items = await Db.CountByAsync("item_code", Where, p11);
        var before = await Db.CountByAsync("item_code", Where, p10);
        var top = content.GetProperty("topItems").EnumerateArray().ToList();
        Assert.Equal(items.OrderByDescending(i => i.Value).ThenBy(i => i.Key, StringComparer.Ordinal).Take(10).Select(i => (i.Key, i.Value, before.GetValueOrDefault(i.Key))),
            top.Select(t => (t.Str("code"), t.Long("count"), t.Long("previous"))));
        Assert.Equal(await Db.CountByAsync("substr(grid_code, 1, 9)", Where, p11),
            content.GetProperty("topPlaces").EnumerateArray().ToDictionary(t => t.Str("code"), t => t.Long("count")));
        Assert.All(content.GetProperty("overdue").EnumerateArray(), c => Assert.StartsWith("990102", c.Str("gridCode")));

        // Another county's center does not read it; the export is a workbook with the same figures.
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await (await Server.As("op-990103")).GetAsync($"/api/briefings/{made.Id}")).StatusCode);
        var book = Xlsx.Read(await (await op.GetAsync($"/api/briefings/{made.Id}/export")).Content.ReadAsByteArrayAsync());
        Assert.Equal(["概况", "高发事项", "高发地点", "超期事件", "预警"], book.Keys);
        Assert.Equal("城东区日研判（2026年2月11日）", book["概况"][0][0]);
        Assert.Equal(["上报件数", content.GetProperty("figures").Long("reported"), content.GetProperty("previous").Long("reported")],
            book["概况"][2].Take(3).Select(c => c is double d ? (object)(long)d : c));
        Assert.Equal(top.Count, book["高发事项"].Count - 1);
        var document = await op.GetAsync($"/api/briefings/{made.Id}/document");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, document.StatusCode); // only 要情专报 is a document
    }

    [Fact]
    public async Task Due_briefings_are_made_for_the_last_complete_day_week_and_month_for_the_city_and_each_county()
    {
        var center = Server.Center;
        Server.Clock.Set(Time.At("2026-02-24T08:00"));
        try
        {
            await center.Briefings.GenerateDueAsync(center.Owner);
            Assert.Empty(await center.Briefings.GenerateDueAsync(center.Owner));
            var admin = await Server.As("admin");
            var items = (await admin.GetJson("/api/briefings?limit=500")).GetProperty("items").EnumerateArray().ToList();
            foreach (var (id, title) in new[] { ("daily", "日研判（2026年2月23日）"), ("weekly", "周分析（2026年2月16日至2月22日）"), ("monthly", "月综报（2026年1月）") })
            {
                var made = items.Where(b => b.Str("definitionId") == id && b.Str("title").EndsWith(title)).Select(b => b.Str("scopeCode")).Order().ToList();
                Assert.Equal(["990100", "990102", "990103", "990104", "990105", "990121"], made);
            }
            var county = (await (await Server.As("op-990103")).GetJson("/api/briefings?limit=500")).GetProperty("items").EnumerateArray();
            Assert.All(county, b => Assert.Equal("990103", b.Str("scopeCode")));
        }
        finally { Server.Clock.Set(Seeds.Now); }
    }
}

[Collection(SeededSqliteCollection.Name)]
public sealed class BriefingsOnSqlite(SeededSqlite seeded) : BriefingTests(seeded);

[Collection(SeededPostgresCollection.Name)]
public sealed class BriefingsOnPostgres(SeededPostgres seeded) : BriefingTests(seeded);

/// <summary>要情专报: a red alert makes one, with the alert and its cases, readable as a Word document.</summary>
public sealed class SpecialBriefingTests
{
    [Fact]
    public async Task A_red_alert_makes_a_special_report_with_its_cases_as_a_word_document()
    {
        using var server = new CommandServer(start: Time.At("2026-03-09T09:00"));
        var op = await server.As("op-990102");
        var (_, number) = await op.ReportAsync("11003", "990102001001001", "工地农民工聚集讨薪，有人扬言要跳楼", phone: "13700000001");
        await server.Center.Warnings.RunAsync(server.Center.Owner);
        server.Clock.Advance(TimeSpan.FromMinutes(5));
        var made = await server.Center.Briefings.GenerateDueAsync(server.Center.Owner);
        var special = Assert.Single(made, b => b.Period == BriefingPeriod.Alert);
        Assert.Equal("990102", special.ScopeCode);
        Assert.Equal([number], special.Content.CauseCases.Select(c => c.Number));
        Assert.Equal("critical", special.Content.CauseCases[0].Urgency);

        var docx = await (await op.GetAsync($"/api/briefings/{special.Id}/document")).Content.ReadAsByteArrayAsync();
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.StartsWith($"城东区要情专报：事件 {number}（东湖社区第1网格）描述含“跳楼”、“讨薪”、“聚集”，已升为特急", text);
        Assert.Contains("一、预警情况红色预警（敏感词升级）", text);
        Assert.Contains("二、涉及事件", text);
        Assert.Contains(number, text);
        Assert.Contains("有人扬言要跳楼", text);
        var book = Xlsx.Read(await (await op.GetAsync($"/api/briefings/{special.Id}/export")).Content.ReadAsByteArrayAsync());
        Assert.Equal(number, book["涉及事件"][1][0]);
    }
}
