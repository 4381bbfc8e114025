using System.Text;

namespace Governance.Core.Forms.Expressions;

/// <summary><c>sum(data.items, 'qty')</c>: a function of <see cref="Builtins"/>, its arguments evaluated left to right.</summary>
public sealed class CallNode(ExprFunction function, ExprNode[] args) : ExprNode(args)
{
    public ExprFunction Function { get; } = function;

    public override ExprValue Evaluate(ExprScope scope) => Function.Call(Arguments(Children, scope));

    internal static ExprValue[] Arguments(IReadOnlyList<ExprNode> nodes, ExprScope scope, int skip = 0)
    {
        var values = new ExprValue[nodes.Count - skip];
        for (var i = 0; i < values.Length; i++) values[i] = nodes[i + skip].Evaluate(scope);
        return values;
    }

    public override void Print(StringBuilder s) => Print(s, "call " + Function.Name, Children);
}

/// <summary><c>data.title.trim()</c>: a method of <see cref="Methods"/> on a text or a list; on anything else it fails.</summary>
public sealed class MethodNode(ExprNode target, ExprMethod method, ExprNode[] args) : ExprNode([target, .. args])
{
    public ExprMethod Method { get; } = method;

    public override ExprValue Evaluate(ExprScope scope)
    {
        var target = Children[0].Evaluate(scope);
        // As in JavaScript, undefined.trim fails before the arguments are evaluated; 1..trim() after.
        if (target.IsNullish) throw ExpressionError.NoProperty(target, ExprValue.Of(Method.Name));
        var args = CallNode.Arguments(Children, scope, skip: 1);
        return target.Kind switch
        {
            ExprKind.String when Method.OnText is { } onText => onText(target.String, args),
            ExprKind.Array when Method.OnList is { } onList => onList(target, args),
            _ => throw ExpressionError.NoMethod(target, Method.Name),
        };
    }

    public override void Print(StringBuilder s) => Print(s, "method " + Method.Name, Children);
}
