using System.Text.RegularExpressions;

namespace Governance.Core.Expressions;

/// <summary>
/// How Elsa 3 names the accessors it generates: a variable <c>orderTotal</c> is read with <c>getOrderTotal()</c> and
/// written with <c>setOrderTotal(v)</c>; an output <c>result</c> of the activity <c>WriteLine1</c> is read with
/// <c>getResultFromWriteLine1()</c>. Only names made of letters and digits get accessors, as in Elsa.
/// </summary>
public static partial class ElsaNames
{
    /// <summary>Elsa's (Humanizer's) PascalCase: the first ASCII letter and each one after a space, '_' or '-' upper-cased, the separators dropped.</summary>
    public static string Pascalize(string name) => PascalizePattern().Replace(name, m => m.Groups[1].Value.ToUpperInvariant());

    /// <summary>Elsa generates accessors only for names of letters and digits (so a name like <c>my_var</c> has none).</summary>
    public static bool IsValidVariableName(string name) => !string.IsNullOrWhiteSpace(name) && name.All(char.IsLetterOrDigit);

    public static string Getter(string variable) => "get" + Pascalize(variable);

    public static string Setter(string variable) => "set" + Pascalize(variable);

    /// <summary>The accessor of an activity output, e.g. <c>getParsedContentFromHttpEndpoint1</c>.</summary>
    public static string OutputGetter(string output, string activity) => "get" + Pascalize(output) + "From" + Pascalize(activity);

    [GeneratedRegex("(?:[ _-]+|^)([a-zA-Z])")]
    private static partial Regex PascalizePattern();
}
