using Governance.Core.Definitions.Model;
using Acornima;
using Acornima.Ast;

namespace Governance.Core.Forms.Model;

/// <summary>
/// A JavaScript expression of a form (a condition, a calculation or a rule): one ES5 expression, no
/// statements, no functions, no assignments. Parsed as ES5 (Acornima, the parser under Jint) when the form is loaded, so a form that would
/// fail in the engine never reaches it; the browser evaluates the same text.
/// </summary>
public sealed class FormExpression
{
    FormExpression(string text, SourceRef at, IReadOnlySet<string> dataRefs, IReadOnlySet<string> rowRefs, bool readsAllData)
    {
        Text = text; At = at; DataRefs = dataRefs; RowRefs = rowRefs; ReadsAllData = readsAllData;
    }

    public string Text { get; }
    public SourceRef At { get; }
    /// <summary>Field keys read as <c>data.key</c> or <c>data['key']</c>.</summary>
    public IReadOnlySet<string> DataRefs { get; }
    /// <summary>Column keys read as <c>row.key</c> (sub-table column expressions).</summary>
    public IReadOnlySet<string> RowRefs { get; }
    /// <summary>Uses <c>data</c> other than as <c>data.key</c> (<c>data[k]</c>, <c>Object.keys(data)</c>): may read any field.</summary>
    public bool ReadsAllData { get; }

    // Post-ES5 built-ins: forms promise ES5 (the browser evaluator and its parity tests are written for it).
    static readonly HashSet<string> NotEs5Members = new(StringComparer.Ordinal)
    {
        "includes", "startsWith", "endsWith", "repeat", "padStart", "padEnd", "find", "findIndex", "findLast", "findLastIndex",
        "fill", "copyWithin", "flat", "flatMap", "at", "assign", "entries", "values", "fromEntries", "trimStart", "trimEnd",
        "isInteger", "isSafeInteger", "replaceAll", "matchAll", "codePointAt", "normalize", "sign", "trunc", "log10", "log2",
        "cbrt", "hypot", "from", "of",
    };
    static readonly HashSet<string> NotEs5Globals = new(StringComparer.Ordinal)
    {
        "Map", "Set", "WeakMap", "WeakSet", "Promise", "Symbol", "Proxy", "Reflect", "BigInt", "globalThis", "Intl",
    };

    static readonly ParserOptions Es5 = new() { EcmaVersion = EcmaVersion.ES5 };

    /// <summary>Parses and checks an expression; reports problems at <paramref name="at"/> and returns null when it is unusable.</summary>
    internal static FormExpression? Parse(string text, SourceRef at, Action<SourceRef, string, object?[]> report)
    {
        Script program;
        try
        {
            program = new Parser(Es5).ParseScript(text);
        }
        catch (ParseErrorException e)
        {
            report(at, "DEF-FORM-EXPR-SYNTAX", [text, e.Error.Description]);
            return null;
        }
        if (program.Body.Count != 1 || program.Body.First() is not ExpressionStatement statement)
        {
            report(at, "DEF-FORM-EXPR-SINGLE", [text]);
            return null;
        }
        var walker = new Walker();
        walker.Visit(statement.Expression);
        if (walker.Problem is { } problem)
        {
            report(at, problem.Code, [text, problem.Detail]);
            return null;
        }
        return new FormExpression(text, at, walker.Data, walker.Row, walker.AllData);
    }

    public override string ToString() => Text;

    sealed class Walker
    {
        public HashSet<string> Data { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Row { get; } = new(StringComparer.Ordinal);
        public bool AllData { get; private set; }
        public (string Code, string Detail)? Problem { get; private set; }

        public void Visit(Node? node)
        {
            if (node is null || Problem is not null) return;
            switch (node)
            {
                case FunctionExpression:
                    Problem = ("DEF-FORM-EXPR-FORBIDDEN", "function"); return;
                case AssignmentExpression:
                    Problem = ("DEF-FORM-EXPR-FORBIDDEN", "="); return;
                case UpdateExpression:
                    Problem = ("DEF-FORM-EXPR-FORBIDDEN", "++/--"); return;
                case UnaryExpression { Operator: Operator.Delete }:
                    Problem = ("DEF-FORM-EXPR-FORBIDDEN", "delete"); return;
                case Identifier id when id.Name.StartsWith('$') || id.Name is "input" or "eval" or "Function":
                    Problem = ("DEF-FORM-EXPR-FORBIDDEN", id.Name); return; // the evaluator's own names, and ways round "no functions"
                case Identifier id when NotEs5Globals.Contains(id.Name):
                    Problem = ("DEF-FORM-EXPR-ES5", id.Name); return;
                case Identifier { Name: "data" }:
                    AllData = true; return;
                case MemberExpression m:
                    var name = m.Computed ? (m.Property as StringLiteral)?.Value : (m.Property as Identifier)?.Name;
                    if (!m.Computed && name is not null && NotEs5Members.Contains(name)) { Problem = ("DEF-FORM-EXPR-ES5", name); return; }
                    if (m.Object is Identifier { Name: "data" } && name is not null) Data.Add(name);
                    else if (m.Object is Identifier { Name: "row" } && name is not null) Row.Add(name);
                    else Visit(m.Object);
                    if (m.Computed) Visit(m.Property);
                    return;
                case Property p:
                    Visit(p.Value); return;
            }
            foreach (var child in node.ChildNodes) Visit(child);
        }
    }
}
