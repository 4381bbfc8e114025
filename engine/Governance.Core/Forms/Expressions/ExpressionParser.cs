using Governance.Core.Messages;

namespace Governance.Core.Forms.Expressions;

/// <summary>Why an expression is refused: a DEF-FORM-EXPR-* code and its arguments after the expression's text.</summary>
public sealed record ExprProblem(string Code, IReadOnlyList<object?> Args);

/// <summary>
/// Reads a form expression into its syntax tree, or says why it is refused. The grammar (definitions/forms/README.md),
/// from the loosest binding to the tightest, as in JavaScript:
/// <code>
/// expression  = shortCircuit [ "?" expression ":" expression ]
/// shortCircuit= equality { "??" equality } | and { "||" and }      (?? is not mixed with &amp;&amp; or || unparenthesised)
/// and         = equality { "&amp;&amp;" equality }
/// equality    = relational { ("===" | "!==" | "==" | "!=") relational }
/// relational  = additive { ("&lt;" | "&lt;=" | "&gt;" | "&gt;=") additive }
/// additive    = term { ("+" | "-") term }
/// term        = unary { ("*" | "/" | "%") unary }
/// unary       = ("!" | "-" | "+" | "typeof") unary | postfix
/// postfix     = primary { "." name [ arguments ] | "[" expression "]" }   (a call only of a method of Methods)
/// primary     = number | text | true | false | null | undefined | scope name | function arguments
///             | "(" expression ")" | "[" [ expression { "," expression } [","] ] "]"
/// </code>
/// </summary>
public static class ExpressionParser
{
    public static (ExprNode? Root, ExprProblem? Problem) Parse(string text)
    {
        try
        {
            if (text.Length > Grammar.MaxLength) throw new ExprSyntaxError("EXPR-SYNTAX-LONG", Grammar.MaxLength);
            var tokens = new Lexer(text).Tokens();
            if (tokens.Any(t => t.Is(";"))) return (null, new ExprProblem("DEF-FORM-EXPR-SINGLE", []));
            if (tokens.Count == 1) throw new ExprSyntaxError("EXPR-SYNTAX-EMPTY");
            var root = new Parser(tokens).Whole();
            if (root.Depth > Grammar.MaxDepth) throw new ExprSyntaxError("EXPR-SYNTAX-DEEP", Grammar.MaxDepth);
            return (root, null);
        }
        catch (ExprSyntaxError e)
        {
            return (null, e.Code.StartsWith("EXPR-SYNTAX-", StringComparison.Ordinal)
                ? new ExprProblem("DEF-FORM-EXPR-SYNTAX", [Text.Format(e.Code, [.. e.Args])])
                : new ExprProblem(e.Code, e.Args));
        }
    }
}

/// <summary>A refusal while reading: an EXPR-SYNTAX-* detail or a DEF-FORM-EXPR-* code, with its arguments.</summary>
internal sealed class ExprSyntaxError(string code, params object?[] args) : Exception(code)
{
    public string Code { get; } = code;
    public object?[] Args { get; } = args;
}

internal sealed class Parser(List<Token> tokens)
{
    /// <summary>JavaScript operators the language leaves out: assignment, update, arrow, exponent, bitwise, optional chaining, objects, templates.</summary>
    static readonly HashSet<string> ForbiddenPuncts = new(StringComparer.Ordinal)
    {
        "=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=", "&&=", "||=", "??=",
        "++", "--", "=>", "**", "&", "|", "^", "~", "<<", ">>", ">>>", "?.", "`", "{", "}", "...", "#", "@",
    };

    int p;
    int depth;

    Token Peek => tokens[p];
    Token Take() => tokens[p++];
    bool Accept(string punct) { if (!Peek.Is(punct)) return false; p++; return true; }

    void Expect(string punct)
    {
        if (Accept(punct)) return;
        if (Peek.Kind == TokenKind.Punct && ForbiddenPuncts.Contains(Peek.Text)) throw Unexpected(Peek);
        throw Peek.Kind == TokenKind.End ? new ExprSyntaxError("EXPR-SYNTAX-END")
            : new ExprSyntaxError("EXPR-SYNTAX-EXPECTED", Peek.At + 1, punct, Peek.Text);
    }

    static ExprSyntaxError Unexpected(Token t) => t.Kind switch
    {
        TokenKind.End => new("EXPR-SYNTAX-END"),
        TokenKind.Punct when ForbiddenPuncts.Contains(t.Text) => new("DEF-FORM-EXPR-FORBIDDEN", t.Text),
        TokenKind.Name when Grammar.ForbiddenWords.Contains(t.Text) => new("DEF-FORM-EXPR-FORBIDDEN", t.Text),
        _ => new("EXPR-SYNTAX-UNEXPECTED", t.At + 1, t.Text),
    };

    public ExprNode Whole()
    {
        var root = Expression();
        if (Peek.Kind != TokenKind.End) throw Unexpected(Peek);
        return root;
    }

    ExprNode Expression()
    {
        if (++depth > Grammar.MaxDepth) throw new ExprSyntaxError("EXPR-SYNTAX-DEEP", Grammar.MaxDepth);
        var test = ShortCircuit();
        if (Accept("?"))
        {
            var then = Expression();
            Expect(":");
            test = new ConditionalNode(test, then, Expression());
        }
        depth--;
        return test;
    }

    ExprNode ShortCircuit()
    {
        var first = Equality();
        if (Peek.Is("??"))
        {
            var coalesce = first;
            while (Accept("??")) coalesce = new LogicalNode("??", coalesce, Equality());
            if (Peek.Is("&&") || Peek.Is("||")) throw new ExprSyntaxError("EXPR-SYNTAX-MIXED", Peek.At + 1);
            return coalesce;
        }
        var left = AndRest(first);
        while (Accept("||")) left = new LogicalNode("||", left, AndRest(Equality()));
        if (Peek.Is("??")) throw new ExprSyntaxError("EXPR-SYNTAX-MIXED", Peek.At + 1);
        return left;
    }

    ExprNode AndRest(ExprNode left)
    {
        while (Accept("&&")) left = new LogicalNode("&&", left, Equality());
        return left;
    }

    ExprNode Equality() => Binary(Relational, "===", "!==", "==", "!=");
    ExprNode Relational() => Binary(Additive, "<", "<=", ">", ">=");
    ExprNode Additive() => Binary(Term, "+", "-");
    ExprNode Term() => Binary(Unary, "*", "/", "%");

    ExprNode Binary(Func<ExprNode> operand, params string[] ops)
    {
        var left = operand();
        while (Peek.Kind == TokenKind.Punct && ops.Contains(Peek.Text))
            left = new BinaryNode(Take().Text, left, operand());
        if (Peek.Kind == TokenKind.Name && Peek.Text is "in" or "instanceof") throw Unexpected(Peek);
        return left;
    }

    ExprNode Unary()
    {
        if (Peek.Is("!") || Peek.Is("-") || Peek.Is("+") || Peek.Kind == TokenKind.Name && Peek.Text == "typeof")
        {
            if (++depth > Grammar.MaxDepth) throw new ExprSyntaxError("EXPR-SYNTAX-DEEP", Grammar.MaxDepth);
            var op = Take().Text;
            var node = new UnaryNode(op, Unary());
            depth--;
            return node;
        }
        return Postfix();
    }

    ExprNode Postfix()
    {
        var node = Primary();
        while (true)
        {
            if (Accept("."))
            {
                var name = Peek.Kind == TokenKind.Name ? Take() : throw Unexpected(Peek);
                if (Grammar.ForbiddenMembers.Contains(name.Text)) throw new ExprSyntaxError("DEF-FORM-EXPR-FORBIDDEN", name.Text);
                if (!Peek.Is("(")) { node = new MemberNode(node, name.Text); continue; }
                if (!Methods.All.TryGetValue(name.Text, out var method))
                    throw new ExprSyntaxError("DEF-FORM-EXPR-FUNCTION", name.Text, string.Join(", ", Methods.All.Keys));
                var args = Arguments(name.Text, method.MinArgs, method.MaxArgs);
                node = new MethodNode(node, method, args);
            }
            else if (Accept("["))
            {
                var key = Expression();
                if (key is LiteralNode { Value.Kind: ExprKind.String } k && Grammar.ForbiddenMembers.Contains(k.Value.String))
                    throw new ExprSyntaxError("DEF-FORM-EXPR-FORBIDDEN", k.Value.String);
                Expect("]");
                node = new IndexNode(node, key);
            }
            else if (Peek.Is("(")) throw new ExprSyntaxError("EXPR-SYNTAX-CALL", Peek.At + 1);
            else return node;
        }
    }

    ExprNode[] Arguments(string name, int min, int max)
    {
        Expect("(");
        var args = new List<ExprNode>();
        while (!Accept(")"))
        {
            args.Add(Expression());
            if (!Peek.Is(")")) Expect(",");
        }
        if (args.Count < min || args.Count > max)
            throw new ExprSyntaxError("DEF-FORM-EXPR-ARGUMENTS", name, min == max ? Invariant(min) : Invariant(min) + "～" + Invariant(max), args.Count);
        return [.. args];
    }

    static string Invariant(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    ExprNode Primary()
    {
        var t = Peek;
        switch (t.Kind)
        {
            case TokenKind.Number: p++; return new LiteralNode(ExprValue.Of(t.Number));
            case TokenKind.String: p++; return new LiteralNode(ExprValue.Of(t.Value!));
            case TokenKind.Name: return Name();
        }
        if (Accept("("))
        {
            if (Peek.Is(")") && tokens[p + 1].Is("=>")) throw Unexpected(tokens[p + 1]); // () => …
            var inner = Expression();
            Expect(")");
            return inner;
        }
        if (Accept("["))
        {
            var items = new List<ExprNode>();
            while (!Accept("]"))
            {
                items.Add(Expression());
                if (!Peek.Is("]")) Expect(",");
            }
            return new ArrayNode([.. items]);
        }
        throw Unexpected(t);
    }

    ExprNode Name()
    {
        var t = Take();
        switch (t.Text)
        {
            case "true": return new LiteralNode(ExprValue.True);
            case "false": return new LiteralNode(ExprValue.False);
            case "null": return new LiteralNode(ExprValue.Null);
            case "undefined": return new LiteralNode(ExprValue.Undefined);
        }
        if (Peek.Is("=>")) throw Unexpected(Peek);
        if (Grammar.ForbiddenWords.Contains(t.Text) || Grammar.ForbiddenMembers.Contains(t.Text))
            throw new ExprSyntaxError("DEF-FORM-EXPR-FORBIDDEN", t.Text);
        var name = t.Text;
        if (name == "Math" && Peek.Is(".") && tokens[p + 1].Kind == TokenKind.Name && tokens[p + 2].Is("("))
        {
            p++;
            name = "Math." + Take().Text;
        }
        if (Peek.Is("("))
        {
            if (!Builtins.Functions.TryGetValue(name, out var function))
                throw new ExprSyntaxError("DEF-FORM-EXPR-FUNCTION", name, string.Join(", ", Builtins.Functions.Keys));
            return new CallNode(function, Arguments(name, function.MinArgs, function.MaxArgs));
        }
        if (!Grammar.ScopeNames.Contains(name))
            throw new ExprSyntaxError("DEF-FORM-EXPR-NAME", name, string.Join(", ", Grammar.ScopeNames));
        return new NameNode(name);
    }
}
