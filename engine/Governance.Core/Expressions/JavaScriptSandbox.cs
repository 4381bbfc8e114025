using System.Globalization;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;
using Governance.Core.Messages;

namespace Governance.Core.Expressions;

/// <summary>
/// Evaluates prepared scripts in Jint 2.10 (ES5.1) with time, statement, recursion and allocation limits and
/// no CLR access. Every evaluation gets a fresh engine, so instances never see each other's values.
/// </summary>
public sealed partial class JavaScriptSandbox(SandboxOptions? options = null)
{
    public SandboxOptions Options { get; } = options ?? SandboxOptions.Default;

    public JsonNode? Evaluate(PreparedScript script, IExpressionScope scope)
    {
        var limits = Options;
        var engine = new Engine(o =>
        {
            o.TimeoutInterval(limits.Timeout).MaxStatements(limits.MaxStatements).LimitRecursion(limits.MaxRecursion)
             .Culture(CultureInfo.InvariantCulture).Strict(false);
            if (limits.MaxAllocatedBytes > 0) o.DebugMode();
        });
        if (limits.MaxAllocatedBytes > 0)
        {
            var start = GC.GetAllocatedBytesForCurrentThread();
            engine.Step += (_, _) =>
            {
                if (GC.GetAllocatedBytesForCurrentThread() - start > limits.MaxAllocatedBytes) throw new MemoryLimitException();
                return Jint.Runtime.Debugger.StepMode.Into;
            };
        }
        Bind(engine, scope);
        try
        {
            return JsonJs.ToJson(engine, engine.Execute(script.Program).GetCompletionValue());
        }
        catch (TimeoutException e)
        {
            throw new ExpressionException("WF-SCRIPT-TIMEOUT", Text.Format("WF-SCRIPT-TIMEOUT", limits.Timeout.TotalMilliseconds), e);
        }
        catch (StatementsCountOverflowException e)
        {
            throw new ExpressionException("WF-SCRIPT-STATEMENTS", Text.Format("WF-SCRIPT-STATEMENTS", limits.MaxStatements), e);
        }
        catch (RecursionDepthOverflowException e)
        {
            throw new ExpressionException("WF-SCRIPT-RECURSION", Text.Format("WF-SCRIPT-RECURSION", limits.MaxRecursion), e);
        }
        catch (MemoryLimitException e)
        {
            throw new ExpressionException("WF-SCRIPT-MEMORY", Text.Format("WF-SCRIPT-MEMORY", limits.MaxAllocatedBytes / 1024 / 1024), e);
        }
        catch (JavaScriptException e)
        {
            throw new ExpressionException("WF-SCRIPT-ERROR", Text.Format("WF-SCRIPT-ERROR-LINE", e.Message, e.LineNumber), e);
        }
        catch (Exception e) when (e is not ExpressionException and not OutOfMemoryException)
        {
            throw new ExpressionException("WF-SCRIPT-ERROR", Text.Format("WF-SCRIPT-ERROR", e.Message), e);
        }
    }

    static void Bind(Engine engine, IExpressionScope scope)
    {
        var variables = engine.Object.Construct([]);
        foreach (var name in scope.VariableNames)
        {
            var n = name;
            var getter = new ClrFunctionInstance(engine, (_, _) => JsonJs.ToJs(engine, scope.GetVariable(n)));
            var setter = new ClrFunctionInstance(engine, (_, args) =>
            {
                scope.SetVariable(n, JsonJs.ToJson(engine, args.Length > 0 ? args[0] : JsValue.Undefined));
                return JsValue.Undefined;
            });
            variables.DefineOwnProperty(n, new PropertyDescriptor(getter, setter, true, false), false);
            if (!IsIdentifier(n)) continue;
            engine.Global.FastAddProperty("get" + n, getter, true, false, true);
            engine.Global.FastAddProperty("set" + n, setter, true, false, true);
        }
        engine.Global.FastAddProperty("variables", variables, true, false, true);
        engine.Global.FastAddProperty("getVariable", new ClrFunctionInstance(engine, (_, a) =>
            JsonJs.ToJs(engine, scope.GetVariable(Arg(a, 0)))), true, false, true);
        engine.Global.FastAddProperty("setVariable", new ClrFunctionInstance(engine, (_, a) =>
        {
            scope.SetVariable(Arg(a, 0), JsonJs.ToJson(engine, a.Length > 1 ? a[1] : JsValue.Undefined));
            return JsValue.Undefined;
        }), true, false, true);
        engine.Global.FastAddProperty("getInput", new ClrFunctionInstance(engine, (_, a) =>
            JsonJs.ToJs(engine, scope.GetInput(Arg(a, 0)))), true, false, true);
        var input = engine.Object.Construct([]);
        foreach (var (key, value) in scope.Inputs) input.FastAddProperty(key, JsonJs.ToJs(engine, value), true, true, true);
        engine.Global.FastAddProperty("input", input, true, false, true);
        engine.Global.FastAddProperty("getWorkflowInstanceId", new ClrFunctionInstance(engine, (_, _) => new JsValue(scope.InstanceId)), true, false, true);
        engine.Global.FastAddProperty("getWorkflowDefinitionId", new ClrFunctionInstance(engine, (_, _) => new JsValue(scope.DefinitionId)), true, false, true);
        engine.Global.FastAddProperty("isNullOrEmpty", new ClrFunctionInstance(engine, (_, a) =>
            new JsValue(a.Length == 0 || a[0].IsNull() || a[0].IsUndefined() || a[0].IsString() && a[0].AsString().Length == 0)), true, false, true);
        if (scope.OutcomeSink is { } sink)
        {
            engine.Global.FastAddProperty("setOutcome", new ClrFunctionInstance(engine, (_, a) =>
            {
                sink([Arg(a, 0)]);
                return JsValue.Undefined;
            }), true, false, true);
            engine.Global.FastAddProperty("setOutcomes", new ClrFunctionInstance(engine, (_, a) =>
            {
                var node = a.Length > 0 ? JsonJs.ToJson(engine, a[0]) : null;
                sink(node is JsonArray arr ? arr.Select(x => x?.ToString() ?? "").ToList() : []);
                return JsValue.Undefined;
            }), true, false, true);
        }
    }

    static string Arg(JsValue[] args, int i) => args.Length > i && !args[i].IsUndefined() && !args[i].IsNull() ? TypeConverter.ToString(args[i]) : "";

    static bool IsIdentifier(string s) =>
        s.Length > 0 && (char.IsLetter(s[0]) || s[0] is '_' or '$') && s.All(c => char.IsLetterOrDigit(c) || c is '_' or '$');

    sealed class MemoryLimitException : Exception;
}
