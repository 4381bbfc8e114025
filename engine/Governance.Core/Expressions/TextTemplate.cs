using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using Governance.Core.Messages;

namespace Governance.Core.Expressions;

/// <summary>
/// A Liquid-style text template (<c>Hello {{ Variables.Name }}</c>) rendered with Handlebars.Net. The subset
/// both languages share works; Liquid tags ({% … %}) and filters (| upcase) are rejected when the template is
/// compiled, which happens at validation, so they never surprise at run time.
/// </summary>
public sealed partial class TextTemplate
{
    static readonly IHandlebars Handlebars = HandlebarsDotNet.Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });
    readonly HandlebarsTemplate<object, object> compiled;
    public string Source { get; }

    TextTemplate(string source, HandlebarsTemplate<object, object> compiled) { Source = source; this.compiled = compiled; }

    /// <summary>Compiles a template; throws <see cref="ExpressionException"/> (WF-TEMPLATE-INVALID) when it cannot render.</summary>
    public static TextTemplate Compile(string source)
    {
        if (source.Contains("{%", StringComparison.Ordinal))
            throw Invalid(source, Text.Format("WF-TEMPLATE-LIQUID-TAG"));
        if (FilterPattern().IsMatch(source))
            throw Invalid(source, Text.Format("WF-TEMPLATE-LIQUID-FILTER"));
        try
        {
            var template = new TextTemplate(source, Handlebars.Compile(source));
            template.compiled(new Dictionary<string, object?>()); // a helper that does not exist fails here, not at run time
            return template;
        }
        catch (Exception e) when (e is HandlebarsException or InvalidOperationException or ArgumentException)
        {
            throw Invalid(source, e.Message);
        }
    }

    public string Render(IExpressionScope scope)
    {
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in scope.VariableNames) variables[name] = Plain(scope.GetVariable(name));
        var input = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in scope.Inputs) input[k] = Plain(v);
        var context = new Dictionary<string, object?>(variables, StringComparer.Ordinal)
        {
            ["Variables"] = variables,
            ["Input"] = input,
            ["Workflow"] = new Dictionary<string, object?> { ["Id"] = scope.InstanceId, ["DefinitionId"] = scope.DefinitionId },
            ["WorkflowInstanceId"] = scope.InstanceId,
            ["WorkflowDefinitionId"] = scope.DefinitionId,
        };
        try { return compiled(context); }
        catch (Exception e) when (e is HandlebarsException or InvalidOperationException)
        {
            throw new ExpressionException("WF-TEMPLATE-ERROR", Text.Format("WF-TEMPLATE-ERROR", e.Message), e);
        }
    }

    static object? Plain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => Plain(p.Value)),
        JsonArray a => a.Select(Plain).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => JsonNumbers.Number(v) is var d && d == Math.Floor(d) ? (object)(long)d : d,
            _ => null,
        },
        _ => null,
    };

    static ExpressionException Invalid(string source, string why) =>
        new("WF-TEMPLATE-INVALID", Text.Format("WF-TEMPLATE-INVALID", source.Length > 60 ? source[..60] + "…" : source, why));

    [GeneratedRegex(@"\{\{[^}]*[^|]\|[^|][^}]*\}\}")]
    private static partial Regex FilterPattern();
}
