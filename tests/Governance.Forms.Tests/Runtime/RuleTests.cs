using Governance.Forms.Tests.Infrastructure;

namespace Governance.Forms.Tests.Runtime;

/// <summary>Required, limits, patterns, custom rules, conditions, calculations, defaults and sub-table formulas, as the server enforces them.</summary>
public class RuleTests
{
    [Fact]
    public void A_required_field_left_empty_is_refused_with_its_label()
    {
        var form = TestForms.OneField(""" "key": "measures", "type": "textarea", "label": "处置措施", "required": true """);
        foreach (var empty in new[] { "{}", """{ "measures": "" }""", """{ "measures": "   " }""", """{ "measures": null }""" })
        {
            var error = Assert.Single(form.Submit(empty).Errors);
            Assert.Equal(("measures", "FORM-REQUIRED", "请填写“处置措施”"), (error.Path, error.Code, error.Message));
        }
        Assert.True(form.Submit("""{ "measures": "已清理" }""").IsValid);
    }

    [Theory]
    [InlineData("-1", "FORM-MIN", "“费用”不能小于 0")]
    [InlineData("100.5", "FORM-MAX", "“费用”不能大于 100")]
    [InlineData("50", null, null)]
    public void Numbers_stay_within_min_and_max(string value, string? code, string? says)
    {
        var result = TestForms.OneField(""" "key": "cost", "type": "money", "label": "费用", "min": 0, "max": 100 """).Submit($$"""{ "cost": {{value}} }""");
        Assert.Equal(code is null ? [] : [$"{code} {says}"], result.Errors.Select(e => $"{e.Code} {e.Message}").ToArray());
    }

    [Fact]
    public void Length_and_pattern_are_checked_and_a_custom_pattern_message_is_used()
    {
        var form = TestForms.OneField(""" "key": "phone", "type": "text", "label": "电话", "minLength": 11, "pattern": "^1\\d{10}$", "patternMessage": "请输入 11 位手机号码" """);
        var short_ = form.Submit("""{ "phone": "1390" }""");
        Assert.Equal(["FORM-MIN-LENGTH", "FORM-PATTERN"], short_.CodesAt("phone"));
        Assert.Equal("请输入 11 位手机号码", short_.Errors[1].Message);
        Assert.True(form.Submit("""{ "phone": "13900001111" }""").IsValid);
    }

    [Fact]
    public void A_custom_rule_shows_its_message_when_false_and_a_broken_rule_is_reported_not_passed()
    {
        var form = TestForms.Compile("""
        { "id": "t", "version": 1, "title": "测试", "fields": [
          { "key": "start", "type": "date", "label": "开始" },
          { "key": "end", "type": "date", "label": "结束", "rules": [
            { "expression": "!data.start || data.end >= data.start", "message": "结束日期不能早于开始日期" },
            { "expression": "data.missing.length > 0", "message": "不会出现" } ] }
        ] }
        """.Replace("data.missing", "data.start.x"));
        var result = form.Submit("""{ "start": "2026-11-20", "end": "2026-11-19" }""");
        Assert.Equal(["FORM-RULE", "FORM-RULE-ERROR"], result.CodesAt("end"));
        Assert.Equal("结束日期不能早于开始日期", result.Errors[0].Message);
        Assert.Equal("“结束”的校验规则无法计算", result.Errors[1].Message);
    }

    [Fact]
    public void A_field_hidden_by_a_condition_loses_its_value_and_is_not_required()
    {
        var form = TestForms.Compile("""
        { "id": "t", "version": 1, "title": "测试", "fields": [
          { "key": "result", "type": "radio", "label": "办理结果", "options": [ {"value":"solved","label":"已办结"}, {"value":"unable","label":"无法办理"} ] },
          { "key": "reason", "type": "textarea", "label": "原因", "visible": "data.result === 'unable'", "required": "data.result === 'unable'" }
        ] }
        """);
        var unable = form.Submit("""{ "result": "unable" }""");
        Assert.Equal(["FORM-REQUIRED"], unable.CodesAt("reason"));
        Assert.True(unable.States["reason"] is { Visible: true, Required: true });

        var solved = form.Submit("""{ "result": "solved", "reason": "写了又改主意" }""");
        Assert.True(solved.IsValid);
        Assert.False(solved.Data.ContainsKey("reason"));
        Assert.False(solved.States["reason"].Visible);
    }

    [Fact]
    public void A_value_sent_for_a_hidden_or_locked_field_cannot_sway_a_calculation()
    {
        var form = TestForms.Compile("""
        { "id": "t", "version": 1, "title": "测试", "fields": [
          { "key": "kind", "type": "radio", "label": "类型", "options": [ {"value":"a","label":"甲"}, {"value":"b","label":"乙"} ] },
          { "key": "base", "type": "money", "label": "基数", "readOnly": "data.kind === 'a'" },
          { "key": "extra", "type": "money", "label": "附加", "visible": "data.kind === 'b'" },
          { "key": "total", "type": "money", "label": "合计", "calculate": "data.base + (data.extra || 0)" }
        ] }
        """);
        var result = form.Submit("""{ "kind": "a", "base": 999, "extra": 100 }""", previous: """{ "kind": "b", "base": 10 }""");
        Assert.Equal(10, (double)result.Data["base"]!);
        Assert.False(result.Data.ContainsKey("extra"));
        Assert.Equal(10, (double)result.Data["total"]!); // recomputed after the restore and the strip, not 1099
        Assert.Equal(["base"], result.Ignored);
    }

    [Fact]
    public void Calculated_fields_are_recomputed_in_dependency_order_whatever_was_submitted()
    {
        var form = TestForms.Compile("""
        { "id": "t", "version": 1, "title": "测试", "fields": [
          { "key": "total", "type": "money", "label": "合计", "calculate": "data.subtotal + data.tax" },
          { "key": "subtotal", "type": "money", "label": "小计", "calculate": "data.price * data.quantity" },
          { "key": "price", "type": "money", "label": "单价" },
          { "key": "quantity", "type": "number", "label": "数量" },
          { "key": "tax", "type": "money", "label": "税", "calculate": "round(data.subtotal * 0.13, 2)" },
          { "key": "size", "type": "text", "label": "规模", "calculate": "data.total > 100 ? '大' : '小'" }
        ] }
        """);
        var result = form.Submit("""{ "price": 33.3, "quantity": 3, "total": 1, "size": "假的" }""");
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(99.9, (double)result.Data["subtotal"]!);
        Assert.Equal(12.99, (double)result.Data["tax"]!);
        Assert.Equal(112.89, (double)result.Data["total"]!);
        Assert.Equal("大", (string?)result.Data["size"]);
        Assert.True(result.States["total"].ReadOnly);
    }

    [Fact]
    public void Defaults_come_from_literals_and_from_the_case_data()
    {
        var form = TestForms.Compile("""
        { "id": "t", "version": 1, "title": "测试", "fields": [
          { "key": "urgency", "type": "radio", "label": "紧急程度", "source": "urgencies", "default": "normal" },
          { "key": "phone", "type": "text", "label": "电话", "defaultFrom": "reporter.phone", "required": true },
          { "key": "note", "type": "text", "label": "备注", "required": "caseData.channel === 'hotline'" }
        ] }
        """);
        var initial = form.InitialData(System.Text.Json.Nodes.JsonNode.Parse("""{ "reporter": { "phone": "13900001111" } }""")!.AsObject());
        Assert.Equal("""{"urgency":"normal","phone":"13900001111"}""", initial.ToJsonString());

        var fromHotline = form.Submit("{}", caseData: """{ "channel": "hotline", "reporter": { "phone": "13900001111" } }""");
        Assert.Equal(["note"], fromHotline.Errors.Select(e => e.Path));
        Assert.Equal("13900001111", (string?)fromHotline.Data["phone"]);
    }

    [Fact]
    public void Sub_table_rows_get_their_formulas_and_columns_their_totals_and_errors_name_the_row()
    {
        var form = TestForms.Compile("""
        { "id": "t", "version": 1, "title": "测试", "fields": [
          { "key": "items", "type": "table", "label": "明细", "minCount": 1, "columns": [
            { "key": "name", "type": "text", "label": "名称", "required": true },
            { "key": "qty", "type": "number", "label": "数量", "integer": true, "min": 1 },
            { "key": "price", "type": "money", "label": "单价" },
            { "key": "amount", "type": "money", "label": "金额", "calculate": "row.qty * row.price", "total": true },
            { "key": "reason", "type": "text", "label": "超额说明", "visible": "row.qty * row.price > 1000", "required": "row.qty * row.price > 1000" }
          ] },
          { "key": "budget", "type": "money", "label": "预算", "rules": [ { "expression": "data.budget >= data.itemsTotal.amount", "message": "预算不足" } ] }
        ] }
        """);
        var result = form.Submit("""
        { "items": [ { "name": "水泥", "qty": 3, "price": 0.1 }, { "name": "", "qty": 0, "price": 5 }, { "name": "钢材", "qty": 20, "price": 60, "amount": 1 } ],
          "budget": 100 }
        """);
        Assert.Equal(0.3, (double)result.Data["items"]![0]!["amount"]!);
        Assert.Equal(1200, (double)result.Data["items"]![2]!["amount"]!);
        Assert.Equal(1200.3, (double)result.Data["itemsTotal"]!["amount"]!);
        Assert.Equal(
            ["items[1].name:FORM-REQUIRED", "items[1].qty:FORM-MIN", "items[2].reason:FORM-REQUIRED", "budget:FORM-RULE"],
            result.Errors.Select(e => $"{e.Path}:{e.Code}"));
        Assert.Equal("请填写“超额说明”", result.Errors[2].Message);
    }
}
