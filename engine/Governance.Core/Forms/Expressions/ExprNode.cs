using System.Text;
using System.Text.Json.Nodes;

namespace Governance.Core.Forms.Expressions;

/// <summary>What an expression reads: the form's data, the case, the step, and in a sub-table column the row and its index.</summary>
public sealed class ExprScope(JsonObject data, JsonObject? caseData, string step)
{
    public JsonObject Data { get; } = data;
    public JsonObject? CaseData { get; } = caseData;
    public string Step { get; } = step;
    /// <summary>The sub-table row being computed or checked; null (undefined to the expression) outside one.</summary>
    public JsonObject? Row { get; set; }
    /// <summary>The row's position from 0; -1 (undefined to the expression) outside a sub-table.</summary>
    public int Index { get; set; } = -1;
}

/// <summary>
/// A node of an expression's syntax tree, evaluated by walking the tree. Nodes are immutable and shared by every
/// submission. <see cref="Print"/> writes the tree in a fixed form, which the browser module's parser must match.
/// </summary>
public abstract class ExprNode
{
    protected ExprNode(params ExprNode[] children)
    {
        Children = children;
        Depth = 1 + (children.Length == 0 ? 0 : children.Max(c => c.Depth));
    }

    public IReadOnlyList<ExprNode> Children { get; }
    /// <summary>Levels below and including this node: bounded, so evaluation never runs out of stack.</summary>
    public int Depth { get; }

    public abstract ExprValue Evaluate(ExprScope scope);
    public abstract void Print(StringBuilder s);

    public override string ToString()
    {
        var s = new StringBuilder();
        Print(s);
        return s.ToString();
    }

    protected static void Print(StringBuilder s, string head, IEnumerable<ExprNode> items)
    {
        s.Append('(').Append(head);
        foreach (var item in items) { s.Append(' '); item.Print(s); }
        s.Append(')');
    }
}

/// <summary>A number, text, true, false, null or undefined written in the expression.</summary>
public sealed class LiteralNode(ExprValue value) : ExprNode
{
    public ExprValue Value { get; } = value;
    public override ExprValue Evaluate(ExprScope scope) => Value;
    public override void Print(StringBuilder s)
    {
        if (Value.Kind != ExprKind.String) s.Append(Semantics.ToText(Value));
        else s.Append('"').Append(Value.String.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
    }
}

/// <summary><c>[a, b, …]</c>: a new list each time.</summary>
public sealed class ArrayNode(ExprNode[] items) : ExprNode(items)
{
    public override ExprValue Evaluate(ExprScope scope)
    {
        var values = new ExprValue[Children.Count];
        for (var i = 0; i < values.Length; i++) values[i] = Children[i].Evaluate(scope);
        return ExprValue.Of(values);
    }

    public override void Print(StringBuilder s) => Print(s, "array", Children);
}

/// <summary>One of <see cref="Grammar.ScopeNames"/>.</summary>
public sealed class NameNode(string name) : ExprNode
{
    public string Name { get; } = name;

    public override ExprValue Evaluate(ExprScope scope) => Name switch
    {
        "data" => ExprValue.Of(scope.Data),
        "caseData" => scope.CaseData is { } c ? ExprValue.Of(c) : ExprValue.Null,
        "step" => ExprValue.Of(scope.Step),
        "row" => scope.Row is { } r ? ExprValue.Of(r) : ExprValue.Undefined,
        _ => scope.Index >= 0 ? ExprValue.Of(scope.Index) : ExprValue.Undefined,
    };

    public override void Print(StringBuilder s) => s.Append(Name);
}

/// <summary><c>a.name</c>.</summary>
public sealed class MemberNode(ExprNode target, string name) : ExprNode(target)
{
    readonly ExprValue key = ExprValue.Of(name);
    public ExprNode Target => Children[0];
    public string Name { get; } = name;
    public override ExprValue Evaluate(ExprScope scope) => Semantics.Get(Target.Evaluate(scope), key);
    public override void Print(StringBuilder s) { s.Append("(. "); Target.Print(s); s.Append(' ').Append(Name).Append(')'); }
}

/// <summary><c>a[key]</c>.</summary>
public sealed class IndexNode(ExprNode target, ExprNode key) : ExprNode(target, key)
{
    public ExprNode Target => Children[0];
    public ExprNode Key => Children[1];
    public override ExprValue Evaluate(ExprScope scope)
    {
        var target = Target.Evaluate(scope);
        return Semantics.Get(target, Key.Evaluate(scope));
    }

    public override void Print(StringBuilder s) => Print(s, "[]", Children);
}

/// <summary><c>test ? a : b</c>.</summary>
public sealed class ConditionalNode(ExprNode test, ExprNode then, ExprNode otherwise) : ExprNode(test, then, otherwise)
{
    public override ExprValue Evaluate(ExprScope scope) =>
        Semantics.Truthy(Children[0].Evaluate(scope)) ? Children[1].Evaluate(scope) : Children[2].Evaluate(scope);

    public override void Print(StringBuilder s) => Print(s, "?", Children);
}

/// <summary><c>&amp;&amp;</c>, <c>||</c>, <c>??</c>: the right side only when needed, and the deciding side's value.</summary>
public sealed class LogicalNode(string op, ExprNode left, ExprNode right) : ExprNode(left, right)
{
    public string Operator { get; } = op;

    public override ExprValue Evaluate(ExprScope scope)
    {
        var left = Children[0].Evaluate(scope);
        var decided = Operator switch
        {
            "&&" => !Semantics.Truthy(left),
            "||" => Semantics.Truthy(left),
            _ => !left.IsNullish,
        };
        return decided ? left : Children[1].Evaluate(scope);
    }

    public override void Print(StringBuilder s) => Print(s, Operator, Children);
}
