using System.Globalization;
using System.Numerics;

namespace Governance.Core.Forms.Expressions;

/// <summary>
/// Numbers to text and text to numbers exactly as JavaScript converts them (ECMAScript Number::toString and
/// StringToNumber), so <c>'共' + data.n</c> and <c>data.s * 1</c> give the browser's answer on the server too.
/// </summary>
public static class JsNumbers
{
    /// <summary>JavaScript's white space and line terminators: what <c>trim()</c> removes and number parsing skips.</summary>
    public static bool IsSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00a0' or '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' or '\ufeff' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };

    public static string Trim(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsSpace(s[start])) start++;
        while (end > start && IsSpace(s[end - 1])) end--;
        return start == 0 && end == s.Length ? s : s[start..end];
    }

    /// <summary>Number::toString(10): the shortest digits that read back as the same number, placed as JavaScript places them.</summary>
    public static string Format(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (d == 0) return "0";
        if (double.IsInfinity(d)) return d > 0 ? "Infinity" : "-Infinity";
        if (d < 0) return "-" + Format(-d);
        if (d < 1e21 && d == Math.Floor(d) && d < 9e15) return ((long)d).ToString(CultureInfo.InvariantCulture);

        // .NET's round-trip text has the same shortest digits; only where the point goes differs.
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E');
        var mantissa = e < 0 ? r : r[..e];
        var exponent = e < 0 ? 0 : int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var n = (point < 0 ? mantissa.Length : point) + exponent;
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') lead++;
        digits = digits[lead..].TrimEnd('0');
        n -= lead;
        var k = digits.Length;

        if (k <= n && n <= 21) return digits + new string('0', n - k);
        if (0 < n && n <= 21) return digits[..n] + "." + digits[n..];
        if (-6 < n && n <= 0) return "0." + new string('0', -n) + digits;
        var exp = n - 1;
        var tail = (exp < 0 ? "e-" : "e+") + Math.Abs(exp).ToString(CultureInfo.InvariantCulture);
        return k == 1 ? digits + tail : digits[..1] + "." + digits[1..] + tail;
    }

    /// <summary>StringToNumber: blank is 0, decimal and 0x/0o/0b literals, Infinity; anything else is NaN.</summary>
    public static double Parse(string text)
    {
        var s = Trim(text);
        if (s.Length == 0) return 0;
        switch (s)
        {
            case "Infinity" or "+Infinity": return double.PositiveInfinity;
            case "-Infinity": return double.NegativeInfinity;
        }
        if (s.Length > 2 && s[0] == '0' && (s[1] | 0x20) is 'x' or 'o' or 'b')
            return Radix(s[2..], (s[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 });
        return IsDecimal(s) ? double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture) : double.NaN;
    }

    static double Radix(string digits, int radix)
    {
        var value = BigInteger.Zero;
        foreach (var c in digits)
        {
            var v = c is >= '0' and <= '9' ? c - '0' : (c | 0x20) is >= 'a' and <= 'f' ? (c | 0x20) - 'a' + 10 : 99;
            if (v >= radix) return double.NaN;
            value = value * radix + v;
        }
        return (double)value;
    }

    /// <summary>[+-] (digits [. digits] | . digits) [e [+-] digits]</summary>
    static bool IsDecimal(string s)
    {
        var i = s[0] is '+' or '-' ? 1 : 0;
        var whole = Digits(s, ref i);
        var fraction = 0;
        if (i < s.Length && s[i] == '.') { i++; fraction = Digits(s, ref i); }
        if (whole + fraction == 0) return false;
        if (i < s.Length && (s[i] | 0x20) == 'e')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-') i++;
            if (Digits(s, ref i) == 0) return false;
        }
        return i == s.Length;
    }

    static int Digits(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i - start;
    }
}
