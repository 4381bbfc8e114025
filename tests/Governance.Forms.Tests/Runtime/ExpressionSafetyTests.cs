using Governance.Core.Forms.Expressions;
using Governance.Core.Forms.Loading;
using Governance.Forms.Tests.Infrastructure;

namespace Governance.Forms.Tests.Runtime;

/// <summary>
/// What an administrator writes is read by the expression grammar and interpreted, never run as code: a way out to
/// the page, the server or an object's constructor is refused when the form is read, and a key computed at run time
/// cannot get there either.
/// </summary>
public class ExpressionSafetyTests
{
    const string Fields = """
        { "key": "title", "type": "text", "label": "标题" },
        { "key": "items", "type": "table", "label": "明细", "columns": [ { "key": "qty", "type": "number", "label": "数量" } ] },
        { "key": "x", "type": "text", "label": "甲", "calculate": "EXPR" }
        """;

    static string Problem(string expression)
    {
        var json = $$"""{ "id": "t", "version": 1, "title": "测试", "fields": [ {{Fields.Replace("EXPR", expression.Replace("\"", "\\\""))}} ] }""";
        var (form, problems) = FormFiles.Parse(json, "forms/t.v1.json");
        Assert.Null(form);
        return Assert.Single(problems).ToString();
    }

    [Theory]
    [InlineData("data.title.constructor", "DEF-FORM-EXPR-FORBIDDEN 表达式“data.title.constructor”中不能使用 constructor")]
    [InlineData("data.items.constructor.constructor('return fetch')()", "DEF-FORM-EXPR-FORBIDDEN 表达式“data.items.constructor.constructor('return fetch')()”中不能使用 constructor")]
    [InlineData("data['__proto__']", "DEF-FORM-EXPR-FORBIDDEN 表达式“data['__proto__']”中不能使用 __proto__")]
    [InlineData("data.title.__proto__", "DEF-FORM-EXPR-FORBIDDEN")]
    [InlineData("data.prototype", "DEF-FORM-EXPR-FORBIDDEN 表达式“data.prototype”中不能使用 prototype")]
    [InlineData("data.title.toString()", "DEF-FORM-EXPR-FORBIDDEN")]
    [InlineData("window.location", "DEF-FORM-EXPR-NAME 表达式“window.location”中没有名称 window，可用的名称：data, row, index, caseData, step")]
    [InlineData("globalThis", "DEF-FORM-EXPR-NAME")]
    [InlineData("fetch('/api/cases')", "DEF-FORM-EXPR-FUNCTION 表达式“fetch('/api/cases')”不能调用 fetch，可调用的有：sum, count, empty")]
    [InlineData("Function('return 1')()", "DEF-FORM-EXPR-FUNCTION 表达式“Function('return 1')()”不能调用 Function")]
    [InlineData("eval('1 + 1')", "DEF-FORM-EXPR-FUNCTION 表达式“eval('1 + 1')”不能调用 eval")]
    [InlineData("this", "DEF-FORM-EXPR-FORBIDDEN 表达式“this”中不能使用 this")]
    [InlineData("new Date()", "DEF-FORM-EXPR-FORBIDDEN")]
    [InlineData("(function () { return 1; })()", "DEF-FORM-EXPR-SINGLE")]
    [InlineData("(() => 1)()", "DEF-FORM-EXPR-FORBIDDEN")]
    [InlineData("data.title.padStart(3)", "DEF-FORM-EXPR-FUNCTION 表达式“data.title.padStart(3)”不能调用 padStart，可调用的有：includes, indexOf")]
    [InlineData("data.title = 'x'", "DEF-FORM-EXPR-FORBIDDEN 表达式“data.title = 'x'”中不能使用 =")]
    [InlineData("`${data.title}`", "DEF-FORM-EXPR-FORBIDDEN")]
    [InlineData("({}).x", "DEF-FORM-EXPR-FORBIDDEN 表达式“({}).x”中不能使用 {")]
    [InlineData("data.title?.length", "DEF-FORM-EXPR-FORBIDDEN")]
    [InlineData("round(1, 2, 3)", "DEF-FORM-EXPR-ARGUMENTS 表达式“round(1, 2, 3)”中 round 应有 1～2 个参数，实际为 3 个")]
    [InlineData("data.title.x()", "DEF-FORM-EXPR-FUNCTION")]
    [InlineData("data['title'](1)", "DEF-FORM-EXPR-SYNTAX 表达式“data['title'](1)”无法解析：第 14 个字符处：只能调用函数名，或文本、列表的方法")]
    [InlineData("1 +", "DEF-FORM-EXPR-SYNTAX 表达式“1 +”无法解析：表达式不完整")]
    [InlineData("'abc", "DEF-FORM-EXPR-SYNTAX 表达式“'abc”无法解析：第 1 个字符开始的文本缺少结束引号")]
    public void A_way_out_of_the_data_is_refused_when_the_form_is_read(string expression, string says)
    {
        var problem = Problem(expression);
        Assert.StartsWith("forms/t.v1.json:$.fields[2].calculate: ", problem);
        Assert.Contains(says, problem);
    }

    [Fact]
    public void Nesting_and_length_are_bounded_so_reading_and_evaluating_cannot_exhaust_the_stack()
    {
        Assert.Contains("表达式嵌套超过 100 层", Problem(new string('(', 150) + "1" + new string(')', 150)));
        Assert.Contains("表达式嵌套超过 100 层", Problem(new string('!', 150) + "1"));
        Assert.Contains("表达式嵌套超过 100 层", Problem(string.Join(" + ", Enumerable.Repeat("1", 120))));
        Assert.Contains("表达式超过 2000 个字符", Problem("'" + new string('a', 2000) + "'"));
        // A sum of many fields is still fine.
        Assert.Null(ExpressionParser.Parse(string.Join(" + ", Enumerable.Repeat("data.title", 90))).Problem);
    }

    [Fact]
    public void A_key_computed_at_run_time_cannot_reach_a_prototype_either()
    {
        var form = TestForms.Compile("""
            { "id": "t", "version": 1, "title": "测试", "fields": [
              { "key": "k", "type": "text", "label": "键" },
              { "key": "a", "type": "text", "label": "甲", "calculate": "typeof data[data.k]" },
              { "key": "b", "type": "text", "label": "乙", "calculate": "typeof data['__pro' + 'to__']" },
              { "key": "c", "type": "text", "label": "丙", "rules": [ { "expression": "data.c[data.k] === undefined", "message": "不会出现" } ] }
            ] }
            """);
        foreach (var key in new[] { "constructor", "__proto__", "valueOf", "hasOwnProperty" })
        {
            var result = form.Submit($$"""{ "k": "{{key}}", "c": "文本" }""");
            Assert.Null(result.Data["a"]); // failed, not "function" or "object"
            Assert.Null(result.Data["b"]);
            Assert.Equal(["c:FORM-RULE-ERROR"], result.Errors.Select(e => $"{e.Path}:{e.Code}"));
        }
        // An ordinary key reads the field.
        Assert.Equal("string", (string?)form.Submit("""{ "k": "k" }""").Data["a"]);
    }

    [Fact]
    public void Data_objects_are_plain_data_whose_keys_never_act_as_methods()
    {
        var form = TestForms.Compile("""
            { "id": "t", "version": 1, "title": "测试", "fields": [
              { "key": "place", "type": "place", "label": "地点" },
              { "key": "text", "type": "text", "label": "文本", "calculate": "'地点：' + data.place" },
              { "key": "n", "type": "number", "label": "数", "calculate": "data.place * 1" }
            ] }
            """);
        var result = form.Submit("""{ "place": { "address": "东湖路", "toString": "x", "valueOf": 5 } }""");
        Assert.Equal("地点：[object Object]", (string?)result.Data["text"]);
        Assert.Null(result.Data["n"]); // NaN is stored as null
    }
}
