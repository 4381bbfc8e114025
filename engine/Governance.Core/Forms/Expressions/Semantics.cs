using System.Text;

namespace Governance.Core.Forms.Expressions;

/// <summary>
/// JavaScript's conversions and comparisons (ECMAScript 2023 §7.1, §7.2), for the values an expression can hold.
/// Objects and arrays are plain data: converting one to a primitive gives <c>[object Object]</c> or its elements
/// joined with commas, whatever keys the data has (no key ever acts as a method).
/// </summary>
public static class Semantics
{
    public static bool Truthy(in ExprValue v) => v.Kind switch
    {
        ExprKind.Undefined or ExprKind.Null => false,
        ExprKind.Boolean => v.Boolean,
        ExprKind.Number => v.Number != 0 && !double.IsNaN(v.Number),
        ExprKind.String => v.String.Length > 0,
        _ => true,
    };

    public static string TypeOf(in ExprValue v) => v.Kind switch
    {
        ExprKind.Undefined => "undefined",
        ExprKind.Boolean => "boolean",
        ExprKind.Number => "number",
        ExprKind.String => "string",
        _ => "object",
    };

    /// <summary>ToPrimitive: an array becomes its joined elements, an object <c>[object Object]</c>; primitives stay.</summary>
    public static ExprValue ToPrimitive(in ExprValue v) => v.Kind switch
    {
        ExprKind.Array => ExprValue.Of(Join(v, ",")),
        ExprKind.Object => ExprValue.Of("[object Object]"),
        _ => v,
    };

    public static double ToNumber(in ExprValue v) => v.Kind switch
    {
        ExprKind.Undefined => double.NaN,
        ExprKind.Null => 0,
        ExprKind.Boolean => v.Boolean ? 1 : 0,
        ExprKind.Number => v.Number,
        ExprKind.String => JsNumbers.Parse(v.String),
        _ => ToNumber(ToPrimitive(v)),
    };

    public static string ToText(in ExprValue v) => v.Kind switch
    {
        ExprKind.Undefined => "undefined",
        ExprKind.Null => "null",
        ExprKind.Boolean => v.Boolean ? "true" : "false",
        ExprKind.Number => JsNumbers.Format(v.Number),
        ExprKind.String => v.String,
        _ => ToPrimitive(v).String,
    };

    /// <summary>Array.prototype.join: null and undefined elements are empty.</summary>
    public static string Join(in ExprValue array, string separator)
    {
        var s = new StringBuilder();
        for (var i = 0; i < array.Count; i++)
        {
            if (i > 0) s.Append(separator);
            var e = array.Element(i);
            if (!e.IsNullish) s.Append(ToText(e));
        }
        return s.ToString();
    }

    /// <summary>ToIntegerOrInfinity: NaN is 0, fractions are cut towards zero.</summary>
    public static double ToInteger(in ExprValue v)
    {
        var d = ToNumber(v);
        return double.IsNaN(d) ? 0 : Math.Truncate(d);
    }

    /// <summary>The <c>+</c> operator: text if either side is text after ToPrimitive, otherwise a sum.</summary>
    public static ExprValue Add(in ExprValue a, in ExprValue b)
    {
        if (a.Kind == ExprKind.Number && b.Kind == ExprKind.Number) return ExprValue.Of(a.Number + b.Number);
        var pa = ToPrimitive(a);
        var pb = ToPrimitive(b);
        if (pa.Kind == ExprKind.String || pb.Kind == ExprKind.String) return ExprValue.Of(string.Concat(ToText(pa), ToText(pb)));
        return ExprValue.Of(ToNumber(pa) + ToNumber(pb));
    }

    /// <summary>IsStrictlyEqual (<c>===</c>): same kind and value; objects and arrays by identity; NaN is never equal.</summary>
    public static bool StrictEquals(in ExprValue a, in ExprValue b)
    {
        if (a.Kind != b.Kind) return false;
        return a.Kind switch
        {
            ExprKind.Undefined or ExprKind.Null => true,
            ExprKind.Boolean => a.Boolean == b.Boolean,
            ExprKind.Number => a.Number == b.Number,
            ExprKind.String => string.Equals(a.String, b.String, StringComparison.Ordinal),
            _ => ReferenceEquals(a.Reference, b.Reference),
        };
    }

    /// <summary>SameValueZero (<c>includes</c>): as <c>===</c>, except that NaN equals NaN.</summary>
    public static bool SameValueZero(in ExprValue a, in ExprValue b) =>
        StrictEquals(a, b) || a.Kind == ExprKind.Number && b.Kind == ExprKind.Number && double.IsNaN(a.Number) && double.IsNaN(b.Number);

    /// <summary>IsLooselyEqual (<c>==</c>).</summary>
    public static bool LooseEquals(in ExprValue a, in ExprValue b)
    {
        if (a.Kind == b.Kind) return StrictEquals(a, b);
        if (a.IsNullish || b.IsNullish) return a.IsNullish && b.IsNullish;
        if (a.Kind == ExprKind.Boolean) return LooseEquals(ExprValue.Of(ToNumber(a)), b);
        if (b.Kind == ExprKind.Boolean) return LooseEquals(a, ExprValue.Of(ToNumber(b)));
        if (a.Kind == ExprKind.Number && b.Kind == ExprKind.String) return a.Number == ToNumber(b);
        if (a.Kind == ExprKind.String && b.Kind == ExprKind.Number) return ToNumber(a) == b.Number;
        if (a.Kind is ExprKind.Object or ExprKind.Array && b.Kind is ExprKind.Number or ExprKind.String) return LooseEquals(ToPrimitive(a), b);
        if (b.Kind is ExprKind.Object or ExprKind.Array && a.Kind is ExprKind.Number or ExprKind.String) return LooseEquals(a, ToPrimitive(b));
        return false;
    }

    /// <summary>
    /// IsLessThan: -1, 0 or 1 when both sides compare (texts by UTF-16 code units, otherwise as numbers), null when a
    /// side is NaN — every relation with NaN is false.
    /// </summary>
    public static int? Compare(in ExprValue a, in ExprValue b)
    {
        var pa = ToPrimitive(a);
        var pb = ToPrimitive(b);
        if (pa.Kind == ExprKind.String && pb.Kind == ExprKind.String) return Math.Sign(string.CompareOrdinal(pa.String, pb.String));
        var x = ToNumber(pa);
        var y = ToNumber(pb);
        if (double.IsNaN(x) || double.IsNaN(y)) return null;
        return x < y ? -1 : x > y ? 1 : 0;
    }

    /// <summary>Math.round: the nearest integer, halves towards +∞ (−2.5 → −2); −0.4 gives −0.</summary>
    public static double Round(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == Math.Floor(x)) return x;
        if (x is >= -0.5 and < 0) return -0.0;
        var f = Math.Floor(x);
        return x - f >= 0.5 ? f + 1 : f;
    }

    /// <summary>
    /// Reads a property of plain data. Objects give their own keys only (never a prototype's); arrays and texts give
    /// <c>length</c> and their elements. Everything else — a property of null, undefined, a number or a boolean, another
    /// name on an array or a text, a name of <see cref="Grammar.ForbiddenMembers"/> — fails: JavaScript would throw or
    /// give a built-in method there, and the expression language has neither.
    /// </summary>
    public static ExprValue Get(in ExprValue target, in ExprValue key)
    {
        switch (target.Kind)
        {
            case ExprKind.Object:
                var name = key.Kind == ExprKind.String ? key.String : ToText(ToPrimitive(key));
                if (Grammar.ForbiddenMembers.Contains(name)) throw ExpressionError.Forbidden(name);
                return target.Object.TryGetPropertyValue(name, out var node) ? ExprValue.FromJson(node) : ExprValue.Undefined;
            case ExprKind.Array or ExprKind.String:
                var length = target.Kind == ExprKind.Array ? target.Count : target.String.Length;
                if (Index(key) is { } i)
                    return i >= length ? ExprValue.Undefined
                        : target.Kind == ExprKind.Array ? target.Element((int)i) : ExprValue.Of(target.String[(int)i].ToString());
                if (key.Kind == ExprKind.String && key.String == "length") return ExprValue.Of(length);
                if (key.Kind == ExprKind.Number) return ExprValue.Undefined; // 1.5, -1: no such element
                throw ExpressionError.NoProperty(target, key);
            default:
                throw ExpressionError.NoProperty(target, key);
        }
    }

    /// <summary>An array index: a whole number from 0, or its canonical text ("2", not "02").</summary>
    static long? Index(in ExprValue key)
    {
        if (key.Kind == ExprKind.Number)
            return key.Number >= 0 && key.Number == Math.Floor(key.Number) && key.Number < uint.MaxValue ? (long)key.Number : null;
        if (key.Kind != ExprKind.String || key.String.Length is 0 or > 10) return null;
        var s = key.String;
        if (s.Length > 1 && s[0] == '0') return null;
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return null;
        var n = long.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        return n < uint.MaxValue ? n : null;
    }
}
