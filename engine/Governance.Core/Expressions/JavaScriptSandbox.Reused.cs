using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Governance.Core.Expressions;

public sealed partial class JavaScriptSandbox
{
    [ThreadStatic] static ReusedEngine? reused;

    /// <summary>
    /// Evaluates a script that sees only <c>input</c> (the given values) on an engine kept per thread and reused.
    /// Creating a Jint engine costs about 40 µs, more than a whole form submission is allowed to, so forms use
    /// this. What one evaluation could leave behind for the next is frozen when the engine is made: every built-in
    /// object, its prototype and the global object, so an assignment to a global or a prototype has no effect
    /// (and throws in strict mode). The same time, statement and recursion limits apply. When
    /// <see cref="SandboxOptions.MaxAllocatedBytes"/> is set, the per-statement allocation check needs a fresh
    /// engine, so that path is taken instead.
    /// </summary>
    public JsonNode? EvaluateReused(PreparedScript script, IReadOnlyList<KeyValuePair<string, JsonNode?>> inputs)
    {
        var limits = Options;
        if (limits.MaxAllocatedBytes > 0) return Evaluate(script, new InputOnlyScope(inputs));
        var r = reused is { } existing && existing.Limits == limits ? existing : reused = new ReusedEngine(limits);
        try
        {
            r.Input = BuildInput(r.Engine, inputs);
            return JsonJs.ToJson(r.Engine, r.Engine.Execute(script.Program).GetCompletionValue());
        }
        catch (Exception e) when (e is not ExpressionException and not OutOfMemoryException)
        {
            throw e switch
            {
                TimeoutException => new ExpressionException("WF-SCRIPT-TIMEOUT", $"脚本运行超过 {limits.Timeout.TotalMilliseconds:0} 毫秒，已被终止", e),
                StatementsCountOverflowException => new ExpressionException("WF-SCRIPT-STATEMENTS", $"脚本执行的语句超过 {limits.MaxStatements} 条，已被终止", e),
                RecursionDepthOverflowException => new ExpressionException("WF-SCRIPT-RECURSION", $"脚本递归深度超过 {limits.MaxRecursion}，已被终止", e),
                JavaScriptException js => new ExpressionException("WF-SCRIPT-ERROR", $"脚本出错：{js.Message}（第 {js.LineNumber} 行）", e),
                _ => new ExpressionException("WF-SCRIPT-ERROR", $"脚本出错：{e.Message}", e),
            };
        }
        finally
        {
            r.Input = JsValue.Null;
        }
    }

    static JsValue BuildInput(Engine engine, IReadOnlyList<KeyValuePair<string, JsonNode?>> inputs)
    {
        var input = engine.Object.Construct([]);
        foreach (var (key, value) in inputs) input.FastAddProperty(key, JsonJs.ToJs(engine, value), true, true, true);
        return input;
    }

    sealed class ReusedEngine
    {
        const string FreezeAll =
            "(function (g) { var names = Object.getOwnPropertyNames(g); for (var i = 0; i < names.length; i++) { var v = g[names[i]];" +
            " if (v !== null && (typeof v === 'object' || typeof v === 'function')) { Object.freeze(v); if (v.prototype) Object.freeze(v.prototype); } }" +
            " Object.freeze(g); })(this)";

        public ReusedEngine(SandboxOptions limits)
        {
            Limits = limits;
            Engine = new Engine(o => o.TimeoutInterval(limits.Timeout).MaxStatements(limits.MaxStatements).LimitRecursion(limits.MaxRecursion)
                .Culture(System.Globalization.CultureInfo.InvariantCulture).Strict(false));
            var getter = new ClrFunctionInstance(Engine, (_, _) => Input);
            Engine.Global.DefineOwnProperty("input", new PropertyDescriptor(getter, JsValue.Undefined, false, false), false);
            Engine.Global.FastAddProperty("isNullOrEmpty", new ClrFunctionInstance(Engine, (_, a) =>
                new JsValue(a.Length == 0 || a[0].IsNull() || a[0].IsUndefined() || a[0].IsString() && a[0].AsString().Length == 0)), false, false, false);
            Engine.Execute(FreezeAll);
        }

        public SandboxOptions Limits { get; }
        public Engine Engine { get; }
        public JsValue Input { get; set; } = JsValue.Null;
    }

    /// <summary>The scope of the fresh-engine path: the inputs and nothing else.</summary>
    sealed class InputOnlyScope(IReadOnlyList<KeyValuePair<string, JsonNode?>> inputs) : IExpressionScope
    {
        public string InstanceId => "";
        public string DefinitionId => "";
        public IReadOnlyList<string> VariableNames => [];
        public JsonNode? GetVariable(string name) => null;
        public void SetVariable(string name, JsonNode? value) { }
        public JsonNode? GetInput(string name) => inputs.FirstOrDefault(i => i.Key == name).Value;
        public IEnumerable<KeyValuePair<string, JsonNode?>> Inputs => inputs;
        public Action<IReadOnlyList<string>>? OutcomeSink => null;
    }
}
