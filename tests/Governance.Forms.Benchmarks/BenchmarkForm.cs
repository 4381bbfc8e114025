using System.Globalization;
using System.Text;

namespace Governance.Forms.Benchmarks;

/// <summary>A 40-field form like a department's handling record, with or without its 10 expressions, and submissions for it.</summary>
static class BenchmarkForm
{
    static readonly string[] Expressions =
    [
        """ "visible": "data.n1 > 10" """,
        """ "visible": "data.s1 === 'b'" """,
        """ "visible": "!empty(data.c1)" """,
        """ "required": "data.m1 > 1000" """,
        """ "required": "data.r1 === 'yes'" """,
        """ "readOnly": "data.s2 === 'locked'" """,
        """ "calculate": "data.m1 + data.m2" """,
        """ "calculate": "round(data.n1 * data.n2 / 100, 2)" """,
        """ "calculate": "data.t1 + '-' + data.t2" """,
        """ "rules": [ { "expression": "!data.d2 || data.d2 >= data.d1", "message": "结束日期不能早于开始日期" } ] """,
    ];

    public static string Json(bool withExpressions)
    {
        var fields = new List<string>();
        void Add(string key, string type, string extra = "") => fields.Add($$"""{ "key": "{{key}}", "type": "{{type}}", "label": "字段{{key}}"{{extra}} }""");
        const string Options = """, "options": [ { "value": "a", "label": "甲" }, { "value": "b", "label": "乙" }, { "value": "locked", "label": "锁定" }, { "value": "yes", "label": "是" } ]""";
        for (var i = 1; i <= 10; i++) Add($"t{i}", "text", ", \"maxLength\": 50" + (i == 3 ? ", \"pattern\": \"^1\\\\d{10}$\"" : "") + (i == 1 ? ", \"required\": true" : ""));
        for (var i = 1; i <= 8; i++) Add($"n{i}", "number", ", \"min\": 0, \"max\": 100000");
        for (var i = 1; i <= 6; i++) Add($"m{i}", "money", ", \"min\": 0");
        for (var i = 1; i <= 4; i++) Add($"d{i}", "date");
        for (var i = 1; i <= 4; i++) Add($"s{i}", "select", Options);
        for (var i = 1; i <= 2; i++) Add($"r{i}", "radio", Options);
        for (var i = 1; i <= 2; i++) Add($"c{i}", "checkbox", Options);
        for (var i = 1; i <= 2; i++) Add($"x{i}", "textarea", ", \"maxLength\": 500");
        Add("p1", "place");
        Add("a1", "attachment", ", \"accept\": [\"image/*\"], \"maxSizeKb\": 10240, \"maxCount\": 9");
        if (withExpressions)
        {
            // Attach the expressions to fields that are not otherwise special (ten different fields).
            string[] targets = ["t5", "t6", "t7", "n3", "t8", "t9", "m3", "n4", "t10", "d2"];
            for (var e = 0; e < Expressions.Length; e++)
            {
                var at = fields.FindIndex(f => f.Contains($"\"key\": \"{targets[e]}\"", StringComparison.Ordinal));
                fields[at] = fields[at][..^2] + ", " + Expressions[e] + " }";
            }
        }
        return $$"""{ "id": "bench", "version": 1, "title": "基准表单", "fields": [ {{string.Join(",\n", fields)}} ] }""";
    }

    /// <summary>Varied, mostly valid submissions (some with a wrong value), as JSON text.</summary>
    public static List<string> Submissions(int count)
    {
        var random = new Random(42);
        var list = new List<string>(count);
        for (var k = 0; k < count; k++)
        {
            var s = new StringBuilder("{");
            for (var i = 1; i <= 10; i++) s.Append($"\"t{i}\": \"{(i == 3 ? "139" + random.Next(10_000_000, 99_999_999) : "文本内容" + random.Next(1000))}\",");
            for (var i = 1; i <= 8; i++) s.Append(CultureInfo.InvariantCulture, $"\"n{i}\": {random.Next(0, 200)},");
            for (var i = 1; i <= 6; i++) s.Append(CultureInfo.InvariantCulture, $"\"m{i}\": {random.Next(0, 200000) / 100.0},");
            for (var i = 1; i <= 4; i++) s.Append($"\"d{i}\": \"2026-{random.Next(1, 13):00}-{random.Next(1, 29):00}\",");
            for (var i = 1; i <= 4; i++) s.Append($"\"s{i}\": \"{"ab"[random.Next(2)]}\",");
            for (var i = 1; i <= 2; i++) s.Append($"\"r{i}\": \"{(random.Next(2) == 0 ? "yes" : "a")}\",");
            for (var i = 1; i <= 2; i++) s.Append($"\"c{i}\": [\"a\"{(random.Next(2) == 0 ? ", \"b\"" : "")}],");
            for (var i = 1; i <= 2; i++) s.Append($"\"x{i}\": \"较长的说明文字，描述处置经过和结果。{random.Next(1000)}\",");
            s.Append("\"p1\": { \"address\": \"文化路 8 号\", \"lng\": 118.1, \"lat\": 30.2, \"grid\": \"990102001001001\" },");
            s.Append("\"a1\": [ { \"id\": \"f1\", \"name\": \"a.jpg\", \"type\": \"image/jpeg\", \"size\": 204800 } ] }");
            list.Add(s.ToString());
            if (k % 10 == 0) continue;
            // As the browser module sends it: no value for a field its condition hides (t5 needs n1 > 10, t6 needs s1 = b).
            var node = System.Text.Json.Nodes.JsonNode.Parse(list[^1])!.AsObject();
            if ((double)node["n1"]! <= 10) node.Remove("t5");
            if ((string?)node["s1"] != "b") node.Remove("t6");
            list[^1] = node.ToJsonString();
        }
        return list;
    }
}
