using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Expressions;
using Governance.Core.Messages;

namespace Governance.Core.Workflows.Runtime;

/// <summary>
/// An input expression prepared once per definition version: literals converted, JSON parsed, scripts parsed,
/// templates compiled. A preparation error is kept and raised when the expression is evaluated.
/// </summary>
public sealed class CompiledExpression
{
    public string Syntax { get; }
    public JsonNode? Constant { get; }
    public string? ConstantText { get; }
    public PreparedScript? Script { get; }
    public TextTemplate? Template { get; }
    public string? VariableName { get; }
    public ExpressionException? Error { get; }

    CompiledExpression(string syntax, JsonNode? constant = null, PreparedScript? script = null, TextTemplate? template = null,
        string? variable = null, ExpressionException? error = null)
    {
        Syntax = syntax;
        Constant = constant;
        ConstantText = ValueConverter.AsString(constant);
        Script = script;
        Template = template;
        VariableName = variable;
        Error = error;
    }

    public bool IsConstant => Script is null && Template is null && VariableName is null && Error is null;

    public static CompiledExpression Compile(string syntax, JsonNode? value)
    {
        try
        {
            switch (syntax)
            {
                case "JavaScript":
                    var code = ValueConverter.AsString(value);
                    return string.IsNullOrWhiteSpace(code) ? new(syntax) : new(syntax, script: PreparedScript.Parse(code));
                case "Liquid":
                    var text = ValueConverter.AsString(value) ?? "";
                    return text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal)
                        ? new(syntax, template: TextTemplate.Compile(text)) : new(syntax, JsonValue.Create(text));
                case "Variable":
                    return new(syntax, variable: value is JsonObject o ? o["name"]?.ToString() ?? o["id"]?.ToString() : ValueConverter.AsString(value));
                case "Object" or "Json":
                    return new(syntax, ParseJson(value));
                case "Literal" or "":
                    return new(syntax, value?.DeepClone());
                default:
                    return new(syntax, error: new ExpressionException("WF-EXPRESSION-UNSUPPORTED", Text.Format("WF-EXPRESSION-UNSUPPORTED", syntax)));
            }
        }
        catch (ExpressionException e)
        {
            return new(syntax, error: e);
        }
    }

    static JsonNode? ParseJson(JsonNode? value)
    {
        if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.String) return value?.DeepClone();
        var s = v.GetValue<string>();
        try { return JsonNode.Parse(s); }
        catch (JsonException) { return JsonValue.Create(s); }
    }

    public JsonNode? Evaluate(JavaScriptSandbox sandbox, IExpressionScope scope)
    {
        if (Error is not null) throw Error;
        if (Script is not null) return sandbox.Evaluate(Script, scope);
        if (Template is not null) return JsonValue.Create(Template.Render(scope, sandbox.Clock));
        if (VariableName is not null) return scope.GetVariable(VariableName)?.DeepClone();
        // A copy: an activity may put the value into a JSON object, which would tie the shared constant to it.
        return Constant?.DeepClone();
    }
}
