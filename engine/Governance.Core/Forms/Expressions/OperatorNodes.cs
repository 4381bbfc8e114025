using System.Text;

namespace Governance.Core.Forms.Expressions;

/// <summary><c>!a</c>, <c>-a</c>, <c>+a</c>, <c>typeof a</c>.</summary>
public sealed class UnaryNode(string op, ExprNode operand) : ExprNode(operand)
{
    public string Operator { get; } = op;

    public override ExprValue Evaluate(ExprScope scope)
    {
        var v = Children[0].Evaluate(scope);
        return Operator switch
        {
            "!" => ExprValue.Of(!Semantics.Truthy(v)),
            "-" => ExprValue.Of(-Semantics.ToNumber(v)),
            "+" => ExprValue.Of(Semantics.ToNumber(v)),
            _ => ExprValue.Of(Semantics.TypeOf(v)),
        };
    }

    public override void Print(StringBuilder s) => Print(s, Operator, Children);
}

/// <summary>Arithmetic, comparison and equality, with JavaScript's coercions (see <see cref="Semantics"/>).</summary>
public sealed class BinaryNode : ExprNode
{
    enum Op { Add, Subtract, Multiply, Divide, Remainder, Less, LessOrEqual, Greater, GreaterOrEqual, StrictEqual, StrictNotEqual, Equal, NotEqual }

    static readonly Dictionary<string, Op> Ops = new(StringComparer.Ordinal)
    {
        ["+"] = Op.Add, ["-"] = Op.Subtract, ["*"] = Op.Multiply, ["/"] = Op.Divide, ["%"] = Op.Remainder,
        ["<"] = Op.Less, ["<="] = Op.LessOrEqual, [">"] = Op.Greater, [">="] = Op.GreaterOrEqual,
        ["==="] = Op.StrictEqual, ["!=="] = Op.StrictNotEqual, ["=="] = Op.Equal, ["!="] = Op.NotEqual,
    };

    readonly Op op;

    public BinaryNode(string op, ExprNode left, ExprNode right) : base(left, right)
    {
        Operator = op;
        this.op = Ops[op];
    }

    public string Operator { get; }
    public static bool IsOperator(string text) => Ops.ContainsKey(text);

    public override ExprValue Evaluate(ExprScope scope)
    {
        var a = Children[0].Evaluate(scope);
        var b = Children[1].Evaluate(scope);
        switch (op)
        {
            case Op.Add: return Semantics.Add(a, b);
            case Op.Subtract: return ExprValue.Of(Semantics.ToNumber(a) - Semantics.ToNumber(b));
            case Op.Multiply: return ExprValue.Of(Semantics.ToNumber(a) * Semantics.ToNumber(b));
            case Op.Divide: return ExprValue.Of(Semantics.ToNumber(a) / Semantics.ToNumber(b));
            // JavaScript's % keeps the dividend's sign and truncates, as C#'s % on doubles does.
            case Op.Remainder: return ExprValue.Of(Semantics.ToNumber(a) % Semantics.ToNumber(b));
            case Op.StrictEqual: return ExprValue.Of(Semantics.StrictEquals(a, b));
            case Op.StrictNotEqual: return ExprValue.Of(!Semantics.StrictEquals(a, b));
            case Op.Equal: return ExprValue.Of(Semantics.LooseEquals(a, b));
            case Op.NotEqual: return ExprValue.Of(!Semantics.LooseEquals(a, b));
        }
        // a > b is b < a, a <= b is !(b < a): the operands swap, so a NaN side makes every relation false.
        var c = Semantics.Compare(a, b);
        return ExprValue.Of(c is { } r && op switch
        {
            Op.Less => r < 0,
            Op.LessOrEqual => r <= 0,
            Op.Greater => r > 0,
            _ => r >= 0,
        });
    }

    public override void Print(StringBuilder s) => Print(s, Operator, Children);
}
