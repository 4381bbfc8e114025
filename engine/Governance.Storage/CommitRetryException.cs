namespace Governance.Storage;

/// <summary>
/// Thrown inside a workflow commit by a hook that wrote against rows read before the transaction and found them
/// changed: the workflow store rolls back and reports a conflict, so the runtime runs the step again on fresh state.
/// </summary>
internal sealed class CommitRetryException() : Exception("the rows a commit was projected on changed; run it again");
