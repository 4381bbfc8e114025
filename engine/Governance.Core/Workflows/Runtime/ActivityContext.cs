using System.Text.Json.Nodes;
using Governance.Core.Expressions;
using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Runtime;

/// <summary>The context of one activity execution; reused across the activities of a burst.</summary>
public sealed class ActivityContext : IActivityContext, IExpressionScope, IJoinState
{
    readonly Burst burst;
    CompiledNode node = null!;
    int slot;
    JoinRound? join;
    Action<IReadOnlyList<string>>? outcomeSink;

    internal ActivityContext(Burst burst) => this.burst = burst;

    // What the activity asked for; the burst applies it after the activity returns.
    internal bool Completed;
    internal string[]? CompletedOutcomes;
    internal IReadOnlyList<string>? CompositeOutcomes;
    internal IReadOnlyList<string>? FinishOutcomes;
    internal FaultInfo? FaultRequest;
    internal List<BookmarkInfo>? NewBookmarks;
    internal bool CancelInbound;

    internal void Begin(CompiledNode next, int inboundSlot, JsonNode? resumeInput)
    {
        node = next;
        slot = inboundSlot;
        join = null;
        ResumeInput = resumeInput;
        Completed = false;
        CompletedOutcomes = null;
        CompositeOutcomes = null;
        FinishOutcomes = null;
        FaultRequest = null;
        NewBookmarks = null;
        CancelInbound = false;
    }

    InstanceState State => burst.State;

    /// <summary>The activity running now, as compiled (its inputs and properties).</summary>
    internal CompiledNode Node => node;
    public string ActivityId => node.Id;
    public string ActivityType => node.Node.Type;
    public string? ActivityName => node.Node.Name;
    public string InstanceId => State.Id;
    public string DefinitionId => State.DefinitionId;
    public int DefinitionVersion => State.DefinitionVersion;
    public TimeProvider Clock => burst.Clock;
    public IServiceProvider Services => burst.Services;
    public bool IsTrigger => State.TriggerActivityId == node.Id && burst.IsTriggerRun;
    public JsonNode? ResumeInput { get; private set; }

    /// <summary>The HTTP request this burst serves (the HTTP activities read and answer it); null outside HTTP.</summary>
    public Http.HttpExchange? Http => burst.Http;

    public IJoinState Join
    {
        get
        {
            if (join is not null) return this;
            var scope = burst.ScopeOf(node.Scope);
            scope.Joins ??= new(StringComparer.Ordinal);
            if (!scope.Joins.TryGetValue(node.Id, out join)) scope.Joins[node.Id] = join = new JoinRound();
            if (slot >= 0 && !join.Arrived.Contains(slot)) join.Arrived.Add(slot);
            return this;
        }
    }

    int IJoinState.InboundConnections => node.InboundCount;
    int IJoinState.Arrived => join!.Arrived.Count;
    bool IJoinState.Fired => join!.Fired;
    void IJoinState.MarkFired() => join!.Fired = true;
    void IJoinState.Reset() { join!.Arrived.Clear(); join.Fired = false; }

    /// <summary>WaitAny: whatever still runs or waits on the other inbound branches is cancelled.</summary>
    public void CancelInboundBranches() => CancelInbound = true;

    public bool HasInput(string name) => node.Inputs.ContainsKey(name);

    public JsonNode? GetInput(string name) =>
        node.Inputs.TryGetValue(name, out var e) ? e.Evaluate(burst.Sandbox, this) : null;

    public T? GetInput<T>(string name)
    {
        if (!node.Inputs.TryGetValue(name, out var e)) return default;
        if (typeof(T) == typeof(string) && e.IsConstant) return (T?)(object?)e.ConstantText;
        return ValueConverter.Convert<T>(e.Evaluate(burst.Sandbox, this));
    }

    public JsonNode? GetProperty(string name) => node.Node.Properties.TryGetPropertyValue(name, out var v) ? v : null;

    public JsonNode? Evaluate(string syntax, JsonNode? expression) =>
        burst.Compiled.Expression(syntax, expression).Evaluate(burst.Sandbox, this);

    /// <summary>Evaluates a script with setOutcome/setOutcomes available (RunJavaScript).</summary>
    public JsonNode? EvaluateScript(string code, Action<IReadOnlyList<string>> outcomes)
    {
        outcomeSink = outcomes;
        try { return burst.Compiled.Expression("JavaScript", JsonValue.Create(code)).Evaluate(burst.Sandbox, this); }
        finally { outcomeSink = null; }
    }

    public void SetOutput(string name, JsonNode? value)
    {
        if (node.OutputBindings.TryGetValue(name, out var variable)) SetVariable(variable, value);
        // Kept with the instance, as Elsa's output register, for get{Output}From{Activity}() and getLastResult().
        State.Outputs ??= new(StringComparer.Ordinal);
        if (!State.Outputs.TryGetValue(node.Id, out var outputs)) State.Outputs[node.Id] = outputs = [];
        outputs[name] = value?.Parent is null ? value : value.DeepClone();
        if (string.Equals(name, "result", StringComparison.OrdinalIgnoreCase)) State.LastResultActivityId = node.Id;
    }

    public JsonNode? GetVariable(string nameOrId)
    {
        var name = burst.Compiled.VariableIdToName.TryGetValue(nameOrId, out var n) ? n : nameOrId;
        return State.Variables.TryGetValue(name, out var v) ? v : null;
    }

    public void SetVariable(string nameOrId, JsonNode? value)
    {
        var name = burst.Compiled.VariableIdToName.TryGetValue(nameOrId, out var n) ? n : nameOrId;
        if (value is JsonValue && burst.Compiled.VariableTypes.TryGetValue(name, out var type) && type is not ("String" or "Object"))
            value = WorkflowCompiler.Typed(type, value);
        State.Variables[name] = value?.Parent is null && value is not JsonObject and not JsonArray ? value : value!.DeepClone();
    }

    public JsonNode? GetWorkflowInput(string name) => State.Input.TryGetValue(name, out var v) ? v : null;

    public void WriteLine(string? text) => burst.Journal(node.Id, "WriteLine", text ?? "");

    public void Send(OutboxMessage message) => burst.Outbox.Add(message);

    public void Complete(params string[] outcomes)
    {
        Completed = true;
        CompletedOutcomes = outcomes;
    }

    public void CompleteComposite(IReadOnlyList<string> outcomes) => CompositeOutcomes = outcomes;

    public void FinishWorkflow(IReadOnlyList<string> outcomes) => FinishOutcomes = outcomes;

    public void Fault(string code, string? category, string message) => FaultRequest = new FaultInfo(code, category, message, node.Id);

    public string CreateBookmark(BookmarkRequest request)
    {
        var bookmark = new BookmarkInfo(Guid.NewGuid().ToString("N"), node.Id, request.Name, request.Key, request.DueAt, request.Payload);
        (NewBookmarks ??= []).Add(bookmark);
        return bookmark.Id;
    }

    // IExpressionScope
    IReadOnlyList<string> IExpressionScope.VariableNames => burst.Compiled.VariableNames;
    string? IExpressionScope.CorrelationId { get => State.CorrelationId; set => State.CorrelationId = value; }
    IEnumerable<KeyValuePair<string, JsonNode?>> IExpressionScope.Inputs => State.Input;
    IReadOnlyList<string> IExpressionScope.DeclaredInputs => burst.Compiled.DeclaredInputs;
    IReadOnlyList<OutputAccessor> IExpressionScope.OutputAccessors => burst.Compiled.OutputAccessors;
    Action<IReadOnlyList<string>>? IExpressionScope.OutcomeSink => outcomeSink;

    JsonNode? IExpressionScope.GetInput(string name)
    {
        if (State.Input.TryGetValue(name, out var exact)) return exact;
        foreach (var (key, value) in State.Input)
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return value;
        return null;
    }

    JsonNode? IExpressionScope.GetOutput(string activityIdOrName, string? output)
    {
        var id = burst.Compiled.NodeIndex.ContainsKey(activityIdOrName) ? activityIdOrName
            : burst.Compiled.Nodes.FirstOrDefault(n => n.Node.Name == activityIdOrName)?.Id;
        if (id is null || State.Outputs?.TryGetValue(id, out var outputs) != true) return null;
        foreach (var (key, value) in outputs!)
            if (string.Equals(key, output ?? "result", StringComparison.OrdinalIgnoreCase)) return value?.DeepClone();
        return null;
    }

    JsonNode? IExpressionScope.LastResult =>
        State.LastResultActivityId is { } id ? ((IExpressionScope)this).GetOutput(id, "result") : null;
}
