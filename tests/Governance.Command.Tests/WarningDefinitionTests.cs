using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Command.Tests.Infrastructure;
using Governance.Core.Packages;

namespace Governance.Command.Tests;

/// <summary>Warning rules, assessment and briefings are data: a changed threshold changes when a rule fires; a wrong file is told where and why.</summary>
public sealed class WarningDefinitionTests
{
    const string Grid = "990102001001001";

    [Fact]
    public async Task Raising_the_count_and_narrowing_the_window_in_definitions_changes_when_multi_point_fires()
    {
        using var package = new PackageCopy().Edit("warnings/multi-point.json", r => { r["count"] = 4; r["withinHours"] = 2; });
        using var server = new CommandServer(definitions: package.Dir, start: Time.At("2026-03-09T09:00"));
        var op = await server.As("op-990102");
        async Task<List<JsonElement>> Alerts()
        {
            await server.Center.Warnings.RunAsync(server.Center.Owner);
            return (await op.GetJson("/api/alerts")).EnumerateArray().Where(a => a.Str("ruleId") == "multi-point").ToList();
        }

        await op.ReportAsync("01001", Grid, "第一处", phone: "13800000001");
        server.Clock.Advance(TimeSpan.FromHours(3)); // outside the 2-hour window of the next ones
        var inWindow = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            inWindow.Add((await op.ReportAsync("01001", Grid, "井盖" + i, phone: $"1380000001{i}")).Number);
            server.Clock.Advance(TimeSpan.FromMinutes(20));
        }
        Assert.Empty(await Alerts()); // three within two hours: the shipped rule would fire, this one wants four

        inWindow.Add((await op.ReportAsync("01001", Grid, "井盖3", phone: "13800000020")).Number);
        var alert = Assert.Single(await Alerts());
        Assert.Equal(inWindow, alert.GetProperty("caseNumbers").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("东湖社区第1网格 2 小时内上报“供水井盖异常”4 件", alert.Str("summary"));
    }

    [Fact]
    public async Task A_disabled_rule_never_fires()
    {
        using var package = new PackageCopy().Edit("warnings/escalation-words.json", r => r["enabled"] = false);
        using var server = new CommandServer(definitions: package.Dir, start: Time.At("2026-03-09T09:00"));
        var op = await server.As("op-990102");
        var (id, _) = await op.ReportAsync("11003", Grid, "有人扬言要跳楼", phone: "13800000001");
        await server.Center.Warnings.RunAsync(server.Center.Owner);
        Assert.Empty((await op.GetJson("/api/alerts")).EnumerateArray());
        Assert.Equal("normal", (await op.GetJson($"/api/cases/{id}")).GetProperty("case").Str("urgency"));
    }

    [Fact]
    public void Wrong_command_center_definitions_are_reported_with_file_path_and_reason()
    {
        using var package = new PackageCopy()
            .Edit("assessment/schemes/department.json", s =>
            {
                s["indicators"]![0]!["formula"] = "onTimeClosed / (closd";
                s["indicators"]![1]!["weight"] = 35;
            })
            .Edit("assessment/satisfaction.json", s => s["weights"]!["basic"] = 1.5)
            .Edit("warnings/repeat-complaint.json", r => r["kind"] = "again")
            .Edit("warnings/dispute-open.json", r => { r["groups"] = new JsonArray("矛盾"); r["thrsholds"] = 1; })
            .Edit("warnings/escalation-words.json", r => r["urgency"] = "urgentest")
            .Edit("briefings/daily.json", b => b["scopes"] = new JsonArray("grid"));
        var errors = DefinitionLoader.Load(package.Dir).Problems.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(errors, e => e.StartsWith("assessment/schemes/department.json:$.indicators[0].formula: DEF-ASSESS-FORMULA 公式“onTimeClosed / (closd”第 17 个字符处：未知的度量“closd”"));
        Assert.Contains(errors, e => e.StartsWith("assessment/schemes/department.json:$.indicators: DEF-ASSESS-WEIGHTS-SUM 考核方案“职能部门月度考核”的指标权重合计应为 100"));
        Assert.Contains("assessment/satisfaction.json:$.weights.basic: DEF-ASSESS-WEIGHT-RANGE 满意度权重“basic”应在 0 到 1 之间，实为 1.5", errors);
        Assert.Contains(errors, e => e.StartsWith("warnings/repeat-complaint.json:$.kind: DEF-WARN-KIND 未知的预警规则类型“again”"));
        Assert.Contains("warnings/dispute-open.json:$.groups[0]: DEF-WARN-GROUP 大类“11”下没有分组“矛盾”的事项", errors);
        Assert.Contains(errors, e => e.StartsWith("warnings/dispute-open.json:$.thrsholds: DEF-UNKNOWN-FIELD"));
        Assert.Contains(errors, e => e.StartsWith("warnings/escalation-words.json:$.urgency: DEF-WARN-URGENCY 紧急程度“urgentest”不在字典中"));
        Assert.Contains("briefings/daily.json:$.scopes[0]: DEF-BRIEF-SCOPE 简报范围只能是 city、county、street，实为“grid”", errors);
        Assert.True(8 == errors.Count, string.Join("\n", errors));
    }

    [Fact]
    public void The_shipped_package_has_every_level_scheme_rule_and_briefing()
    {
        var set = DefinitionLoader.Load(RepoFiles.Definitions);
        Assert.True(set.IsValid, string.Join("\n", set.Problems.Errors));
        Assert.Equal(5, set.Command.Assessment.Schemes.Count);
        Assert.Equal(["dispute-open", "escalation-words", "multi-point", "multi-point-nearby", "repeat-complaint"], set.Command.Warnings.Select(r => r.Id).Order());
        Assert.Equal(["daily", "monthly", "special", "weekly"], set.Command.Briefings.Select(b => b.Id).Order());
        Assert.Equal(0.8, set.Command.Assessment.Weights.Basic);
    }
}
