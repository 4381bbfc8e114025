namespace Governance.Core.Forms.Expressions;

/// <summary>A method an expression may call on a text or a list: <c>data.title.trim()</c>, <c>data.tags.includes('x')</c>.</summary>
/// <param name="OnText">What it does on a text; null when a text has no such method.</param>
/// <param name="OnList">What it does on a list; null when a list has no such method.</param>
public sealed record ExprMethod(string Name, int MinArgs, int MaxArgs,
    Func<string, ExprValue[], ExprValue>? OnText, Func<ExprValue, ExprValue[], ExprValue>? OnList);

/// <summary>
/// The methods of the expression language, one descriptor each, with JavaScript's meaning (String.prototype and
/// Array.prototype). The browser module (designer/src/forms/expr/builtins.ts) has the same list.
/// </summary>
public static class Methods
{
    static ExprValue Arg(ExprValue[] a, int i) => i < a.Length ? a[i] : ExprValue.Undefined;
    static string Text(ExprValue[] a, int i) => Semantics.ToText(Arg(a, i));

    static readonly ExprMethod[] List =
    [
        new("includes", 1, 1,
            (s, a) => ExprValue.Of(s.Contains(Text(a, 0), StringComparison.Ordinal)),
            (l, a) => ExprValue.Of(IndexOf(l, Arg(a, 0), Semantics.SameValueZero) >= 0)),
        new("indexOf", 1, 1,
            (s, a) => ExprValue.Of(s.IndexOf(Text(a, 0), StringComparison.Ordinal)),
            (l, a) => ExprValue.Of(IndexOf(l, Arg(a, 0), Semantics.StrictEquals))),
        new("startsWith", 1, 1, (s, a) => ExprValue.Of(s.StartsWith(Text(a, 0), StringComparison.Ordinal)), null),
        new("endsWith", 1, 1, (s, a) => ExprValue.Of(s.EndsWith(Text(a, 0), StringComparison.Ordinal)), null),
        new("trim", 0, 0, (s, _) => ExprValue.Of(JsNumbers.Trim(s)), null),
        new("substring", 1, 2, (s, a) => ExprValue.Of(Substring(s, Arg(a, 0), Arg(a, 1))), null),
        new("join", 0, 1, null, (l, a) => ExprValue.Of(Semantics.Join(l, a.Length == 0 || a[0].Kind == ExprKind.Undefined ? "," : Text(a, 0)))),
    ];

    public static IReadOnlyDictionary<string, ExprMethod> All { get; } = List.ToDictionary(m => m.Name, StringComparer.Ordinal);

    delegate bool Same(in ExprValue a, in ExprValue b);

    static int IndexOf(in ExprValue list, in ExprValue value, Same same)
    {
        for (var i = 0; i < list.Count; i++)
            if (same(list.Element(i), value)) return i;
        return -1;
    }

    /// <summary>String.prototype.substring: both ends cut to the text, swapped when reversed.</summary>
    static string Substring(string s, in ExprValue start, in ExprValue end)
    {
        var a = Math.Clamp(Semantics.ToInteger(start), 0, s.Length);
        var b = end.Kind == ExprKind.Undefined ? s.Length : Math.Clamp(Semantics.ToInteger(end), 0, s.Length);
        var (from, to) = a <= b ? ((int)a, (int)b) : ((int)b, (int)a);
        return s[from..to];
    }
}
