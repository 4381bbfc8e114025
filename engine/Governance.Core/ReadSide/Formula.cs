using System.Globalization;

namespace Governance.Core.ReadSide;

/// <summary>
/// An indicator's formula: numbers, measure names, + - * / and parentheses (e.g. "onTimeClosed / closed"). Dividing by
/// zero or reading a missing value gives null ("no data"), never a number made up.
/// </summary>
public sealed class Formula
{
    readonly Node root;

    Formula(string text, Node root, IReadOnlyList<string> names) => (Text, this.root, Names) = (text, root, names);

    public string Text { get; }
    /// <summary>The measure names it reads, in order of first use.</summary>
    public IReadOnlyList<string> Names { get; }

    public double? Evaluate(Func<string, double?> value) => root.Eval(value);

    /// <summary>Parses a formula; on failure returns null and says where (character position) and what is wrong.</summary>
    public static Formula? Parse(string text, out FormulaError? error)
    {
        var parser = new Parser(text);
        try
        {
            var node = parser.Expression();
            parser.End();
            error = null;
            return new Formula(text, node, parser.Names);
        }
        catch (FormulaError e)
        {
            error = e;
            return null;
        }
    }

    abstract record Node { public abstract double? Eval(Func<string, double?> value); }
    sealed record Num(double Value) : Node { public override double? Eval(Func<string, double?> value) => Value; }
    sealed record Name(string Id) : Node { public override double? Eval(Func<string, double?> value) => value(Id); }
    sealed record Negate(Node Inner) : Node { public override double? Eval(Func<string, double?> value) => -Inner.Eval(value); }
    sealed record Binary(char Op, Node Left, Node Right) : Node
    {
        public override double? Eval(Func<string, double?> value)
        {
            if (Left.Eval(value) is not { } a || Right.Eval(value) is not { } b) return null;
            return Op switch { '+' => a + b, '-' => a - b, '*' => a * b, _ => b == 0 ? null : a / b };
        }
    }

    /// <summary>Recursive descent: expression = term (('+'|'-') term)*, term = factor (('*'|'/') factor)*, factor = number | name | '(' expression ')' | '-' factor.</summary>
    sealed class Parser(string s)
    {
        int at;
        public List<string> Names { get; } = [];

        public Node Expression()
        {
            var left = Term();
            while (Peek() is '+' or '-') { var op = s[at++]; left = new Binary(op, left, Term()); }
            return left;
        }

        Node Term()
        {
            var left = Factor();
            while (Peek() is '*' or '/') { var op = s[at++]; left = new Binary(op, left, Factor()); }
            return left;
        }

        Node Factor()
        {
            var c = Peek();
            if (c == '(')
            {
                at++;
                var inner = Expression();
                if (Peek() != ')') throw new FormulaError(at, "FORMULA-PAREN");
                at++;
                return inner;
            }
            if (c == '-') { at++; return new Negate(Factor()); }
            if (c is >= '0' and <= '9' or '.')
            {
                var start = at;
                while (at < s.Length && (char.IsAsciiDigit(s[at]) || s[at] == '.')) at++;
                if (!double.TryParse(s[start..at], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
                    throw new FormulaError(start, "FORMULA-NUMBER");
                return new Num(n);
            }
            if (c is { } first && (char.IsAsciiLetter(first) || first == '_'))
            {
                var start = at;
                while (at < s.Length && (char.IsAsciiLetterOrDigit(s[at]) || s[at] == '_')) at++;
                var id = s[start..at];
                if (Measures.Find(id) is null) throw new FormulaError(start, "FORMULA-UNKNOWN-MEASURE", id);
                if (!Names.Contains(id)) Names.Add(id);
                return new Name(id);
            }
            throw new FormulaError(at, c is null ? "FORMULA-END" : "FORMULA-UNEXPECTED", c?.ToString());
        }

        public void End()
        {
            if (Peek() is { } c) throw new FormulaError(at, "FORMULA-UNEXPECTED", c.ToString());
        }

        char? Peek()
        {
            while (at < s.Length && char.IsWhiteSpace(s[at])) at++;
            return at < s.Length ? s[at] : null;
        }
    }
}

/// <summary>Why a formula does not parse: a message code with its argument, at a character position (1-based for people).</summary>
public sealed class FormulaError(int position, string code, string? argument = null) : Exception(code)
{
    public int Position { get; } = position + 1;
    public string Code { get; } = code;
    public string? Argument { get; } = argument;
}
