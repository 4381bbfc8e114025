using System.Text.Json;
using Governance.Cli;

namespace Governance.Cli.Tests;

/// <summary>The `governance` tool as an administrator uses it: output, errors and exit codes.</summary>
public class CliTests
{
    static readonly string Definitions = FindDefinitions();

    static string FindDefinitions()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Governance.sln"))) return Path.Combine(dir.FullName, "definitions");
        throw new InvalidOperationException("repository root not found");
    }

    static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Validate_prints_a_one_line_summary_of_the_default_package()
    {
        var (code, output, _) = Run("validate", Definitions);
        Assert.Equal(0, code);
        Assert.StartsWith("11 categories, 298 items, 7 routes, 200 org units", output.Trim());
        Assert.Contains(", 1 workflows, ", output);
        Assert.Single(output.Trim().Split('\n'));
    }

    [Fact]
    public void Validate_checks_the_flows_too_a_step_naming_a_missing_form_is_an_error_at_its_json_path()
    {
        using var package = new Governance.TestSupport.PackageCopy();
        var flow = Path.Combine(package.Dir, "workflows/case-loop.json");
        File.WriteAllText(flow, File.ReadAllText(flow).Replace("\"value\": \"reply\"", "\"value\": \"replly\""));

        var (code, output, _) = Run("validate", package.Dir);

        Assert.Equal(1, code);
        Assert.Matches(@"workflows/case-loop\.json:\$\.root\.activities\[\d+\]\.formId: DEF-WORKFLOW-FORM 流程活动“办理”引用了不存在的表单“replly”", output);
    }

    [Fact]
    public void Validate_refuses_a_package_without_the_case_loop()
    {
        using var package = new Governance.TestSupport.PackageCopy();
        File.Delete(Path.Combine(package.Dir, "workflows/case-loop.json"));

        var (code, output, _) = Run("validate", package.Dir);

        Assert.Equal(1, code);
        Assert.Contains("DEF-WORKFLOW-MISSING 缺少流程“case-loop”", output);
    }

    [Fact]
    public void Validate_prints_every_error_as_file_path_message_and_exits_1()
    {
        using var package = new Governance.TestSupport.PackageCopy();
        var copy = package.Dir;
        {
            var limits = Path.Combine(copy, "limits/time-limits.json");
            File.WriteAllText(limits, File.ReadAllText(limits).Replace("\"amount\": 3,", "\"amount\": -3,"));
            var units = Path.Combine(copy, "org/units.json");
            File.WriteAllText(units, File.ReadAllText(units).Replace("\"level\": \"grid\"", "\"level\": \"gird\""));

            var (code, output, _) = Run("validate", copy);

            Assert.Equal(1, code);
            Assert.Contains("limits/time-limits.json:$.limits[0].amount: DEF-LIMIT-AMOUNT 时限必须是正整数，实际为 -3", output);
            Assert.Contains("org/units.json:$.units[4].level: DEF-ENUM “gird”不是有效的组织层级", output);
            Assert.Contains("errors)", output);
        }
    }

    [Theory]
    [InlineData("未知命令“frobnicate”", "frobnicate")]
    [InlineData("缺少选项 --grid", "route", "--item", "01001")]
    [InlineData("选项 --grid 需要一个值", "route", "--grid")]
    [InlineData("--from “yesterday” 不是 ISO 时间", "deadline", "--from", "yesterday", "--amount", "1", "--unit", "workday")]
    [InlineData("--unit “fortnight” 不是 minute、workhour、workday 之一", "deadline", "--from", "2026-03-09T10:00:00+08:00", "--amount", "1", "--unit", "fortnight")]
    [InlineData("--amount “-1” 不是正整数", "deadline", "--from", "2026-03-09T10:00:00+08:00", "--amount", "-1", "--unit", "workday")]
    [InlineData("未知选项 --colour", "effective", "--county", "990121", "--colour", "blue")]
    [InlineData("多余的参数“b”", "validate", "a", "b")]
    public void Wrong_arguments_say_what_is_wrong_in_Chinese_print_usage_and_exit_2(string says, params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains(says, error);
        Assert.Contains("用法：", error);
        Assert.Contains("  governance ", error);
    }

    [Fact]
    public void No_arguments_print_every_command()
    {
        var (code, _, error) = Run();
        Assert.Equal(2, code);
        foreach (var command in new[] { "validate", "effective", "deadline", "route" })
            Assert.Contains("governance " + command, error);
    }

    [Theory]
    [InlineData("2026-02-13T10:00:00+08:00", "3", "workday", null, "2026-02-25T17:30:00+08:00")]
    [InlineData("2025-09-30T16:00:00+08:00", "4", "workhour", null, "2025-10-09T11:00:00+08:00")]
    [InlineData("2025-09-30T16:00:00+08:00", "4", "workhour", "990121", "2025-10-09T10:00:00+08:00")]
    [InlineData("2025-09-30T15:00:00Z", "90", "minute", null, "2025-10-01T00:30:00+08:00")]
    public void Deadline_prints_the_deadline_as_an_ISO_time(string from, string amount, string unit, string? county, string expected)
    {
        var args = new List<string> { "deadline", "--from", from, "--amount", amount, "--unit", unit, "--definitions", Definitions };
        if (county is not null) args.AddRange(["--county", county]);
        var (code, output, error) = Run([.. args]);
        Assert.True(code == 0, error);
        Assert.Equal(expected, output.Trim());
    }

    [Fact]
    public void Deadline_in_a_year_without_calendar_data_fails_with_the_reason()
    {
        var (code, _, error) = Run("deadline", "--from", "2027-03-01T10:00:00+08:00", "--amount", "1", "--unit", "workday", "--definitions", Definitions);
        Assert.Equal(1, code);
        Assert.Contains("CAL-YEAR-MISSING 2027 年没有日历数据", error);
    }

    [Fact]
    public void Route_prints_the_handling_unit_and_the_rule_that_matched()
    {
        var (code, output, _) = Run("route", "--item", "01001", "--grid", "990102001001001", "--definitions", Definitions);
        Assert.Equal(0, code);
        Assert.Contains("handler: 城东区水务局 (SW-990102) level=county", output);
        Assert.Contains("rule: default", output);
        Assert.Contains("routes/routes.json:$.routes[0]", output);
    }

    [Fact]
    public void The_county_overlay_changes_what_route_and_effective_print_for_that_county_only()
    {
        var qingshan = Run("route", "--item", "06010", "--grid", "990121001001001", "--definitions", Definitions).Out;
        var chengdong = Run("route", "--item", "06010", "--grid", "990102001001001", "--definitions", Definitions).Out;
        Assert.Contains("rule: qingshan-townships-cityscape", qingshan);
        Assert.Contains("counties/990121/routes.json:$.add[0]", qingshan);
        Assert.Contains("rule: default", chengdong);

        static JsonElement NormalLimit(string county) =>
            JsonDocument.Parse(Run("effective", "--county", county, "--item", "01001", "--definitions", Definitions).Out)
                .RootElement.GetProperty("item").GetProperty("limits").GetProperty("normal");
        Assert.Equal(5, NormalLimit("990121").GetProperty("amount").GetInt32());
        Assert.Equal("counties/990121/limits.json:$.override[0]", NormalLimit("990121").GetProperty("from").GetString());
        Assert.Equal(3, NormalLimit("990102").GetProperty("amount").GetInt32());
    }

    [Fact]
    public void Effective_without_an_item_prints_the_whole_merged_package_of_the_county()
    {
        var (code, output, _) = Run("effective", "--county", "990121", "--definitions", Definitions);
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(299, root.GetProperty("items").GetArrayLength()); // 298 + 秸秆露天焚烧
        Assert.Equal("08:00-12:00", root.GetProperty("calendar").GetProperty("officeHours")[0].GetString());
        var other = JsonDocument.Parse(Run("effective", "--county", "990103", "--definitions", Definitions).Out).RootElement;
        Assert.Equal(298, other.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void Route_with_an_unknown_item_or_grid_fails_with_a_message()
    {
        var (code, _, error) = Run("route", "--item", "99999", "--grid", "990102001001001", "--definitions", Definitions);
        Assert.Equal(1, code);
        Assert.Contains("未知事项“99999”", error);
        (code, _, error) = Run("route", "--item", "01001", "--grid", "990102001", "--definitions", Definitions);
        Assert.Equal(1, code);
        Assert.Contains("不是网格编码", error);
    }
}
