using Governance.Core.Messages;
using Governance.Core.Workflows.Persistence;
using Governance.Core.Workflows.Validation;

namespace Governance.Core.Workflows.Runtime;

// Moving a running instance to another version of its definition: only ever on an administrator's explicit request.
public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Moves a suspended instance to another version of its definition. Refused (nothing changes) when the
    /// instance is not waiting, or when an activity it waits in, or a flowchart it is inside, does not exist in
    /// that version. Variables are kept; the journal records the move.
    /// </summary>
    public async Task<IReadOnlyList<ValidationError>> MigrateInstanceAsync(string instanceId, int toVersion, CancellationToken ct = default)
    {
        var snapshot = await Store.LoadInstanceAsync(instanceId, ct)
            ?? throw new WorkflowRuntimeException("WF-INSTANCE-NOT-FOUND", Text.Format("WF-INSTANCE-NOT-FOUND", instanceId));
        var state = snapshot.State;
        if (state.Status != InstanceStatus.Suspended)
            return [new("WF-MIGRATE-NOT-WAITING", "$", Text.Format("WF-MIGRATE-NOT-WAITING", instanceId, state.Status))];
        var target = await GetCompiledAsync(state.DefinitionId, toVersion, ct);
        var errors = new List<ValidationError>();
        foreach (var b in state.Bookmarks.Where(b => !target.NodeIndex.ContainsKey(b.ActivityId)))
            errors.Add(new("WF-MIGRATE-MISSING-ACTIVITY", $"$.bookmarks[{b.Id}]", Text.Format("WF-MIGRATE-MISSING-ACTIVITY", b.ActivityId, toVersion)));
        var scopeIds = target.Scopes.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var scope in state.Scopes.Where(s => s.Value.Active && !scopeIds.Contains(s.Key)))
            errors.Add(new("WF-MIGRATE-MISSING-ACTIVITY", $"$.scopes[{scope.Key}]", Text.Format("WF-MIGRATE-MISSING-FLOWCHART", scope.Key, toVersion)));
        if (errors.Count > 0) return errors;

        var from = state.DefinitionVersion;
        state.DefinitionVersion = toVersion;
        state.UpdatedAt = Clock.GetUtcNow();
        var entry = new JournalEntry(++state.JournalCount, state.UpdatedAt, null, "Migrated", $"v{from} → v{toVersion}");
        var status = await Store.CommitAsync(new InstanceCommit(state, snapshot.Revision, null, [], [], [entry], []), null, ct);
        return status == CommitStatus.Committed ? [] : [new("WF-COMMIT-CONFLICT", "$", Text.Format("WF-COMMIT-CONFLICT-MIGRATE", instanceId))];
    }
}
