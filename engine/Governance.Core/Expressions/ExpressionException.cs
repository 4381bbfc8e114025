namespace Governance.Core.Expressions;

/// <summary>
/// An expression that failed: a script that threw, ran too long or used too much; a template that does not render.
/// <see cref="Code"/> is stable English, the message is for administrators (Chinese).
/// </summary>
public sealed class ExpressionException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}
