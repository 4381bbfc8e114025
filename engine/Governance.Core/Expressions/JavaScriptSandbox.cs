using System.Globalization;
using System.Text.Json.Nodes;
using Jint;
using Jint.Runtime;
using Governance.Core.Messages;

namespace Governance.Core.Expressions;

/// <summary>
/// Evaluates prepared scripts in Jint 4 (ES2023: arrow functions, let/const, template literals) with Jint's own
/// time, statement, recursion and memory constraints and no CLR access. Every evaluation gets a fresh engine, so
/// instances never see each other's values. A script's <c>Date</c> reads the injected clock.
/// </summary>
public sealed class JavaScriptSandbox(SandboxOptions? options = null, TimeProvider? clock = null)
{
    readonly ClockTimeSystem? time = clock is null || clock == TimeProvider.System ? null : new ClockTimeSystem(clock);

    public SandboxOptions Options { get; } = options ?? SandboxOptions.Default;

    /// <summary>The clock scripts and templates read as now.</summary>
    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    public JsonNode? Evaluate(PreparedScript script, IExpressionScope scope)
    {
        var engine = new Engine(Configure);
        return Run(() =>
        {
            ScriptGlobals.Bind(engine, scope, script);
            var result = JsonJs.ToJson(engine, engine.Evaluate(script.Program));
            if (script.Reads("variables")) ScriptGlobals.CopyVariablesOut(engine, scope);
            return result;
        });
    }

    void Configure(Options o)
    {
        var limits = Options;
        o.TimeoutInterval(limits.Timeout).LimitRecursion(limits.MaxRecursion).Culture(CultureInfo.InvariantCulture).Strict(false);
        if (limits.MaxStatements > 0) o.MaxStatements(limits.MaxStatements);
        if (limits.MaxAllocatedBytes > 0) o.LimitMemory(limits.MaxAllocatedBytes);
        if (time is not null) o.TimeSystem = time;
    }

    /// <summary>Runs an evaluation and turns what Jint throws into an <see cref="ExpressionException"/> with a Chinese message.</summary>
    JsonNode? Run(Func<JsonNode?> evaluation)
    {
        var limits = Options;
        try
        {
            return evaluation();
        }
        catch (Exception e) when (e is not ExpressionException and not OutOfMemoryException)
        {
            throw e switch
            {
                TimeoutException => new ExpressionException("WF-SCRIPT-TIMEOUT", Text.Format("WF-SCRIPT-TIMEOUT", limits.Timeout.TotalMilliseconds), e),
                StatementsCountOverflowException => new ExpressionException("WF-SCRIPT-STATEMENTS", Text.Format("WF-SCRIPT-STATEMENTS", limits.MaxStatements), e),
                RecursionDepthOverflowException => new ExpressionException("WF-SCRIPT-RECURSION", Text.Format("WF-SCRIPT-RECURSION", limits.MaxRecursion), e),
                MemoryLimitExceededException => new ExpressionException("WF-SCRIPT-MEMORY", Text.Format("WF-SCRIPT-MEMORY", limits.MaxAllocatedBytes / 1024 / 1024), e),
                JavaScriptException js => new ExpressionException("WF-SCRIPT-ERROR", Text.Format("WF-SCRIPT-ERROR-LINE", js.Message, js.Location.Start.Line), e),
                _ => new ExpressionException("WF-SCRIPT-ERROR", Text.Format("WF-SCRIPT-ERROR", e.Message), e),
            };
        }
    }
}
