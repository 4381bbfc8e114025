using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Governance.Core.Expressions;
using Governance.Core.Messages;
using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Model;
using Governance.Core.Workflows.Persistence;
using Governance.Core.Workflows.Serialization;
using Governance.Core.Workflows.Validation;

namespace Governance.Core.Workflows.Runtime;

/// <summary>
/// Publishes definitions, starts instances, resumes bookmarks and recovers stalled instances. Every burst
/// commits once; a resume consumes its bookmark in that commit, so a bookmark resumes exactly once.
/// </summary>
public sealed partial class WorkflowRuntime(IWorkflowStore store, ActivityRegistry registry, TimeProvider? clock = null, RuntimeOptions? options = null)
{
    readonly ConcurrentDictionary<(string, int), CompiledWorkflow> compiled = new();
    readonly ConcurrentDictionary<string, (int Version, DateTimeOffset Until)> latestVersions = new(StringComparer.Ordinal);
    readonly JavaScriptSandbox sandbox = new((options ?? new RuntimeOptions()).Sandbox, clock);
    readonly IServiceProvider services = options?.Services ?? EmptyServices.Instance;

    public RuntimeOptions Options { get; } = options ?? new RuntimeOptions();
    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;
    public IWorkflowStore Store => store;
    public ActivityRegistry Registry => registry;

    /// <summary>Validates and stores a new version. Returns the errors and stores nothing when it is invalid.</summary>
    public async Task<(WorkflowDefinition? Published, IReadOnlyList<ValidationError> Errors)> PublishAsync(WorkflowDefinition definition, CancellationToken ct = default)
    {
        var errors = WorkflowValidator.Validate(definition, registry);
        if (errors.Count > 0) return (null, errors);
        var latest = await store.GetDefinitionAsync(definition.DefinitionId, null, ct);
        var copy = ElsaJsonReader.Read(ElsaJsonWriter.Write(definition));
        copy.Version = latest is null ? Math.Max(1, definition.Version) : Math.Max(latest.Version + 1, definition.Version);
        await store.SaveDefinitionAsync(new StoredDefinition(copy.DefinitionId, copy.Version, copy.Name, ElsaJsonWriter.Write(copy), Clock.GetUtcNow()), ct);
        latestVersions.TryRemove(copy.DefinitionId, out _);
        await store.ReplaceTriggersAsync(copy.DefinitionId, Triggers(await GetCompiledAsync(copy.DefinitionId, copy.Version, ct)), ct);
        return (copy, []);
    }

    public async Task<CompiledWorkflow> GetCompiledAsync(string definitionId, int? version, CancellationToken ct = default)
    {
        // "Latest" is remembered briefly, so a start does not read the definition table every time; a version
        // published by this runtime is seen at once, one published by another server within the cache time.
        if (version is null && latestVersions.TryGetValue(definitionId, out var known) && known.Until > Clock.GetUtcNow()) version = known.Version;
        if (version is { } v && compiled.TryGetValue((definitionId, v), out var hit)) return hit;
        var stored = await store.GetDefinitionAsync(definitionId, version, ct)
            ?? throw new WorkflowRuntimeException("WF-DEFINITION-NOT-FOUND", (version is null ? Text.Format("WF-DEFINITION-NOT-FOUND", definitionId) : Text.Format("WF-DEFINITION-VERSION-NOT-FOUND", definitionId, version)));
        if (version is null) latestVersions[definitionId] = (stored.Version, Clock.GetUtcNow() + Options.LatestVersionCache);
        return compiled.GetOrAdd((stored.DefinitionId, stored.Version), _ =>
        {
            var definition = ElsaJsonReader.Read(stored.Json);
            definition.Version = stored.Version;
            return WorkflowCompiler.Compile(definition, registry);
        });
    }

    public async Task<RunResult> StartAsync(string definitionId, StartOptions? start = null, CancellationToken ct = default)
    {
        start ??= new StartOptions();
        var workflow = await GetCompiledAsync(definitionId, start.Version, ct);
        var now = Clock.GetUtcNow();
        var state = Burst.NewInstance(workflow, start.InstanceId ?? Guid.NewGuid().ToString("N"), start.Input, start.TriggerActivityId, now);
        state.CorrelationId = start.CorrelationId;
        long revision = 0;
        if (start.Durable)
        {
            await store.CreateInstanceAsync(state, Options.Owner, now + Options.Lease, ct);
            state = (await store.LoadInstanceAsync(state.Id, ct))!.State;
            revision = 1;
        }
        var burst = new Burst(workflow, state, Clock, sandbox, services) { Http = start.Http };
        await burst.RunAsync();
        var status = await store.CommitAsync(Commit(burst, revision, null), start.Participant, ct);
        if (status != CommitStatus.Committed)
            throw new WorkflowRuntimeException("WF-COMMIT-CONFLICT", Text.Format("WF-COMMIT-CONFLICT", state.Id));
        return Result(burst);
    }

    /// <summary>Resumes one bookmark by id. A second resume of the same bookmark gets <see cref="ResumeStatus.BookmarkGone"/>.</summary>
    public Task<ResumeResult> ResumeAsync(string bookmarkId, JsonNode? input = null, CancellationToken ct = default) =>
        ResumeAsync(bookmarkId, input, null, null, ct);

    /// <summary>
    /// Resumes one bookmark by id on behalf of <paramref name="participant"/>, whose change the store's commit hook
    /// writes in the same transaction. A conflict runs the burst again with the same participant.
    /// </summary>
    public Task<ResumeResult> ResumeAsync(string bookmarkId, JsonNode? input, ICommitParticipant? participant, CancellationToken ct = default) =>
        ResumeAsync(bookmarkId, input, participant, null, ct);

    /// <summary>
    /// Resumes one bookmark by id, with the participant whose change commits in the same transaction and the HTTP
    /// request that resumes it (an <c>Elsa.HttpEndpoint</c> waiting mid-flow); either may be null.
    /// </summary>
    public async Task<ResumeResult> ResumeAsync(string bookmarkId, JsonNode? input, ICommitParticipant? participant, Http.HttpExchange? http, CancellationToken ct = default)
    {
        for (var attempt = 0; attempt <= Options.MaxConflictRetries; attempt++)
        {
            var snapshot = await store.LoadByBookmarkAsync(bookmarkId, ct);
            var bookmark = snapshot?.State.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId);
            if (snapshot is null || bookmark is null) return new ResumeResult(ResumeStatus.BookmarkGone, bookmarkId, null);
            var workflow = await GetCompiledAsync(snapshot.State.DefinitionId, snapshot.State.DefinitionVersion, ct);
            snapshot.State.Status = InstanceStatus.Running;
            if (http is not null) http.Response = null; // a retry after a conflict answers afresh
            var burst = new Burst(workflow, snapshot.State, Clock, sandbox, services) { Http = http };
            await burst.ResumeAsync(bookmark, input);
            switch (await store.CommitAsync(Commit(burst, snapshot.Revision, bookmarkId), participant, ct))
            {
                case CommitStatus.Committed: return new ResumeResult(ResumeStatus.Resumed, bookmarkId, Result(burst));
                case CommitStatus.BookmarkGone: return new ResumeResult(ResumeStatus.BookmarkGone, bookmarkId, null);
            }
            // Conflict: another burst of the same instance committed first (another bookmark); run again on its state.
        }
        throw new WorkflowRuntimeException("WF-COMMIT-CONFLICT", Text.Format("WF-COMMIT-CONFLICT-RETRIES", bookmarkId, Options.MaxConflictRetries));
    }

    /// <summary>Resumes every bookmark with this name and key (e.g. Elsa.Event / "Event4"), each exactly once.</summary>
    public async Task<IReadOnlyList<ResumeResult>> ResumeAsync(string name, string? key, JsonNode? input, CancellationToken ct = default)
    {
        var results = new List<ResumeResult>();
        foreach (var b in await store.FindBookmarksAsync(name, key, ct))
            results.Add(await ResumeAsync(b.Bookmark.Id, input?.DeepClone(), ct));
        return results;
    }

    /// <summary>
    /// Runs again instances whose burst never committed (the process died): they continue from their last commit.
    /// Returns how many were recovered.
    /// </summary>
    public async Task<int> RecoverAsync(CancellationToken ct = default)
    {
        var count = 0;
        foreach (var id in await store.ClaimStalledInstancesAsync(Clock.GetUtcNow(), Options.Owner, Options.Lease, 100, ct))
        {
            var snapshot = await store.LoadInstanceAsync(id, ct);
            if (snapshot is null || snapshot.State.Status != InstanceStatus.Running) continue;
            var workflow = await GetCompiledAsync(snapshot.State.DefinitionId, snapshot.State.DefinitionVersion, ct);
            var burst = new Burst(workflow, snapshot.State, Clock, sandbox, services);
            await burst.RunAsync();
            if (await store.CommitAsync(Commit(burst, snapshot.Revision, null), null, ct) == CommitStatus.Committed) count++;
        }
        return count;
    }

    public async Task<InstanceState?> GetInstanceAsync(string instanceId, CancellationToken ct = default) =>
        (await store.LoadInstanceAsync(instanceId, ct))?.State;

    static InstanceCommit Commit(Burst burst, long revision, string? consumed) =>
        new(burst.State, revision, consumed, burst.AddedBookmarks, burst.RemovedBookmarks, burst.JournalEntries, burst.Outbox);

    static RunResult Result(Burst burst)
    {
        var s = burst.State;
        var lines = new List<string>();
        foreach (var j in burst.JournalEntries) if (j.Kind == "WriteLine") lines.Add(j.Text ?? "");
        return new RunResult(s.Id, s.Status, s.Outcomes, s.Fault, s.Bookmarks.ToList(), lines, burst.Executed);
    }

    sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();
        public object? GetService(Type serviceType) => null;
    }
}

/// <summary>A runtime request that cannot be carried out (unknown definition, persistent conflict).</summary>
public sealed class WorkflowRuntimeException(string code, string message) : Exception($"{code}: {message}")
{
    public string Code { get; } = code;
}
