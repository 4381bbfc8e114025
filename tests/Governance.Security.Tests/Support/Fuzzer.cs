using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Governance.Security.Tests.Support;

/// <summary>
/// Seeded generator of hostile requests for an operation: path and query values and JSON bodies shaped by the
/// OpenAPI schema, then bent — wrong types, huge and tiny numbers, long and invisible and broken Unicode text,
/// deep nesting, bodies that are not JSON at all. The same seed gives the same requests.
/// </summary>
public sealed class Fuzzer(int seed, IReadOnlyList<string> knownIds)
{
    readonly Random random = new(seed);

    static readonly string[] Texts =
    [
        "", " ", "\u200B\u200B\u200B", "\u200D", "‮evil‬", "👨‍👩‍👧‍👦", "😀", "a\u0301", "<script>alert(1)</script>", "javascript:alert(1)",
        "' OR 1=1 --", "../../etc/passwd", "%00", "\0", "null", "NaN", "Infinity", "-1", "1e400", "9999-12-31T23:59:00Z", "井盖缺失",
        "\r\n", "\t", "\uFEFF", "\uD800", "𠀀𠀁", "ﷺ", "Z̷̢̛̩͙̗̲̺̓̏̅͌̊̈̏a̵̧̻̤̓l̴g̵o̸",
    ];

    static readonly string[] NumberTexts =
        ["0", "-1", "1", "2147483647", "2147483648", "-2147483649", "99999999999999999999999", "1e400", "-1e400", "1e-400", "3.5", "0.1", "-0"];

    static readonly string[] DataKeys = ["item", "urgency", "target", "satisfaction", "amount", "unit", "departments", "form", "comment", "x"];

    T Pick<T>(IReadOnlyList<T> list) => list[random.Next(list.Count)];

    public string Text()
    {
        return random.Next(6) switch
        {
            0 => new string('长', random.Next(1, 3) == 1 ? 5000 : 300),
            1 => string.Concat(Enumerable.Repeat("😀", random.Next(1, 2500))),
            2 => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(Texts))),
            3 => "a" + new string('\u0301', random.Next(1, 5000)),
            _ => Pick(Texts),
        };
    }

    public string PathValue()
    {
        if (random.Next(3) == 0) return Pick(knownIds);
        var t = Text().Replace("\0", ""); // a NUL in a path never reaches a handler (the host refuses the request line)
        return t.Length == 0 ? "x" : Uri.EscapeDataString(t[..Math.Min(t.Length, 500)]);
    }

    public string QueryValue(JsonObject schema)
    {
        var type = TypeOf(schema);
        if (random.Next(3) == 0) { var t = Text(); return Uri.EscapeDataString(t[..Math.Min(300, t.Length)]); }
        return type switch
        {
            "integer" or "number" => Pick(NumberTexts),
            "boolean" => Pick(["true", "false", "yes", "2"]),
            _ when schema["format"]?.GetValue<string>() == "date-time" =>
                Uri.EscapeDataString(Pick(["9999-12-31T23:59:00Z", "0001-01-01T00:00:00Z", "2026-02-30T00:00:00Z", "not-a-date", "2026-03-09T09:00:00+08:00"])),
            _ => Uri.EscapeDataString(Pick(Texts)),
        };
    }

    /// <summary>A body as text: mostly JSON shaped like the schema with values bent, sometimes not JSON at all.</summary>
    public string Body(JsonObject? schema, JsonObject components)
    {
        switch (random.Next(10))
        {
            case 0: return Pick(["{", "[]", "null", "\"x\"", "{\"a\":1e400}", "{\"description\":\"\\uD800\"}", "not json", "", "{\"a\":}"]);
            case 1: return new string('[', 5000) + new string(']', 5000);
        }
        var o = new JsonObject();
        var properties = schema?["properties"] as JsonObject ?? [];
        foreach (var (name, p) in properties)
        {
            if (random.Next(5) == 0) continue;
            o[name] = Value(OpenApiOperations.Resolve(p, components) ?? [], name, 0);
        }
        return o.ToJsonString();
    }

    JsonNode? Value(JsonObject schema, string name, int depth)
    {
        if (random.Next(4) == 0) return Wrong(depth);
        return TypeOf(schema) switch
        {
            "string" => JsonValue.Create(Text()),
            "integer" or "number" => JsonNode.Parse(Pick(NumberTexts.Where(n => n is not ("1e400" or "-1e400")).ToList())),
            "boolean" => JsonValue.Create(random.Next(2) == 0),
            "array" => new JsonArray(Enumerable.Range(0, random.Next(4)).Select(_ => Wrong(depth + 1)).ToArray()),
            _ => Data(depth + 1), // free JSON (data, form)
        };
    }

    JsonNode? Wrong(int depth) => random.Next(7) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next()),
        2 => JsonValue.Create(random.NextDouble() * 1e300),
        3 => JsonValue.Create(Text()),
        4 => new JsonArray(JsonValue.Create(1), JsonValue.Create("a"), null),
        5 => depth < 12 ? Data(depth + 1) : null,
        _ => JsonValue.Create(true),
    };

    JsonObject Data(int depth)
    {
        var o = new JsonObject();
        foreach (var key in DataKeys.Where(_ => random.Next(3) == 0)) o[key] = Wrong(depth);
        if (random.Next(8) == 0) o[new string('k', 300)] = 1;
        return o;
    }

    /// <summary>Random bytes under a random name: an upload that is rarely what it says.</summary>
    public (byte[] Bytes, string Name) File()
    {
        var bytes = new byte[random.Next(0, 2048)];
        random.NextBytes(bytes);
        if (random.Next(3) == 0 && bytes.Length > 4) { bytes[0] = 0xFF; bytes[1] = 0xD8; bytes[2] = 0xFF; bytes[3] = 0xE1; }
        var name = Pick(["a.jpg", "b.png", "c.webp", "d.pdf", "e.exe", "", "..\\..\\x.jpg", "😀.jpg", new string('n', 400) + ".png", "a\u200B.jpg"]);
        return (bytes, name);
    }

    static string? TypeOf(JsonObject schema) => schema["type"] switch
    {
        JsonValue v => v.GetValue<string>(),
        JsonArray a => a.Select(x => x?.GetValue<string>()).FirstOrDefault(x => x != "null"),
        _ => null,
    };

    public static string Describe(string s) => s.Length > 200 ? s[..200] + "…" : s;

    public int Next(int max) => random.Next(max);

    public static string Format(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
