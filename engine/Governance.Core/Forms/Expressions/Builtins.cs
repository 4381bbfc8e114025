namespace Governance.Core.Forms.Expressions;

/// <summary>A function an expression may call by name: <c>sum(data.items, 'qty')</c>, <c>Math.round(x)</c>.</summary>
/// <param name="Name">As written in the expression.</param>
/// <param name="MinArgs">Fewest arguments; fewer is refused when the expression is read.</param>
/// <param name="MaxArgs">Most arguments; more is refused when the expression is read.</param>
public sealed record ExprFunction(string Name, int MinArgs, int MaxArgs, Func<ExprValue[], ExprValue> Call);

/// <summary>
/// The functions of the expression language, one descriptor each. The browser module
/// (designer/src/forms/expr/builtins.ts) has the same names, arities and meaning; the parity tests hold them equal.
/// </summary>
public static class Builtins
{
    static readonly ExprFunction[] List =
    [
        new("sum", 1, 2, a => ExprValue.Of(Sum(a[0], a.Length > 1 ? a[1] : ExprValue.Undefined))),
        new("count", 1, 1, a => ExprValue.Of(a[0].Kind == ExprKind.Array ? a[0].Count : 0)),
        new("empty", 1, 1, a => ExprValue.Of(a[0].IsNullish || a[0].Kind == ExprKind.String && a[0].String.Length == 0
            || a[0].Kind == ExprKind.Array && a[0].Count == 0)),
        new("isNullOrEmpty", 1, 1, a => ExprValue.Of(a[0].IsNullish || a[0].Kind == ExprKind.String && a[0].String.Length == 0)),
        new("round", 1, 2, a => ExprValue.Of(RoundTo(Semantics.ToNumber(a[0]), a.Length > 1 ? a[1] : ExprValue.Undefined))),
        new("days", 2, 2, a => ExprValue.Of(Days(a[0], a[1]))),
        new("Number", 1, 1, a => ExprValue.Of(Semantics.ToNumber(a[0]))),
        new("String", 1, 1, a => ExprValue.Of(Semantics.ToText(a[0]))),
        new("Math.abs", 1, 1, a => ExprValue.Of(Math.Abs(Semantics.ToNumber(a[0])))),
        new("Math.floor", 1, 1, a => ExprValue.Of(Math.Floor(Semantics.ToNumber(a[0])))),
        new("Math.ceil", 1, 1, a => ExprValue.Of(Math.Ceiling(Semantics.ToNumber(a[0])))),
        new("Math.round", 1, 1, a => ExprValue.Of(Semantics.Round(Semantics.ToNumber(a[0])))),
        new("Math.min", 1, 10, a => ExprValue.Of(MinMax(a, min: true))),
        new("Math.max", 1, 10, a => ExprValue.Of(MinMax(a, min: false))),
    ];

    public static IReadOnlyDictionary<string, ExprFunction> Functions { get; } = List.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>A sub-table's column total.</summary>
    internal static double Sum(System.Text.Json.Nodes.JsonArray? rows, string key) => rows is null ? 0 : Sum(ExprValue.Of(rows), ExprValue.Of(key));

    /// <summary>The numbers in a list, or the <paramref name="key"/> of each object in it; anything not a finite number counts 0.</summary>
    static double Sum(in ExprValue rows, in ExprValue key)
    {
        if (rows.Kind != ExprKind.Array) return 0;
        var name = key.Kind == ExprKind.String ? key.String : Semantics.ToText(Semantics.ToPrimitive(key));
        var s = 0.0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows.Element(i);
            var v = row.Kind == ExprKind.Object
                ? row.Object.TryGetPropertyValue(name, out var n) ? ExprValue.FromJson(n) : ExprValue.Undefined
                : row;
            if (v.Kind == ExprKind.Number && double.IsFinite(v.Number)) s += v.Number;
        }
        return s;
    }

    /// <summary>
    /// Rounds to <paramref name="digits"/> decimals (whole, 0 when absent; negative rounds to tens, hundreds…), halves
    /// up as Math.round. The power of ten is built by multiplication, exact in both languages.
    /// </summary>
    static double RoundTo(double x, in ExprValue digits)
    {
        var d = digits.Kind == ExprKind.Undefined ? 0 : Math.Clamp(Semantics.ToInteger(digits), -20, 20);
        var p = 1.0;
        for (var i = 0; i < Math.Abs(d); i++) p *= 10;
        return d >= 0 ? Semantics.Round(x * p) / p : Semantics.Round(x / p) * p;
    }

    /// <summary>Days from one date to another (their first ten characters, <c>YYYY-MM-DD</c>); NaN when one is not a date.</summary>
    static double Days(in ExprValue from, in ExprValue to)
    {
        if (from.Kind != ExprKind.String) throw ExpressionError.NotText("days", from);
        if (to.Kind != ExprKind.String) throw ExpressionError.NotText("days", to);
        return DayNumber(from.String) is { } a && DayNumber(to.String) is { } b ? b - a : double.NaN;
    }

    static int? DayNumber(string s)
    {
        if (s.Length < 10 || s[4] != '-' || s[7] != '-') return null;
        for (var i = 0; i < 10; i++) if (i is not (4 or 7) && !char.IsAsciiDigit(s[i])) return null;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        int year = int.Parse(s.AsSpan(0, 4), inv), month = int.Parse(s.AsSpan(5, 2), inv), day = int.Parse(s.AsSpan(8, 2), inv);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day).DayNumber;
    }

    static double MinMax(ExprValue[] args, bool min)
    {
        var result = min ? double.PositiveInfinity : double.NegativeInfinity;
        var nan = false;
        foreach (var a in args)
        {
            var v = Semantics.ToNumber(a);
            if (double.IsNaN(v)) nan = true;
            else if (min ? v < result || v == 0 && result == 0 && double.IsNegative(v) : v > result || v == 0 && result == 0 && double.IsNegative(result)) result = v;
        }
        return nan ? double.NaN : result;
    }
}
