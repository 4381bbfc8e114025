using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Governance.Core.Expressions;

public sealed partial class JavaScriptSandbox
{
    [ThreadStatic] static ReusedEngine? reused;

    /// <summary>
    /// Evaluates a script that sees only <c>input</c> (the given values) on an engine kept per thread and reused.
    /// Creating an engine costs more than a whole form submission is allowed to, so forms use this. What one
    /// evaluation could leave behind for the next is frozen when the engine is made: every built-in object, its
    /// prototype and the global object, so an assignment to a global or a prototype has no effect (and throws in
    /// strict mode). The same time, statement, recursion and memory limits apply: Jint resets them per evaluation.
    /// </summary>
    /// <param name="script">The script; it sees <c>input</c>, an object of <paramref name="inputs"/>.</param>
    /// <param name="inputs">The values the script reads.</param>
    /// <param name="library">Function declarations run once when the engine is made (then frozen with the rest), so
    /// that helpers are not re-created at each evaluation.</param>
    public JsonNode? EvaluateReused(PreparedScript script, IReadOnlyList<KeyValuePair<string, JsonNode?>> inputs, PreparedScript? library = null)
    {
        ReusedEngine? r = null;
        try
        {
            return Run(() =>
            {
                r = reused is { } existing && existing.Limits == Options && existing.Time == time && existing.Library == library
                    ? existing : reused = new ReusedEngine(this, library);
                var input = new JsObject(r.Engine);
                foreach (var (key, value) in inputs) input.CreateDataProperty(key, JsonJs.ToJs(r.Engine, value));
                r.Input = input;
                return JsonJs.ToJson(r.Engine, r.Engine.Evaluate(script.Program), numbersAsText: true);
            });
        }
        finally
        {
            if (r is not null) r.Input = JsValue.Null;
        }
    }

    sealed class ReusedEngine
    {
        const string FreezeAll =
            "(function (g) { var names = Object.getOwnPropertyNames(g); for (var i = 0; i < names.length; i++) { var v = g[names[i]];" +
            " if (v !== null && (typeof v === 'object' || typeof v === 'function')) { Object.freeze(v); if (v.prototype) Object.freeze(v.prototype); } }" +
            " Object.freeze(g); })(this)";

        // The first engine of a process spends seconds compiling Jint itself (longer on a loaded machine): done once,
        // without limits, so that no form's time limit pays for it.
        static readonly Lazy<bool> Warmed = new(() => new Engine().Evaluate(FreezeAll) is not null);

        public ReusedEngine(JavaScriptSandbox owner, PreparedScript? library)
        {
            _ = Warmed.Value;
            Limits = owner.Options;
            Time = owner.time;
            Library = library;
            Engine = new Engine(owner.Configure);
            var getter = new ClrFunction(Engine, "input", (_, _) => Input);
            Engine.Global.DefineOwnProperty("input", new GetSetPropertyDescriptor(getter, JsValue.Undefined, false, false));
            Engine.SetValue("isNullOrEmpty", new ClrFunction(Engine, "isNullOrEmpty", (_, a) =>
                a.Length == 0 || a[0].IsNull() || a[0].IsUndefined() || a[0].IsString() && a[0].AsString().Length == 0 ? JsBoolean.True : JsBoolean.False));
            if (library is not null) Engine.Execute(library.Program);
            Engine.Execute(FreezeAll);
        }

        public SandboxOptions Limits { get; }
        public object? Time { get; }
        public PreparedScript? Library { get; }
        public Engine Engine { get; }
        public JsValue Input { get; set; } = JsValue.Null;
    }
}
