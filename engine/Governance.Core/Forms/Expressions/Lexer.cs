using System.Globalization;
using System.Text;

namespace Governance.Core.Forms.Expressions;

internal enum TokenKind { Number, String, Name, Punct, End }

/// <param name="At">Offset of the first character (0-based, UTF-16 units).</param>
internal readonly record struct Token(TokenKind Kind, string Text, int At, double Number = 0, string? Value = null)
{
    public bool Is(string punct) => Kind == TokenKind.Punct && Text == punct;
}

/// <summary>
/// Splits an expression into tokens as JavaScript would: decimal numbers, quoted texts with JavaScript's escapes,
/// names, and punctuation (every JavaScript operator, so that one outside the language is named when refused).
/// Comments and white space are skipped. Problems are thrown as <see cref="ExprSyntaxError"/>.
/// </summary>
internal sealed class Lexer(string s)
{
    // Longest first: the lexer takes the first that matches.
    static readonly string[] Puncts =
    [
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "**", "<<", ">>",
        "(", ")", "[", "]", "{", "}", ".", ",", ";", ":", "?", "+", "-", "*", "/", "%", "<", ">", "=", "!", "~", "&", "|", "^", "`", "#", "@",
    ];

    int i;

    public List<Token> Tokens()
    {
        var list = new List<Token>();
        while (true)
        {
            SkipSpaceAndComments();
            if (i >= s.Length) { list.Add(new Token(TokenKind.End, "", i)); return list; }
            list.Add(Next());
        }
    }

    Token Next()
    {
        var c = s[i];
        if (char.IsAsciiDigit(c) || c == '.' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])) return NumberToken();
        if (c is '"' or '\'') return StringToken(c);
        if (IsNameStart(c))
        {
            var start = i;
            while (i < s.Length && IsNamePart(s[i])) i++;
            return new Token(TokenKind.Name, s[start..i], start);
        }
        foreach (var p in Puncts)
            if (string.CompareOrdinal(s, i, p, 0, p.Length) == 0)
            {
                if (p == "?." && i + 2 < s.Length && char.IsAsciiDigit(s[i + 2])) continue; // a ? .5 : b
                i += p.Length;
                return new Token(TokenKind.Punct, p, i - p.Length);
            }
        throw new ExprSyntaxError("EXPR-SYNTAX-CHARACTER", i + 1, c.ToString());
    }

    public static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c is '_' or '$' || c > 127 && char.IsLetter(c);
    static bool IsNamePart(char c) => IsNameStart(c) || char.IsAsciiDigit(c);

    void SkipSpaceAndComments()
    {
        while (i < s.Length)
        {
            if (JsNumbers.IsSpace(s[i])) i++;
            else if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '/')
                while (i < s.Length && s[i] is not ('\n' or '\r' or '\u2028' or '\u2029')) i++;
            else if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) throw new ExprSyntaxError("EXPR-SYNTAX-COMMENT", i + 1);
                i = end + 2;
            }
            else return;
        }
    }

    /// <summary>Digits [. digits] [e [+-] digits], or . digits […]; no leading zero, hex, separators or a name stuck on.</summary>
    Token NumberToken()
    {
        var start = i;
        Digits();
        if (i < s.Length && s[i] == '.') { i++; Digits(); }
        if (i < s.Length && (s[i] | 0x20) == 'e')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-') i++;
            if (Digits() == 0) throw new ExprSyntaxError("EXPR-SYNTAX-NUMBER", start + 1, Word(start));
        }
        if (i < s.Length && (IsNamePart(s[i]) || s[i] == '.') || i - start > 1 && s[start] == '0' && char.IsAsciiDigit(s[start + 1]))
            throw new ExprSyntaxError("EXPR-SYNTAX-NUMBER", start + 1, Word(start));
        return new Token(TokenKind.Number, s[start..i], start, double.Parse(s.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    int Digits()
    {
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i - start;
    }

    /// <summary>The number-like word at a position, for the message.</summary>
    string Word(int start)
    {
        var end = start;
        while (end < s.Length && (IsNamePart(s[end]) || s[end] == '.')) end++;
        return s[start..end];
    }

    Token StringToken(char quote)
    {
        var start = i++;
        var text = new StringBuilder();
        while (true)
        {
            if (i >= s.Length || s[i] is '\n' or '\r') throw new ExprSyntaxError("EXPR-SYNTAX-STRING", start + 1);
            var c = s[i++];
            if (c == quote) return new Token(TokenKind.String, s[start..i], start, Value: text.ToString());
            if (c != '\\') { text.Append(c); continue; }
            if (i >= s.Length) throw new ExprSyntaxError("EXPR-SYNTAX-STRING", start + 1);
            var e = s[i++];
            switch (e)
            {
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'v': text.Append('\v'); break;
                case '0' when i >= s.Length || !char.IsAsciiDigit(s[i]): text.Append('\0'); break;
                case 'x': text.Append((char)Hex(2, i - 2)); break;
                case 'u': Unicode(text, i - 2); break;
                case '\r': if (i < s.Length && s[i] == '\n') i++; break; // a line continuation adds nothing
                case '\n' or '\u2028' or '\u2029': break;
                case >= '0' and <= '9': throw new ExprSyntaxError("EXPR-SYNTAX-ESCAPE", i - 1, "\\" + e);
                default: text.Append(e); break;
            }
        }
    }

    void Unicode(StringBuilder text, int escapeAt)
    {
        if (i < s.Length && s[i] == '{')
        {
            var close = s.IndexOf('}', i);
            var digits = close < 0 ? "" : s[(i + 1)..close];
            if (digits.Length is 0 or > 6 || !digits.All(char.IsAsciiHexDigit)
                || int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture) > 0x10FFFF)
                throw new ExprSyntaxError("EXPR-SYNTAX-ESCAPE", escapeAt + 1, Escape(escapeAt));
            var cp = int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            // Lone surrogates stay, as JavaScript keeps them.
            text.Append(cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));
            i = close + 1;
            return;
        }
        text.Append((char)Hex(4, escapeAt));
    }

    int Hex(int count, int escapeAt)
    {
        if (i + count > s.Length || !s.AsSpan(i, count).ContainsOnlyHex())
            throw new ExprSyntaxError("EXPR-SYNTAX-ESCAPE", escapeAt + 1, Escape(escapeAt));
        var v = int.Parse(s.AsSpan(i, count), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        i += count;
        return v;
    }

    string Escape(int at) => s.Substring(at, Math.Min(6, s.Length - at));
}

file static class Extensions
{
    public static bool ContainsOnlyHex(this ReadOnlySpan<char> span)
    {
        foreach (var c in span) if (!char.IsAsciiHexDigit(c)) return false;
        return true;
    }
}
