using System.Text.Json.Nodes;
using Governance.Core.Definitions;
using Governance.Core.Reports.Building;
using Governance.Core.Reports.Model;

namespace Governance.Reports.Tests;

public class DictionaryTests
{
    static readonly Core.Reports.Model.ReportLibrary Library = SeededDatabase.Set.Reports;

    [Fact]
    public void The_package_has_a_dictionary_of_every_domain_and_the_reports_staff_know()
    {
        Assert.True(SeededDatabase.Set.IsValid, string.Join("\n", SeededDatabase.Set.Problems.All));
        Assert.True(Library.Elements.Count >= 300, $"{Library.Elements.Count} elements");
        Assert.True(Library.Reports.Count >= 20, $"{Library.Reports.Count} reports");
        Assert.Equal(["人口与户籍", "房屋", "单位和企业", "特殊人群", "矛盾纠纷", "事件处置", "民生服务", "安全隐患", "志愿服务", "网格工作"], Library.Domains.Select(d => d.Name));
        foreach (var name in new[] { "矛盾纠纷排查化解月报", "事件处置情况统计表", "网格员巡查情况表", "重点人群服务管理台账" })
            Assert.Contains(Library.Reports, r => r.Name == name);
        Assert.Contains(Library.Elements, e => e.IsManual);
        Assert.Contains(Library.Elements, e => e.Query is { Measure: Measure.Rate });
        // Every element is used by at least one report or collected for the sheet; every report reads the dictionary only.
        Assert.All(Library.Reports, r => Assert.All(r.Elements, code => Assert.NotNull(Library.Element(code))));
    }

    [Fact]
    public void A_broken_report_or_element_is_reported_with_file_path_and_code()
    {
        using var copy = new PackageCopy()
            .Edit("reports/tables/dispute-monthly.json", n => n["columns"]![0]!["columns"]![0]!["element"] = "MD999")
            .Edit("reports/tables/grid-patrol.json", n => n["rows"]!["level"] = "planet")
            .Edit("reports/dictionary/05-disputes.json", n => n["elements"]![0]!["min"] = "zero")
            .Edit("reports/dictionary/06-events.json", n => n["elements"]![0]!["query"]!["filter"] = new JsonObject { ["channels"] = new JsonArray("pigeon") });
        var set = DefinitionLoader.Load(copy.Dir);
        var lines = set.Problems.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(lines, l => l.StartsWith("reports/tables/dispute-monthly.json:$.columns[0].columns[0].element: DEF-UNKNOWN-REF") && l.Contains("MD999"));
        Assert.Contains(lines, l => l.StartsWith("reports/tables/grid-patrol.json:$.rows.level: DEF-ENUM") && l.Contains("planet"));
        Assert.Contains(lines, l => l.StartsWith("reports/dictionary/05-disputes.json:$.elements[0].min: DEF-TYPE"));
        Assert.Contains(lines, l => l.StartsWith("reports/dictionary/06-events.json:$.elements[0].query.filter.channels[0]: DEF-UNKNOWN-REF") && l.Contains("pigeon"));
        Assert.False(set.IsValid);
    }
}

/// <summary>A dictionary element changed once shows up in every report that uses it.</summary>
public class ElementChangeTests(SqliteDatabase db) : IClassFixture<SqliteDatabase>
{
    [Fact]
    public async Task Renaming_an_element_renames_it_in_every_report_that_uses_it()
    {
        using var copy = new PackageCopy().Edit("reports/dictionary/06-events.json", n =>
            n["elements"]!.AsArray().First(e => (string)e!["code"]! == "SJ007")!["name"] = "办结归档事件数");
        var set = DefinitionLoader.Load(copy.Dir);
        var users = set.Reports.ReportsUsing("SJ007").ToList();
        Assert.True(users.Count >= 3, string.Join(", ", users.Select(r => r.Name)));
        foreach (var report in users)
        {
            var t = await db.Builder(set).BuildAsync(report, set.City!.Org.Find("990102")!, SeededDatabase.November);
            Assert.Contains(t.Header, h => h.Note is { } note && note.Contains("SJ007 办结归档事件数"));
            Assert.DoesNotContain(t.Header, h => h.Note is { } note && note.Contains("SJ007 办结事件数"));
        }
    }

    [Fact]
    public async Task Changing_what_an_element_counts_changes_every_report_that_uses_it()
    {
        var unit = SeededDatabase.Set.City!.Org.Find("990100")!;
        using var copy = new PackageCopy().Edit("reports/dictionary/05-disputes.json", n =>
            n["elements"]!.AsArray().First(e => (string)e!["code"]! == "MD017")!["query"]!["filter"]!["items"] = new JsonArray("11001"));
        var set = DefinitionLoader.Load(copy.Dir);
        Assert.True(set.IsValid, string.Join("\n", set.Problems.Errors));
        var reports = set.Reports.ReportsUsing("MD017").ToList();
        Assert.Equal(["dispute-monthly", "dispute-types"], reports.Select(r => r.Id).Order());
        var neighbours = (await db.Builder().BuildAsync(SeededDatabase.Set.Reports.Report("dispute-monthly")!, unit, SeededDatabase.November)).Total("MD032");
        foreach (var report in reports)
        {
            var before = await db.Builder().BuildAsync(SeededDatabase.Set.Reports.Report(report.Id)!, unit, SeededDatabase.November);
            var after = await db.Builder(set).BuildAsync(report, unit, SeededDatabase.November);
            Assert.NotEqual(before.Total("MD017"), after.Total("MD017"));
            Assert.Equal(neighbours, after.Total("MD017")); // now only 邻里纠纷, which MD032 counts
        }
    }
}
