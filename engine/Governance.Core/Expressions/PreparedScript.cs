using Jint.Parser;
using Jint.Parser.Ast;
using Governance.Core.Messages;

namespace Governance.Core.Expressions;

/// <summary>
/// A script parsed once (per definition version) and evaluated many times. Following Elsa, a script body may
/// <c>return</c> a value; otherwise its value is that of its last expression statement.
/// </summary>
public sealed class PreparedScript
{
    internal Program Program { get; }
    public string Source { get; }

    PreparedScript(string source, Program program) { Source = source; Program = program; }

    /// <summary>Parses the script; throws <see cref="ExpressionException"/> (WF-SCRIPT-SYNTAX) when it does not parse.</summary>
    public static PreparedScript Parse(string source)
    {
        try
        {
            return new PreparedScript(source, new JavaScriptParser().Parse(source));
        }
        catch (ParserException e) when (e.Message.Contains("Illegal return", StringComparison.Ordinal))
        {
            return Wrapped(source);
        }
        catch (ParserException e)
        {
            throw new ExpressionException("WF-SCRIPT-SYNTAX", Text.Format("WF-SCRIPT-SYNTAX", e.Message));
        }
    }

    static PreparedScript Wrapped(string source)
    {
        try
        {
            return new PreparedScript(source, new JavaScriptParser().Parse("(function(){\n" + source + "\n})()"));
        }
        catch (ParserException e)
        {
            throw new ExpressionException("WF-SCRIPT-SYNTAX", Text.Format("WF-SCRIPT-SYNTAX", e.Message));
        }
    }
}
