using System.Text.Json.Nodes;
using Governance.Core.Expressions;
using Governance.Core.Messages;
using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Runtime;

/// <summary>
/// Runs an instance from its current state until nothing more can run without waiting: the scheduled work
/// (first in, first out, as Elsa's default scheduler) or one resumed bookmark. It only changes the state in
/// memory and records what the commit must write; the caller commits once at the end.
/// </summary>
public sealed class Burst
{
    readonly Queue<(int Node, int Slot)> queue = new();
    readonly ScopeState?[] scopes;
    readonly ActivityContext context;

    public Burst(CompiledWorkflow compiled, InstanceState state, TimeProvider clock, JavaScriptSandbox sandbox, IServiceProvider services)
    {
        Compiled = compiled;
        State = state;
        Clock = clock;
        Sandbox = sandbox;
        Services = services;
        scopes = new ScopeState?[compiled.Scopes.Length];
        context = new ActivityContext(this);
        foreach (var w in state.Queue)
            if (compiled.NodeIndex.TryGetValue(w.ActivityId, out var n)) queue.Enqueue((n, w.Slot));
        state.Queue.Clear();
    }

    public CompiledWorkflow Compiled { get; }
    public InstanceState State { get; }
    public TimeProvider Clock { get; }
    public JavaScriptSandbox Sandbox { get; }
    public IServiceProvider Services { get; }
    internal bool IsTriggerRun { get; private set; }

    /// <summary>The HTTP request that started or resumed this burst, if any; it does not outlive the burst.</summary>
    public Http.HttpExchange? Http { get; init; }

    // What the commit writes.
    public List<JournalEntry> JournalEntries { get; } = [];
    public List<BookmarkInfo> AddedBookmarks { get; } = [];
    public List<string> RemovedBookmarks { get; } = [];
    public List<OutboxMessage> Outbox { get; } = [];
    public int Executed { get; private set; }

    /// <summary>Prepares a new instance: variables, inputs and the start activity (or the trigger) scheduled.</summary>
    public static InstanceState NewInstance(CompiledWorkflow compiled, string id, IReadOnlyDictionary<string, JsonNode?>? input, string? triggerActivityId, DateTimeOffset now)
    {
        var state = new InstanceState { Id = id, DefinitionId = compiled.DefinitionId, DefinitionVersion = compiled.Version, Status = InstanceStatus.Running, CreatedAt = now, UpdatedAt = now };
        foreach (var (k, v) in compiled.InitialVariables) state.Variables[k] = v?.DeepClone();
        if (input is not null) foreach (var (k, v) in input) state.Input[k] = v?.DeepClone();
        var root = compiled.Scopes[0];
        state.Scopes[root.Id] = new ScopeState { Active = true };
        var start = triggerActivityId is not null && compiled.NodeIndex.TryGetValue(triggerActivityId, out var t) ? t : root.Start;
        state.TriggerActivityId = triggerActivityId;
        if (start >= 0)
        {
            state.Queue.Add(new QueuedWork(compiled.Nodes[start].Id, -1));
            state.Scopes[root.Id].Pending = 1;
        }
        return state;
    }

    internal ScopeState ScopeOf(int scope)
    {
        var s = scopes[scope];
        if (s is not null) return s;
        var id = Compiled.Scopes[scope].Id;
        if (!State.Scopes.TryGetValue(id, out s)) State.Scopes[id] = s = new ScopeState();
        return scopes[scope] = s;
    }

    internal void Journal(string? activityId, string kind, string? text) =>
        JournalEntries.Add(new JournalEntry(++State.JournalCount, Clock.GetUtcNow(), activityId, kind, text));

    /// <summary>Runs what is scheduled. A brand-new instance runs its start activity.</summary>
    public async ValueTask RunAsync()
    {
        if (State.JournalCount == 0) Journal(null, "Started", null);
        if (State.Status == InstanceStatus.Running && queue.Count == 0 && State.Scopes.TryGetValue(Compiled.Scopes[0].Id, out var root) && root.Pending == 0)
            CompleteScope(0, []); // an empty flowchart finishes at once
        IsTriggerRun = State.TriggerActivityId is not null && State.JournalCount == 1;
        await DrainAsync();
    }

    /// <summary>Resumes one bookmark and runs what follows.</summary>
    public async ValueTask ResumeAsync(BookmarkInfo bookmark, JsonNode? input)
    {
        State.Bookmarks.RemoveAll(b => b.Id == bookmark.Id);
        RemovedBookmarks.Add(bookmark.Id);
        Journal(bookmark.ActivityId, "Resumed", bookmark.Name + (bookmark.Key is null ? "" : ":" + bookmark.Key));
        if (!Compiled.NodeIndex.TryGetValue(bookmark.ActivityId, out var n)) return;
        var node = Compiled.Nodes[n];
        ScopeOf(node.Scope).Pending--;
        context.Begin(node, -1, input);
        if (node.Activity is IResumableActivity resumable) await Guard(() => resumable.ResumeAsync(context, bookmark), node);
        else context.Complete();
        Apply(node);
        CheckScope(node.Scope);
        await DrainAsync();
    }

    async ValueTask DrainAsync()
    {
        while (queue.Count > 0 && State.Status == InstanceStatus.Running)
        {
            var (n, slot) = queue.Dequeue();
            var node = Compiled.Nodes[n];
            ScopeOf(node.Scope).Pending--;
            Executed++;
            if (node.ChildScope >= 0) StartScope(node);
            else
            {
                context.Begin(node, slot, null);
                await Guard(() => node.Activity.ExecuteAsync(context), node);
                Apply(node);
                if (node.Id == State.TriggerActivityId) IsTriggerRun = false;
            }
            CheckScope(node.Scope);
        }
        if (State.Status == InstanceStatus.Running)
        {
            State.Status = State.Bookmarks.Count > 0 ? InstanceStatus.Suspended : InstanceStatus.Finished;
            Journal(null, State.Status.ToString(), null);
        }
        State.UpdatedAt = Clock.GetUtcNow();
    }

    async ValueTask Guard(Func<ValueTask> run, CompiledNode node)
    {
        try { await run(); }
        catch (ExpressionException e) { context.FaultRequest = new FaultInfo(e.Code, "script", e.Message, node.Id); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            context.FaultRequest = new FaultInfo("WF-ACTIVITY-ERROR", "activity", Text.Format("WF-ACTIVITY-ERROR", node.Node.Name ?? node.Id, e.Message), node.Id);
        }
    }

    void Apply(CompiledNode node)
    {
        var c = context;
        if (c.FaultRequest is { } fault)
        {
            FaultInstance(fault);
            return;
        }
        if (c.FinishOutcomes is { } finish)
        {
            CompleteScope(0, finish);
            return;
        }
        if (c.CompositeOutcomes is { } composite)
        {
            CompleteScope(node.Scope, composite);
            return;
        }
        if (c.CancelInbound) CancelNodes(node.Ancestors);
        if (c.NewBookmarks is { } bookmarks)
        {
            State.Bookmarks.AddRange(bookmarks);
            AddedBookmarks.AddRange(bookmarks);
            ScopeOf(node.Scope).Pending += bookmarks.Count;
        }
        if (!c.Completed) return;
        if (node.Terminal) CompleteScope(node.Scope, []);
        else Schedule(node, c.CompletedOutcomes is { Length: > 0 } o ? o : ["Done"]);
    }

    void Schedule(CompiledNode node, IReadOnlyList<string> ports)
    {
        var scope = ScopeOf(node.Scope);
        foreach (var port in ports)
        {
            if (!node.Outbound.TryGetValue(port, out var targets)) continue;
            foreach (var (target, slot) in targets)
            {
                queue.Enqueue((target, slot));
                scope.Pending++;
            }
        }
    }

    void StartScope(CompiledNode owner)
    {
        var child = Compiled.Scopes[owner.ChildScope];
        var state = ScopeOf(child.Index);
        state.Active = true;
        state.Pending = 0;
        state.Joins = null;
        ScopeOf(owner.Scope).Pending++; // the owner stays pending until its body completes
        if (child.Start < 0)
        {
            CompleteScope(child.Index, []);
            return;
        }
        queue.Enqueue((child.Start, -1));
        state.Pending++;
    }

    void CheckScope(int scope)
    {
        var s = ScopeOf(scope);
        if (s.Active && s.Pending <= 0 && State.Status == InstanceStatus.Running) CompleteScope(scope, []);
    }

    void CompleteScope(int scope, IReadOnlyList<string> outcomes)
    {
        // Everything still scheduled or waiting inside the scope is cancelled.
        if (queue.Count > 0)
        {
            var keep = queue.Where(w => !Compiled.IsWithin(Compiled.Nodes[w.Node].Scope, scope)).ToList();
            queue.Clear();
            foreach (var w in keep) queue.Enqueue(w);
        }
        RemoveBookmarks(b => Compiled.NodeIndex.TryGetValue(b.ActivityId, out var n) && Compiled.IsWithin(Compiled.Nodes[n].Scope, scope));
        foreach (var s in Compiled.Scopes)
            if (Compiled.IsWithin(s.Index, scope))
            {
                var st = ScopeOf(s.Index);
                st.Active = false;
                st.Pending = 0;
                st.Joins = null;
            }
        var owner = Compiled.Scopes[scope].Owner;
        if (owner < 0)
        {
            State.Status = InstanceStatus.Finished;
            State.Outcomes = [.. outcomes];
            queue.Clear();
            Journal(null, "Finished", outcomes.Count > 0 ? string.Join(",", outcomes) : null);
            return;
        }
        var ownerNode = Compiled.Nodes[owner];
        ScopeOf(ownerNode.Scope).Pending--;
        Schedule(ownerNode, outcomes.Count > 0 && ownerNode.Node.IsFlowchart ? outcomes : ["Done"]);
        CheckScope(ownerNode.Scope);
    }

    void CancelNodes(int[] nodes)
    {
        if (nodes.Length == 0) return;
        var set = new HashSet<int>(nodes);
        var before = queue.Count;
        var keep = queue.Where(w => !set.Contains(w.Node)).ToList();
        if (keep.Count != before)
        {
            queue.Clear();
            foreach (var w in keep) queue.Enqueue(w);
        }
        var removedQueued = before - keep.Count;
        var removedBookmarks = RemoveBookmarks(b => Compiled.NodeIndex.TryGetValue(b.ActivityId, out var i) && set.Contains(i));
        ScopeOf(Compiled.Nodes[nodes[0]].Scope).Pending -= removedQueued + removedBookmarks;
    }

    int RemoveBookmarks(Predicate<BookmarkInfo> match)
    {
        var removed = 0;
        for (var i = State.Bookmarks.Count - 1; i >= 0; i--)
        {
            var b = State.Bookmarks[i];
            if (!match(b)) continue;
            State.Bookmarks.RemoveAt(i);
            var added = AddedBookmarks.FindIndex(x => x.Id == b.Id);
            if (added >= 0) AddedBookmarks.RemoveAt(added);
            else RemovedBookmarks.Add(b.Id);
            removed++;
        }
        return removed;
    }

    void FaultInstance(FaultInfo fault)
    {
        State.Status = InstanceStatus.Faulted;
        State.Fault = fault;
        State.Incidents.Add(new IncidentInfo(Clock.GetUtcNow(), fault.ActivityId, fault.Code, fault.Message));
        queue.Clear();
        RemoveBookmarks(_ => true);
        Journal(fault.ActivityId, "Faulted", $"{fault.Code}: {fault.Message}");
    }
}
