using System.Text;
using System.Text.RegularExpressions;
using Governance.Core.Messages;
using Governance.TestSupport;

namespace Governance.Core.Tests.Messages;

/// <summary>
/// Everything a user reads comes from the one message catalog (engine/Governance.Core/Messages), so the engine's
/// own sources hold no Chinese text, and every code they ask the catalog for is in it.
/// </summary>
public partial class MessageCatalogTests
{
    static readonly string Engine = Path.Combine(RepoFiles.Root, "engine");

    /// <summary>Engine sources, without build output, the catalog itself and the demo data generator (fictional data, not messages).</summary>
    static IEnumerable<string> EngineSources() =>
        Directory.EnumerateFiles(Engine, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoFiles.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)
                && !f.StartsWith("engine/Governance.Core/Messages/", StringComparison.Ordinal)
                && !f.StartsWith("engine/Governance.Demo/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Every_user_facing_text_in_the_engine_comes_from_the_message_catalog()
    {
        var sources = EngineSources().ToList();
        Assert.NotEmpty(sources);
        var offenders = sources
            .SelectMany(file => CSharpLiterals.Find(File.ReadAllText(Path.Combine(RepoFiles.Root, file)))
                .Where(l => HasHan(l.Text) && !l.Exempt)
                .Select(l => $"{file}:{l.Line}: {l.Text}"))
            .ToList();
        Assert.True(offenders.Count == 0,
            $"{offenders.Count} string literals with Chinese text outside the message catalog; move them to engine/Governance.Core/Messages:\n"
            + string.Join("\n", offenders));
    }

    [Fact]
    public void Every_message_code_the_engine_asks_for_is_in_the_catalog()
    {
        var missing = new List<string>();
        var found = 0;
        foreach (var file in EngineSources())
        {
            var lines = File.ReadAllLines(Path.Combine(RepoFiles.Root, file));
            for (var i = 0; i < lines.Length; i++)
                foreach (Match m in CodeUse().Matches(lines[i]))
                {
                    found++;
                    var code = m.Groups["code"].Value;
                    if (!Text.Contains(code)) missing.Add($"{file}:{i + 1}: {code}");
                }
        }
        Assert.True(found > 100, $"only {found} message codes found in the engine: is the pattern still right?");
        Assert.True(missing.Count == 0, "message codes not in the catalog (Text.Format would throw):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_guard_finds_Chinese_literals_of_every_kind_and_skips_comments_and_attribute_texts()
    {
        const string source = """"
            [Activity("X", Category = "流程", DisplayName = "开始", Description = "说明")]
            class A
            {
                // 注释 "不算"
                /* 块注释 "也不算" */
                /// <summary>文档 "不算"</summary>
                string a = "普通";
                string b = @"逐字""引号""";
                string c = $"插值 {x} 与 {(y ? "嵌套" : "z")}";
                string d = $$"""原始 {{x}}""";
                char e = '"'; string f = "// not a comment 中";
                Dictionary<int, string> g = new() { [1] = "索引" };
                void M() => log.LogInformation("日志 {Count}", 1);
            }
            """";
        var found = CSharpLiterals.Find(source).Where(l => HasHan(l.Text)).Select(l => $"{l.Line}{(l.Exempt ? " exempt" : "")} {l.Text}").ToList();
        Assert.Equal([
            "1 exempt 流程", "1 exempt 开始", "1 exempt 说明",
            "7 普通", "8 逐字\"\"引号\"\"", "9 嵌套", "9 插值 {…} 与 {…}", "10 原始 {…}",
            "11 // not a comment 中", "12 索引", "13 exempt 日志 {Count}",
        ], found);
    }

    /// <summary>CJK unified ideographs (and extension A, compatibility ideographs): Chinese words, not punctuation.</summary>
    static bool HasHan(string s) => s.Any(c => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\uf900' and <= '\ufaff');

    // Text.Format("CODE", …), new CaseException("CODE", …), new CalendarException("CODE", …), and a DefinitionErrors list's Add/Warn(at, "CODE", …).
    // A literal followed by + is a prefix ("CASE-STEP-" + step), not a code.
    [GeneratedRegex(@"(?:\bText\.Format|\bnew\s+CaseException|\bnew\s+CalendarException|\bnew\s+InputException)\(\s*""(?<code>[^""]+)""(?=\s*[,)])|\b[Ee]rrors\.(?:Add|Warn)\((?!\s*new\b)(?:[^;""]|""[^""]*"")*?,\s*""(?<code>[A-Z]+(?:-[A-Z0-9]+)+)""(?=\s*[,)])")]
    private static partial Regex CodeUse();
}

/// <summary>
/// Just enough of a C# lexer to find string literals (regular, verbatim, interpolated with nested literals in their holes,
/// raw) outside comments and char literals, with the line each starts on.
/// </summary>
internal static partial class CSharpLiterals
{
    /// <param name="Exempt">
    /// An attribute's DisplayName/Description/Category (attribute arguments must be constants), or a log message
    /// template (read by operators, and a template must stay constant for structured logging).
    /// </param>
    public sealed record Literal(int Line, string Text, bool Exempt);

    public static List<Literal> Find(string source)
    {
        var found = new List<Literal>();
        var lexer = new Lexer(source, found);
        lexer.Code(untilClosingBrace: false);
        return found;
    }

    sealed class Lexer(string s, List<Literal> found)
    {
        int i;
        int line = 1;
        int brackets;          // depth of [ ] in code
        int attributeAt = -1;  // bracket depth at which an attribute (a line starting with '[') opened, or -1

        char At(int k) => k < s.Length ? s[k] : '\0';

        void Advance(int n = 1)
        {
            for (var k = 0; k < n && i < s.Length; k++, i++)
                if (s[i] == '\n') line++;
        }

        /// <summary>Code until the end, or until the '}' that closes an interpolation hole.</summary>
        public void Code(bool untilClosingBrace)
        {
            var braces = 0;
            while (i < s.Length)
            {
                var c = s[i];
                if (c == '/' && At(i + 1) == '/') { while (i < s.Length && s[i] != '\n') Advance(); continue; }
                if (c == '/' && At(i + 1) == '*')
                {
                    Advance(2);
                    while (i < s.Length && !(s[i] == '*' && At(i + 1) == '/')) Advance();
                    Advance(2);
                    continue;
                }
                if (c == '\'') { CharLiteral(); continue; }
                if (c is '"' or '$' or '@' && StringStart() is { } start) { String(start); continue; }
                if (c == '{') braces++;
                if (c == '}' && untilClosingBrace && braces-- == 0) return;
                if (c == '[')
                {
                    if (attributeAt < 0 && LineBefore(i).Trim().Length == 0) attributeAt = brackets;
                    brackets++;
                }
                if (c == ']' && --brackets == attributeAt) attributeAt = -1;
                Advance();
            }
        }

        void CharLiteral()
        {
            Advance();
            while (i < s.Length && s[i] != '\'' && s[i] != '\n') Advance(s[i] == '\\' ? 2 : 1);
            Advance();
        }

        sealed record Start(int Dollars, bool Verbatim, int Quotes, int Length);

        /// <summary>The prefix ($…, @, quotes) of a string literal at the position, or null when there is none.</summary>
        Start? StringStart()
        {
            var k = i;
            int dollars = 0;
            var verbatim = false;
            while (At(k) is '$' or '@')
            {
                if (s[k] == '$') dollars++; else verbatim = true;
                k++;
            }
            if (At(k) != '"') return null;
            var quotes = 0;
            while (At(k + quotes) == '"') quotes++;
            // "" is an empty regular string; """ or more opens a raw string.
            quotes = quotes >= 3 ? quotes : 1;
            return new Start(dollars, verbatim, quotes, k + quotes - i);
        }

        void String(Start start)
        {
            var prefixBegin = i;
            var startLine = line;
            var before = LineBefore(prefixBegin);
            Advance(start.Length);
            var text = new StringBuilder();
            var raw = start.Quotes >= 3;
            var holeBraces = raw ? Math.Max(start.Dollars, 1) : 1;
            while (i < s.Length)
            {
                var c = s[i];
                if (raw && c == '"' && Enumerable.Range(0, start.Quotes).All(q => At(i + q) == '"')) { Advance(start.Quotes); break; }
                if (!raw && c == '"')
                {
                    if (start.Verbatim && At(i + 1) == '"') { text.Append("\"\""); Advance(2); continue; }
                    Advance();
                    break;
                }
                if (!raw && !start.Verbatim && c == '\\') { text.Append(c).Append(At(i + 1)); Advance(2); continue; }
                if (!raw && !start.Verbatim && c == '\n') break; // unterminated: let the compiler complain
                if (start.Dollars > 0 && c == '{')
                {
                    var run = 0;
                    while (At(i + run) == '{') run++;
                    if (!raw && run >= 2) { text.Append("{{"); Advance(2); continue; }
                    if (run >= holeBraces)
                    {
                        var holeStart = i + run - holeBraces;
                        text.Append(s, i, holeStart - i); Advance(holeStart - i);
                        Advance(holeBraces);
                        Code(untilClosingBrace: true);
                        Advance(holeBraces);
                        text.Append("{…}"); // the hole's own literals are found on their own
                        continue;
                    }
                }
                text.Append(c);
                Advance();
            }
            found.Add(new Literal(startLine, text.ToString(), IsExempt(before)));
        }

        bool IsExempt(string before) =>
            (attributeAt >= 0 && AttributeText().IsMatch(before)) || LogTemplate().IsMatch(before);

        string LineBefore(int position)
        {
            var lineStart = s.LastIndexOf('\n', Math.Max(position - 1, 0)) + 1;
            return position > 0 && s[position - 1] == '\n' ? "" : s[lineStart..position];
        }
    }

    [GeneratedRegex(@"\b(?:DisplayName|Description|Category)\s*=\s*$")]
    private static partial Regex AttributeText();

    [GeneratedRegex(@"\.Log(?:Trace|Debug|Information|Warning|Error|Critical)\(\s*$")]
    private static partial Regex LogTemplate();
}
