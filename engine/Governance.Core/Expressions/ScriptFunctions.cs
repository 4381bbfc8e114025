using System.Text;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using static Governance.Core.Expressions.ScriptGlobals;

namespace Governance.Core.Expressions;

/// <summary>
/// Elsa 3's common JavaScript functions (workflow ids, correlation id, getVariable/setVariable, getInput,
/// getOutputFrom, getLastResult, isNullOrEmpty, toJson, GUIDs, Base64) and RunJavaScript's setOutcome(s).
/// Functions over .NET byte arrays and streams are left out: scripts here never hold CLR objects.
/// </summary>
internal static class ScriptFunctions
{
    public static void Bind(Engine engine, IExpressionScope scope, PreparedScript script, JsObject? container)
    {
        void Add(string name, Func<JsValue[], JsValue> body)
        {
            if (script.Reads(name)) Set(engine, name, (_, a) => body(a));
        }

        Add("getWorkflowDefinitionId", _ => new JsString(scope.DefinitionId));
        Add("getWorkflowDefinitionVersionId", _ => new JsString($"{scope.DefinitionId}:{scope.DefinitionVersion}"));
        Add("getWorkflowDefinitionVersion", _ => JsNumber.Create(scope.DefinitionVersion));
        Add("getWorkflowInstanceId", _ => new JsString(scope.InstanceId));
        Add("getCorrelationId", _ => scope.CorrelationId is { } id ? new JsString(id) : JsValue.Null);
        Add("setCorrelationId", a => { scope.CorrelationId = Arg(a, 0).IsNull() || Arg(a, 0).IsUndefined() ? null : Text(a, 0); return JsValue.Undefined; });
        Add("getVariable", a => JsonJs.ToJs(engine, scope.GetVariable(Text(a, 0))));
        Add("setVariable", a =>
        {
            var value = JsonJs.ToJson(engine, Arg(a, 1));
            scope.SetVariable(Text(a, 0), value);
            container?.Set(Text(a, 0), JsonJs.ToJs(engine, value));
            return JsValue.Undefined;
        });
        Add("getInput", a => JsonJs.ToJs(engine, scope.GetInput(Text(a, 0))));
        Add("getOutputFrom", a => JsonJs.ToJs(engine, scope.GetOutput(Text(a, 0), Arg(a, 1).IsString() ? Text(a, 1) : null)));
        Add("getLastResult", _ => JsonJs.ToJs(engine, scope.LastResult));
        Add("isNullOrWhiteSpace", a => Arg(a, 0).IsNull() || Arg(a, 0).IsUndefined() || string.IsNullOrWhiteSpace(Text(a, 0)) ? JsBoolean.True : JsBoolean.False);
        Add("isNullOrEmpty", a => Arg(a, 0).IsNull() || Arg(a, 0).IsUndefined() || Text(a, 0).Length == 0 ? JsBoolean.True : JsBoolean.False);
        Add("toJson", a => new JsString(JsonJs.ToJson(engine, Arg(a, 0))?.ToJsonString(JsonScalars.Relaxed) ?? "null"));
        Add("parseGuid", a => new JsString(Guid.Parse(Text(a, 0)).ToString()));
        Add("newGuid", _ => new JsString(Guid.NewGuid().ToString()));
        Add("newGuidString", _ => new JsString(Guid.NewGuid().ToString()));
        Add("getGuidString", _ => new JsString(Guid.NewGuid().ToString()));
        Add("newShortGuid", _ => new JsString(ShortGuid()));
        Add("getShortGuid", _ => new JsString(ShortGuid()));
        Add("stringToBase64", a => new JsString(Convert.ToBase64String(Encoding.UTF8.GetBytes(Text(a, 0)))));
        Add("stringFromBase64", a => new JsString(Encoding.UTF8.GetString(Convert.FromBase64String(Text(a, 0)))));
        if (scope.OutcomeSink is not { } sink) return;
        Add("setOutcome", a => { sink([Text(a, 0)]); return JsValue.Undefined; });
        Add("setOutcomes", a =>
        {
            sink(JsonJs.ToJson(engine, Arg(a, 0)) is JsonArray list ? list.Select(x => JsonScalars.Text(x) ?? "").ToList() : []);
            return JsValue.Undefined;
        });
    }

    static string ShortGuid() => Convert.ToBase64String(Guid.NewGuid().ToByteArray()).Replace("/", "").Replace("+", "").Replace("=", "");
}
