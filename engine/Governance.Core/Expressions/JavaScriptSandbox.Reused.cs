using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;
using Governance.Core.Messages;

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
    /// <param name="script">The script; it sees <c>input</c>, an object of <paramref name="inputs"/>.</param>
    /// <param name="inputs">The values the script reads.</param>
    /// <param name="library">Function declarations run once when the engine is made (then frozen with the rest), so
    /// that helpers are not re-created at each evaluation; the fresh-engine path runs them before the script.</param>
    public JsonNode? EvaluateReused(PreparedScript script, IReadOnlyList<KeyValuePair<string, JsonNode?>> inputs, PreparedScript? library = null)
    {
        var limits = Options;
        if (limits.MaxAllocatedBytes > 0)
            return Evaluate(library is null ? script : PreparedScript.Parse(library.Source + "\n" + script.Source), new InputOnlyScope(inputs));
        ReusedEngine? r = null;
        try
        {
            r = reused is { } existing && existing.Limits == limits && existing.Library == library ? existing : reused = new ReusedEngine(limits, library);
            r.Input = BuildInput(r.Engine, inputs);
            return FromJs(r.Engine, r.Engine.Execute(script.Program).GetCompletionValue());
        }
        catch (Exception e) when (e is not ExpressionException and not OutOfMemoryException)
        {
            throw e switch
            {
                TimeoutException => new ExpressionException("WF-SCRIPT-TIMEOUT", Text.Format("WF-SCRIPT-TIMEOUT", limits.Timeout.TotalMilliseconds), e),
                StatementsCountOverflowException => new ExpressionException("WF-SCRIPT-STATEMENTS", Text.Format("WF-SCRIPT-STATEMENTS", limits.MaxStatements), e),
                RecursionDepthOverflowException => new ExpressionException("WF-SCRIPT-RECURSION", Text.Format("WF-SCRIPT-RECURSION", limits.MaxRecursion), e),
                JavaScriptException js => new ExpressionException("WF-SCRIPT-ERROR", Text.Format("WF-SCRIPT-ERROR-LINE", js.Message, js.LineNumber), e),
                _ => new ExpressionException("WF-SCRIPT-ERROR", Text.Format("WF-SCRIPT-ERROR", e.Message), e),
            };
        }
        finally
        {
            if (r is not null) r.Input = JsValue.Null;
        }
    }

    static JsValue BuildInput(Engine engine, IReadOnlyList<KeyValuePair<string, JsonNode?>> inputs)
    {
        var input = engine.Object.Construct([]);
        foreach (var (key, value) in inputs) input.FastAddProperty(key, ToJs(engine, value), true, true, true);
        return input;
    }

    // Objects and arrays are built and read directly: Jint 2's JSON parser and stringifier, which JsonJs goes
    // through, cost about 50 µs for a 40-field form, several times the evaluation itself.
    static JsValue ToJs(Engine engine, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                var obj = engine.Object.Construct(Arguments.Empty);
                foreach (var (k, v) in o) obj.FastAddProperty(k, ToJs(engine, v), true, true, true);
                return obj;
            case JsonArray a:
                var arr = engine.Array.Construct(Arguments.Empty);
                for (var i = 0; i < a.Count; i++) arr.Put(i.ToString(System.Globalization.CultureInfo.InvariantCulture), ToJs(engine, a[i]), false);
                return arr;
            default:
                return JsonJs.ToJs(engine, node);
        }
    }

    /// <summary>As JSON.stringify would see it: functions and undefined members dropped, undefined array slots null.</summary>
    static JsonNode? FromJs(Engine engine, JsValue value)
    {
        // A number as JSON text gives, like the JSON path did, a value that reads as double, long or decimal alike.
        if (value.IsNumber())
            return double.IsFinite(value.AsNumber()) ? JsonNode.Parse(value.AsNumber().ToString("R", System.Globalization.CultureInfo.InvariantCulture)) : null;
        if (!value.IsObject() || value.IsDate() || value.IsRegExp()) return JsonJs.ToJson(engine, value);
        var o = value.AsObject();
        if (o is Jint.Native.Function.FunctionInstance) return null;
        if (o.Class == "Array")
        {
            var length = (long)TypeConverter.ToNumber(o.Get("length"));
            var list = new JsonArray();
            for (var i = 0L; i < length; i++) list.Add(FromJs(engine, o.Get(i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            return list;
        }
        if (o.Class != "Object") return JsonJs.ToJson(engine, value); // boxed primitives and the like: the slow, exact path
        var result = new JsonObject();
        foreach (var (key, descriptor) in o.GetOwnProperties())
        {
            if (descriptor.Enumerable != true) continue;
            var member = descriptor.Value ?? o.Get(key);
            if (member.IsUndefined() || member.IsObject() && member.AsObject() is Jint.Native.Function.FunctionInstance) continue;
            result[key] = FromJs(engine, member);
        }
        return result;
    }

    sealed class ReusedEngine
    {
        const string FreezeAll =
            "(function (g) { var names = Object.getOwnPropertyNames(g); for (var i = 0; i < names.length; i++) { var v = g[names[i]];" +
            " if (v !== null && (typeof v === 'object' || typeof v === 'function')) { Object.freeze(v); if (v.prototype) Object.freeze(v.prototype); } }" +
            " Object.freeze(g); })(this)";

        public ReusedEngine(SandboxOptions limits, PreparedScript? library)
        {
            Limits = limits;
            Library = library;
            Engine = new Engine(o => o.TimeoutInterval(limits.Timeout).MaxStatements(limits.MaxStatements).LimitRecursion(limits.MaxRecursion)
                .Culture(System.Globalization.CultureInfo.InvariantCulture).Strict(false));
            var getter = new ClrFunctionInstance(Engine, (_, _) => Input);
            Engine.Global.DefineOwnProperty("input", new PropertyDescriptor(getter, JsValue.Undefined, false, false), false);
            Engine.Global.FastAddProperty("isNullOrEmpty", new ClrFunctionInstance(Engine, (_, a) =>
                new JsValue(a.Length == 0 || a[0].IsNull() || a[0].IsUndefined() || a[0].IsString() && a[0].AsString().Length == 0)), true, false, true);
            if (library is not null) Engine.Execute(library.Program);
            Engine.Execute(FreezeAll);
        }

        public SandboxOptions Limits { get; }
        public PreparedScript? Library { get; }
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
