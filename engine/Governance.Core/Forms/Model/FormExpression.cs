using Governance.Core.Definitions.Model;
using Governance.Core.Forms.Expressions;

namespace Governance.Core.Forms.Model;

/// <summary>
/// An expression of a form (a condition, a calculation or a rule) in the form expression language
/// (definitions/forms/README.md): read into a syntax tree when the form is loaded, so a form the evaluator would
/// refuse never reaches it; interpreted by <see cref="ExprNode.Evaluate"/> on the server and by the same grammar in
/// the browser (designer/src/forms/expr). Nothing of it is ever run as JavaScript.
/// </summary>
public sealed class FormExpression
{
    FormExpression(string text, SourceRef at, ExprNode root)
    {
        Text = text; At = at; Root = root;
        var data = new HashSet<string>(StringComparer.Ordinal);
        var row = new HashSet<string>(StringComparer.Ordinal);
        Collect(root, data, row);
        DataRefs = data; RowRefs = row;
    }

    public string Text { get; }
    public SourceRef At { get; }
    public ExprNode Root { get; }
    /// <summary>Field keys read as <c>data.key</c> or <c>data['key']</c>.</summary>
    public IReadOnlySet<string> DataRefs { get; }
    /// <summary>Column keys read as <c>row.key</c> or <c>row['key']</c> (sub-table column expressions).</summary>
    public IReadOnlySet<string> RowRefs { get; }

    /// <summary>Parses and checks an expression; reports problems at <paramref name="at"/> and returns null when it is refused.</summary>
    internal static FormExpression? Parse(string text, SourceRef at, Action<SourceRef, string, object?[]> report)
    {
        var (root, problem) = ExpressionParser.Parse(text);
        if (problem is not null)
        {
            report(at, problem.Code, [text, .. problem.Args]);
            return null;
        }
        return new FormExpression(text, at, root!);
    }

    public override string ToString() => Text;

    static void Collect(ExprNode node, HashSet<string> data, HashSet<string> row)
    {
        var (target, key) = node switch
        {
            MemberNode m => (m.Target, m.Name),
            IndexNode { Key: LiteralNode { Value.Kind: ExprKind.String } k } i => (i.Target, k.Value.String),
            _ => (null, null),
        };
        if (target is NameNode { Name: "data" or "row" } name)
            (name.Name == "data" ? data : row).Add(key!);
        foreach (var child in node.Children) Collect(child, data, row);
    }
}
