using System.Text.RegularExpressions;
using Acornima.Ast;
using Jint;
using Governance.Core.Messages;

namespace Governance.Core.Expressions;

/// <summary>
/// A script parsed once (per definition version) and evaluated many times. As in Elsa, a script body may
/// <c>return</c> a value; otherwise its value is that of its last expression statement. Parsing also records the
/// global names the script reads, so an evaluation installs only the accessors it can reach.
/// </summary>
public sealed partial class PreparedScript
{
    static readonly ScriptPreparationOptions Options = new()
    {
        ParsingOptions = new ScriptParsingOptions { AllowReturnOutsideFunction = true },
        CollectReferencedGlobals = true,
    };

    // Code that reaches globals without naming them (eval, the Function constructor, globalThis) needs every accessor.
    static readonly string[] DynamicGlobals = ["eval", "Function", "globalThis"];

    internal Prepared<Script> Program { get; }
    public string Source { get; }

    /// <summary>The globals the script names, or null when it may reach any (then every accessor is installed).</summary>
    internal IReadOnlySet<string>? Globals { get; }

    /// <summary>Variables the script reads or writes as <c>variables.Name</c> (Elsa copies just these in and back out).</summary>
    internal IReadOnlyList<string> VariableMembers { get; }

    PreparedScript(string source, Prepared<Script> program)
    {
        Source = source;
        Program = program;
        var referenced = program.ReferencedGlobals;
        Globals = referenced is null || referenced.HasDirectEvalCall || DynamicGlobals.Any(referenced.Contains)
            ? null : referenced.ToHashSet(StringComparer.Ordinal);
        VariableMembers = VariablesMember().Matches(source).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>True when an evaluation must provide the global <paramref name="name"/>.</summary>
    internal bool Reads(string name) => Globals is null || Globals.Contains(name);

    /// <summary>Parses the script (ES2023); throws <see cref="ExpressionException"/> (WF-SCRIPT-SYNTAX) when it does not parse.</summary>
    public static PreparedScript Parse(string source)
    {
        try
        {
            return new PreparedScript(source, Engine.PrepareScript(source, options: Options));
        }
        catch (ScriptPreparationException e)
        {
            var detail = e.InnerException is Acornima.ParseErrorException parse
                ? Text.Format("WF-SCRIPT-SYNTAX-AT", parse.Error.Description, parse.Error.LineNumber, parse.Error.Column)
                : e.Message;
            throw new ExpressionException("WF-SCRIPT-SYNTAX", Text.Format("WF-SCRIPT-SYNTAX", detail), e);
        }
    }

    [GeneratedRegex(@"variables\.(\w+)")]
    private static partial Regex VariablesMember();
}
