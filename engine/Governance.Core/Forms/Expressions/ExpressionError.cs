namespace Governance.Core.Forms.Expressions;

/// <summary>
/// An expression that cannot be evaluated for this data (reading a property of undefined, calling a method the value
/// lacks): where JavaScript would throw. The form counts it as the expression's error (a rule fails with
/// FORM-RULE-ERROR, a calculation gives null); the code and its message are those of the shared catalog.
/// </summary>
public sealed class ExpressionError(string code, params object?[] args) : Exception(code)
{
    public string Code { get; } = code;
    public IReadOnlyList<object?> Args { get; } = args;

    internal static ExpressionError NoProperty(in ExprValue target, in ExprValue key) =>
        new("EXPR-RUN-PROPERTY", Grammar.KindName(target), Semantics.ToText(Semantics.ToPrimitive(key)));

    internal static ExpressionError Forbidden(string name) => new("EXPR-RUN-FORBIDDEN", name);

    internal static ExpressionError NoMethod(in ExprValue target, string name) => new("EXPR-RUN-METHOD", Grammar.KindName(target), name);

    internal static ExpressionError NotText(string function, in ExprValue value) => new("EXPR-RUN-TEXT", function, Grammar.KindName(value));
}
