using System.Text.Json.Nodes;
using Governance.Forms.Tests.Infrastructure;

namespace Governance.Forms.Tests.Runtime;

/// <summary>
/// The expression grammar inside a form (the "grammar" form of Parity/cases.json, whose browser answers the parity test
/// holds equal): list and text methods, helpers and JavaScript's coercions give the values an administrator expects,
/// and what fails counts as the expression's error.
/// </summary>
public class ExpressionFormTests
{
    static readonly Lazy<Core.Forms.Runtime.CompiledForm> Form = new(() =>
        TestForms.Compile(JsonNode.Parse(File.ReadAllText(Parity.BrowserRun.CasesFile))!["forms"]!["grammar"]!.ToJsonString()));

    [Fact]
    public void Lists_texts_helpers_and_coercions_give_the_expected_values()
    {
        var result = Form.Value.Submit("""
            { "result": "partly", "tags": ["a", "c"], "title": "  标题  ", "phone": "13900001111", "start": "2026-02-13", "end": "2026-03-01", "a": 3, "b": 7 }
            """, caseData: """{ "reporter": { "name": "王" } }""");
        var d = result.Data;
        Assert.Equal(("a、c", 2.0, "王", 16.0, 7.0, "奇", "等"),
            ((string?)d["summary"], (double)d["titleLength"]!, (string?)d["reporter"], (double)d["span"]!, (double)d["most"]!, (string?)d["kind"], (string?)d["loose"]));
        Assert.True(result.States["reason"].Required);
        Assert.Equal(["reason:FORM-REQUIRED", "end:FORM-RULE"], result.Errors.Select(e => $"{e.Path}:{e.Code}"));
    }

    [Fact]
    public void What_fails_counts_as_the_expressions_error()
    {
        var result = Form.Value.Submit("""{ "result": "ok", "reason": "不该留下", "phone": "23900001111", "end": "2026-03-01", "a": "3" }""");
        var d = result.Data;
        Assert.False(d.ContainsKey("reason")); // hidden: ['unable', 'partly'] does not include 'ok'
        Assert.Null(d["summary"]);     // data.tags is undefined: join fails
        Assert.Null(d["titleLength"]); // data.title is undefined
        Assert.Null(d["reporter"]);    // caseData is null
        Assert.Null(d["span"]);        // days of undefined fails
        Assert.Equal("无", (string?)d["kind"]); // '3' is a text
        Assert.Equal("等", (string?)d["loose"]); // '3' == '3'
        Assert.Equal(["phone:FORM-RULE", "end:FORM-RULE-ERROR", "a:FORM-TYPE"], result.Errors.Select(e => $"{e.Path}:{e.Code}"));
    }

    [Fact]
    public void Values_the_server_builds_in_CSharp_read_as_their_JSON()
    {
        var data = new JsonObject
        {
            ["at"] = JsonValue.Create(new DateTimeOffset(2026, 2, 13, 9, 30, 0, TimeSpan.FromHours(8))),
            ["count"] = JsonValue.Create(42), ["amount"] = JsonValue.Create(12.5m), ["big"] = JsonValue.Create(9_000_000_000L),
        };
        var scope = new Core.Forms.Expressions.ExprScope(data, null, "any");
        string Eval(string expr) => Core.Forms.Expressions.Semantics.ToText(Core.Forms.Expressions.ExpressionParser.Parse(expr).Root!.Evaluate(scope));
        Assert.Equal("2026-02-13T09:30:00+08:00", Eval("data.at"));
        Assert.Equal("54.5|9000000000", Eval("data.count + data.amount + '|' + data.big"));
    }
}
