using Governance.TestSupport;
using System.Text.Json.Nodes;
using Governance.Core.Definitions;
using Governance.Forms.Tests.Infrastructure;

namespace Governance.Forms.Tests.Loading;

/// <summary>Each case breaks a form file (or a catalog reference to one) the way an administrator might; validate says where and what.</summary>
public class BrokenFormTests
{
    public sealed record Case(string Name, string Fields, string Path, string Code, string Says, string Extra = "")
    {
        public override string ToString() => Name;
    }

    const string Ok = """{ "key": "title", "type": "text", "label": "标题" }""";

    public static TheoryData<Case> Cases => new()
    {
        new("unknown field type (and nothing else: what reads it is not reported too)",
            """{ "key": "a", "type": "colour", "label": "颜色" }, { "key": "b", "type": "text", "label": "乙", "visible": "data.a === 'red'" }""",
            "$.fields[0].type", "DEF-FORM-FIELD-TYPE", "未知的字段类型“colour”，可选：text, textarea, number, money"),
        new("duplicate field key", $$"""{{Ok}}, { "key": "title", "type": "textarea", "label": "又一个" }""",
            "$.fields[1].key", "DEF-FORM-DUPLICATE-KEY", "字段标识“title”重复，已在 forms/broken.json:$.fields[0] 定义"),
        new("expression that does not parse", """{ "key": "a", "type": "text", "label": "甲", "visible": "data.b ===" }""",
            "$.fields[0].visible", "DEF-FORM-EXPR-SYNTAX", "表达式“data.b ===”无法解析：表达式不完整"),
        new("a function", """{ "key": "a", "type": "number", "label": "甲", "calculate": "(x => x)(1)" }""",
            "$.fields[0].calculate", "DEF-FORM-EXPR-FORBIDDEN", "表达式“(x => x)(1)”中不能使用 =>"),
        new("a method the grammar does not have", $$"""{{Ok}}, { "key": "a", "type": "text", "label": "甲", "visible": "data.title.padStart(3) === 'x'" }""",
            "$.fields[1].visible", "DEF-FORM-EXPR-FUNCTION", "不能调用 padStart，可调用的有：includes, indexOf, startsWith, endsWith, trim, substring, join"),
        new("statements instead of an expression", """{ "key": "a", "type": "text", "label": "甲", "visible": "var x = 1; x" }""",
            "$.fields[0].visible", "DEF-FORM-EXPR-SINGLE", "“var x = 1; x”应为单个表达式"),
        new("assignment in an expression", $$"""{{Ok}}, { "key": "a", "type": "text", "label": "甲", "visible": "data.title = 'x'" }""",
            "$.fields[1].visible", "DEF-FORM-EXPR-FORBIDDEN", "不能使用 ="),
        new("code built at run time", """{ "key": "a", "type": "text", "label": "甲", "calculate": "eval('1 + 1')" }""",
            "$.fields[0].calculate", "DEF-FORM-EXPR-FUNCTION", "不能调用 eval"),
        new("expression naming an unknown field", $$"""{{Ok}}, { "key": "a", "type": "text", "label": "甲", "required": "data.titel !== ''" }""",
            "$.fields[1].required", "DEF-FORM-EXPR-UNKNOWN-FIELD", "引用了不存在的字段 data.titel"),
        new("row formula naming an unknown column", """{ "key": "t", "type": "table", "label": "表", "columns": [ { "key": "a", "type": "number", "label": "甲", "calculate": "row.b * 2" } ] }""",
            "$.fields[0].columns[0].calculate", "DEF-FORM-EXPR-UNKNOWN-FIELD", "row.b"),
        new("calculations in a cycle", """{ "key": "a", "type": "number", "label": "甲", "calculate": "data.b + 1" }, { "key": "b", "type": "number", "label": "乙", "calculate": "data.a + 1" }""",
            "$.fields", "DEF-FORM-CALC-CYCLE", "计算字段之间循环依赖：a → b → a"),
        new("unknown option source", """{ "key": "a", "type": "select", "label": "甲", "source": "streets" }""",
            "$.fields[0].source", "DEF-FORM-SOURCE", "未知的选项来源“streets”"),
        new("choice with neither options nor source", """{ "key": "a", "type": "radio", "label": "甲" }""",
            "$.fields[0]", "DEF-FORM-OPTIONS", "必须有且只有 options"),
        new("min above max", """{ "key": "a", "type": "money", "label": "甲", "min": 10, "max": 1 }""",
            "$.fields[0].min", "DEF-FORM-MIN-MAX", "min（10）大于 max（1）"),
        new("bad pattern", """{ "key": "a", "type": "text", "label": "甲", "pattern": "^(\\d+$" }""",
            "$.fields[0].pattern", "DEF-FORM-PATTERN", "正则表达式“^(\\d+$”无效"),
        new("property the type does not have", """{ "key": "a", "type": "date", "label": "甲", "maxLength": 3 }""",
            "$.fields[0].maxLength", "DEF-UNKNOWN-FIELD", "未知字段“maxLength”"),
        new("missing label", """{ "key": "a", "type": "text" }""",
            "$.fields[0].label", "DEF-REQUIRED", "缺少必填字段“label”"),
        new("key that is not an identifier", """{ "key": "金额", "type": "money", "label": "金额" }""",
            "$.fields[0].key", "DEF-FORM-KEY", "字段标识“金额”无效"),
        new("layout naming an unknown field", Ok,
            "$.layout[0].sections[0].fields[1]", "DEF-FORM-LAYOUT-UNKNOWN", "布局引用了不存在的字段“titel”",
            """, "layout": [ { "sections": [ { "fields": ["title", "titel"] } ] } ]"""),
        new("step permission for an unknown field", Ok,
            "$.steps.handle.fields.result", "DEF-FORM-STEP-FIELD", "步骤“handle”的权限引用了不存在的字段“result”",
            """, "steps": { "handle": { "default": "read", "fields": { "result": "edit" } } }"""),
        new("unknown permission", Ok,
            "$.steps.handle.fields.title", "DEF-ENUM", "“write”不是有效的字段权限，可选值：edit, read, hidden",
            """, "steps": { "handle": { "fields": { "title": "write" } } }"""),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_form_is_reported_with_file_path_code_and_message(Case c)
    {
        using var package = new PackageCopy().Write("forms/broken.json",
            $$"""{ "id": "broken", "version": 1, "title": "坏表单", "fields": [ {{c.Fields}} ]{{c.Extra}} }""");
        var set = DefinitionLoader.Load(package.Dir);
        Assert.False(set.IsValid);
        var error = Assert.Single(set.Problems.Errors);
        Assert.Equal(("forms/broken.json", c.Path, c.Code), (error.File, error.Path, error.Code));
        Assert.Contains(c.Says, error.Message);
    }

    [Fact]
    public void Two_files_with_the_same_form_version_are_reported()
    {
        using var package = new PackageCopy().Edit("forms/verify.v1.json", _ => { });
        File.Copy(Path.Combine(package.Dir, "forms/verify.v1.json"), Path.Combine(package.Dir, "forms/verify.copy.json"));
        var error = Assert.Single(DefinitionLoader.Load(package.Dir).Problems.Errors);
        Assert.Equal(("forms/verify.v1.json", "$.version", "DEF-FORM-DUPLICATE"), (error.File, error.Path, error.Code));
        Assert.Equal("表单“verify”的版本 1 重复，已在 forms/verify.copy.json:$ 定义", error.Message);
    }

    [Fact]
    public void A_catalog_item_naming_a_form_that_does_not_exist_is_an_unknown_reference()
    {
        using var package = new PackageCopy()
            .Edit("catalog/items/11.json", n => n["items"]![0]!["form"] = "intake-disput")
            .Edit("catalog/categories.json", n => n["categories"]![2]!["form"] = "nothing");
        var errors = DefinitionLoader.Load(package.Dir).Problems.Errors.Select(e => e.ToString()).ToList();
        Assert.Equal(
        [
            "catalog/categories.json:$.categories[2].form: DEF-UNKNOWN-REF 引用了不存在的表单“nothing”",
            "catalog/items/11.json:$.items[0].form: DEF-UNKNOWN-REF 引用了不存在的表单“intake-disput”",
        ], errors);
    }

    [Fact]
    public void A_form_field_not_placed_in_the_layout_is_a_warning_not_an_error()
    {
        using var package = new PackageCopy().Write("forms/partial.json", $$"""
            { "id": "partial", "version": 1, "title": "部分布局", "fields": [ {{Ok}}, { "key": "b", "type": "text", "label": "乙" } ],
              "layout": [ { "sections": [ { "fields": ["title"] } ] } ] }
            """);
        var set = DefinitionLoader.Load(package.Dir);
        Assert.True(set.IsValid);
        Assert.Equal("forms/partial.json:$.fields[1]: warning DEF-FORM-LAYOUT-MISSING 字段“b”（乙）没有放进布局，表单上不会显示",
            Assert.Single(set.Problems.Warnings).ToString());
    }
}
