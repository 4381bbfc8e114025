namespace Governance.Core.Forms.Expressions;

/// <summary>
/// The names of the form expression language: what an expression may name, what it may never reach, and its limits.
/// designer/src/forms/expr/grammar.ts has the same lists; the parity test compares them. The language itself is
/// described in definitions/forms/README.md.
/// </summary>
public static class Grammar
{
    /// <summary>The values an expression sees (<c>row</c> and <c>index</c> are undefined outside a sub-table column).</summary>
    public static IReadOnlyList<string> ScopeNames { get; } = ["data", "row", "index", "caseData", "step"];

    /// <summary>
    /// Keys of Object.prototype, and <c>prototype</c>: the ways from a value to its constructor and to code. Refused
    /// when an expression is read, and refused again at run time when a computed key arrives at one.
    /// </summary>
    public static IReadOnlySet<string> ForbiddenMembers { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "constructor", "__proto__", "prototype", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
        "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "toString", "valueOf",
    };

    /// <summary>JavaScript keywords that have no place in an expression: functions, objects, statements, operators left out.</summary>
    public static IReadOnlySet<string> ForbiddenWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "function", "new", "this", "delete", "void", "in", "instanceof", "class", "import", "export", "yield", "await", "async",
        "super", "var", "let", "const", "return", "if", "else", "for", "while", "do", "throw", "try", "catch", "finally", "with",
        "debugger", "switch", "case", "default", "break", "continue", "extends", "enum", "static", "arguments",
    };

    /// <summary>The longest expression text, and the deepest nesting of its syntax tree.</summary>
    public const int MaxLength = 2000, MaxDepth = 100;

    /// <summary>A value's kind as error messages name it (JavaScript's words).</summary>
    public static string KindName(in ExprValue v) => v.Kind switch
    {
        ExprKind.Undefined => "undefined",
        ExprKind.Null => "null",
        ExprKind.Boolean => "boolean",
        ExprKind.Number => "number",
        ExprKind.String => "string",
        ExprKind.Array => "array",
        _ => "object",
    };
}
