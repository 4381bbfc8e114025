using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace Governance.Core.Expressions;

/// <summary>
/// The globals a workflow script sees, named and behaving as in Elsa 3: <c>getOrderTotal()</c>/<c>setOrderTotal(v)</c>
/// for each variable, <c>variables.OrderTotal</c>, <c>get{Input}()</c> for each declared workflow input,
/// <c>get{Output}From{Activity}()</c> for activity outputs, and the common functions (<see cref="ScriptFunctions"/>).
/// Only what the script names is installed. Nothing of the CLR is reachable.
/// </summary>
internal static class ScriptGlobals
{
    public static void Bind(Engine engine, IExpressionScope scope, PreparedScript script)
    {
        var container = script.Reads("variables") ? CopyVariablesIn(engine, scope, script) : null;
        // Elsa's order: variable accessors, then input accessors (which win over a variable of the same name), then outputs.
        foreach (var name in scope.VariableNames)
        {
            if (!ElsaNames.IsValidVariableName(name)) continue;
            var (getter, setter) = (ElsaNames.Getter(name), ElsaNames.Setter(name));
            if (script.Reads(getter)) Set(engine, getter, (_, _) => JsonJs.ToJs(engine, scope.GetVariable(name)));
            if (script.Reads(setter))
                Set(engine, setter, (_, a) =>
                {
                    var value = JsonJs.ToJson(engine, Arg(a, 0));
                    scope.SetVariable(name, value);
                    container?.Set(name, JsonJs.ToJs(engine, value)); // both syntaxes stay in step
                    return JsValue.Undefined;
                });
        }
        foreach (var input in scope.DeclaredInputs)
            if (script.Reads("get" + input)) Set(engine, "get" + input, (_, _) => JsonJs.ToJs(engine, scope.GetInput(input)));
        foreach (var output in scope.OutputAccessors)
            if (script.Reads(output.Name)) Set(engine, output.Name, (_, _) => JsonJs.ToJs(engine, scope.GetOutput(output.ActivityId, output.Output)));
        ScriptFunctions.Bind(engine, scope, script, container);
    }

    /// <summary>After the script: what it left in <c>variables</c> goes back to the workflow, as Elsa copies it back.</summary>
    public static void CopyVariablesOut(Engine engine, IExpressionScope scope)
    {
        if (engine.Global.Get("variables") is not JsObject container) return;
        foreach (var (key, descriptor) in container.GetOwnProperties())
        {
            if (!key.IsString() || descriptor.Value is not { } value || value.IsUndefined()) continue;
            scope.SetVariable(key.AsString(), JsonJs.ToJson(engine, value));
        }
    }

    // Only the variables the script names as variables.X are copied in (Elsa does the same); copies, so an object
    // changed in place (variables.Case.status = …) is written back whole when the script ends.
    static JsObject CopyVariablesIn(Engine engine, IExpressionScope scope, PreparedScript script)
    {
        var container = new JsObject(engine);
        foreach (var name in script.VariableMembers)
            if (scope.VariableNames.Contains(name)) container.CreateDataProperty(name, JsonJs.ToJs(engine, scope.GetVariable(name)));
        engine.SetValue("variables", container);
        return container;
    }

    internal static void Set(Engine engine, string name, Func<JsValue, JsValue[], JsValue> body) =>
        engine.SetValue(name, new ClrFunction(engine, name, body));

    internal static JsValue Arg(JsValue[] args, int i) => args.Length > i ? args[i] : JsValue.Undefined;

    internal static string Text(JsValue[] args, int i) =>
        args.Length > i && !args[i].IsUndefined() && !args[i].IsNull() ? TypeConverter.ToString(args[i]) : "";
}
