using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Governance.Core.Forms.Expressions;
using Governance.Core.Messages;

namespace Governance.Forms.Tests.Parity;

/// <summary>
/// One expression language on both sides: every expression of Parity/expressions.json — hand-picked ones, and every
/// operator over a range of operands of every kind — is read by the browser module (under node) and by the server
/// into the same tree, gives the same value or the same failure, and, where the language gives a value, the value
/// JavaScript itself gives. Every refusal has its code and the same Chinese message on both sides.
/// </summary>
public class ExpressionParityTests
{
    static readonly JsonObject Input = JsonNode.Parse(File.ReadAllText(BrowserRun.ExpressionsFile))!.AsObject();
    static IEnumerable<JsonNode> Evaluated => BrowserRun.Output["evaluated"]!.AsArray().Select(e => e!);

    [Fact]
    public void Every_operator_meets_every_kind_of_operand()
    {
        var binary = Input["binary"]!.AsArray().Select(o => (string)o!).ToList();
        Assert.Equal(["+", "-", "*", "/", "%", "<", "<=", ">", ">=", "==", "!=", "===", "!=="], binary);
        Assert.True(Evaluated.Count() > 8000, $"{Evaluated.Count()} expressions");
        // Operands of every kind: numbers (0, -0, NaN, Infinity), texts (numeric, blank, other), booleans, null, undefined, lists, objects.
        var kinds = Evaluated.Select(e => ((string?)e["ours"] ?? "refused").Split(' ')[0]).ToHashSet();
        Assert.Superset(new HashSet<string> { "number", "string", "boolean", "undefined", "null", "array", "object", "error" }, kinds);
    }

    [Fact]
    public void Both_sides_read_every_expression_into_the_same_tree()
    {
        var differ = Evaluated
            .Select(e => (Expr: (string)e["expr"]!, Browser: (string)e["print"]!, Server: Print((string)e["expr"]!)))
            .Where(x => x.Browser != x.Server)
            .Select(x => $"{x.Expr}\n  browser {x.Browser}\n  server  {x.Server}").ToList();
        Assert.True(differ.Count == 0, $"{differ.Count} differ:\n" + string.Join("\n", differ.Take(30)));
    }

    [Fact]
    public void Both_sides_give_the_same_value_or_the_same_failure()
    {
        var differ = Evaluated
            .Select(e => (Expr: (string)e["expr"]!, Browser: (string?)e["ours"] ?? "refused", Server: Evaluate((string)e["expr"]!, (string)e["scope"]!)))
            .Where(x => x.Browser != x.Server)
            .Select(x => $"{x.Expr}\n  browser {x.Browser}\n  server  {x.Server}").ToList();
        Assert.True(differ.Count == 0, $"{differ.Count} differ:\n" + string.Join("\n", differ.Take(30)));
    }

    [Fact]
    public void Where_the_language_gives_a_value_JavaScript_gives_the_same()
    {
        var checkedCount = 0;
        var differ = new List<string>();
        foreach (var e in Evaluated)
        {
            var (ours, native) = ((string?)e["ours"] ?? "refused", (string?)e["native"] ?? "skipped");
            if (ours.StartsWith("error ", StringComparison.Ordinal) || native == "skipped") continue; // the language may fail where JavaScript would not
            checkedCount++;
            if (ours != native) differ.Add($"{e["expr"]}\n  language   {ours}\n  JavaScript {native}");
        }
        Assert.True(differ.Count == 0, $"{differ.Count} differ:\n" + string.Join("\n", differ.Take(30)));
        Assert.True(checkedCount > 7000, $"only {checkedCount} checked against JavaScript");
    }

    [Fact]
    public void Every_refusal_has_its_code_and_the_same_message_on_both_sides()
    {
        var expected = Input["refuse"]!.AsArray().ToDictionary(r => (string)r!["expr"]!, r => ((string)r!["code"]!, (string?)r["detail"]));
        var wrong = new List<string>();
        foreach (var b in BrowserRun.Output["refused"]!.AsArray())
        {
            var expr = (string)b!["expr"]!;
            var (code, detail) = expected[expr];
            var (_, problem) = ExpressionParser.Parse(expr);
            var server = problem is null ? "accepted" : $"{problem.Code} {Text.Format(problem.Code, [expr, .. problem.Args])}";
            var browser = $"{b["code"]} {b["message"]}";
            if (problem?.Code != code || (string?)b["detail"] != detail || server != browser)
                wrong.Add($"{expr}: expected {code} {detail}\n  browser {browser} ({b["detail"]})\n  server  {server}");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} wrong:\n" + string.Join("\n", wrong.Take(30)));
        Assert.True(expected.Count > 150);
    }

    [Fact]
    public void Both_sides_have_the_same_names_functions_methods_and_limits()
    {
        var g = BrowserRun.Output["grammar"]!;
        static string[] List(JsonNode? n) => n!.AsArray().Select(x => (string)x!).ToArray();
        Assert.Equal(Grammar.ScopeNames, List(g["scopeNames"]));
        Assert.Equal(Grammar.ForbiddenMembers.Order(StringComparer.Ordinal), List(g["forbiddenMembers"]).Order(StringComparer.Ordinal));
        Assert.Equal(Grammar.ForbiddenWords.Order(StringComparer.Ordinal), List(g["forbiddenWords"]).Order(StringComparer.Ordinal));
        Assert.Equal((Grammar.MaxLength, Grammar.MaxDepth), ((int)g["maxLength"]!, (int)g["maxDepth"]!));
        Assert.Equal(Builtins.Functions.Values.Select(f => $"{f.Name} {f.MinArgs} {f.MaxArgs}"), List(g["functions"]));
        Assert.Equal(Methods.All.Values.Select(m => $"{m.Name} {m.MinArgs} {m.MaxArgs}{(m.OnText is null ? "" : " text")}{(m.OnList is null ? "" : " list")}"),
            List(g["methods"]));
    }

    static string Print(string expr)
    {
        var (root, problem) = ExpressionParser.Parse(expr);
        return root is null ? "refused " + Text.Format(problem!.Code, [expr, .. problem.Args]) : WellFormed(root.ToString());
    }

    /// <summary>Lone surrogates as \uXXXX text, as run-browser.cjs writes them (a JSON reader refuses them in a string).</summary>
    static string WellFormed(string s)
    {
        var b = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) b.Append(s[i]).Append(s[++i]);
            else if (char.IsSurrogate(s[i])) b.Append("\\u").Append(((int)s[i]).ToString("x4", CultureInfo.InvariantCulture));
            else b.Append(s[i]);
        }
        return b.ToString();
    }

    static string Evaluate(string expr, string scopeName)
    {
        var (root, _) = ExpressionParser.Parse(expr);
        if (root is null) return "refused";
        var s = Input["scopes"]![scopeName]!.DeepClone().AsObject();
        var scope = new ExprScope(s["data"]!.AsObject(), s["caseData"] as JsonObject, (string)s["step"]!)
        {
            Row = s["row"] as JsonObject,
            Index = s["index"] is { } i ? (int)i : -1,
        };
        try
        {
            return Describe(root.Evaluate(scope));
        }
        catch (ExpressionError e)
        {
            return $"error {e.Code} {Text.Format(e.Code, [.. e.Args])}";
        }
    }

    /// <summary>As run-browser.cjs describes a value: kind, JavaScript's text of a number (with -0), JSON.stringify of a text.</summary>
    static string Describe(ExprValue v) => v.Kind switch
    {
        ExprKind.Undefined => "undefined",
        ExprKind.Null => "null",
        ExprKind.Boolean => v.Boolean ? "boolean true" : "boolean false",
        ExprKind.Number => "number " + (v.Number == 0 && double.IsNegative(v.Number) ? "-0" : JsNumbers.Format(v.Number)),
        ExprKind.String => "string " + Stringify(v.String),
        ExprKind.Array => "array [" + string.Join(", ", Enumerable.Range(0, v.Count).Select(i => Describe(v.Element(i)))) + "]",
        _ => "object {" + string.Join(", ", v.Object.Select(p => Stringify(p.Key) + ": " + Describe(ExprValue.FromJson(p.Value)))) + "}",
    };

    /// <summary>JSON.stringify of a text (ES2019: lone surrogates escaped).</summary>
    static string Stringify(string s)
    {
        var b = new StringBuilder("\"");
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
            if (pair) { b.Append(c).Append(s[++i]); continue; }
            b.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || char.IsSurrogate(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return b.Append('"').ToString();
    }
}
