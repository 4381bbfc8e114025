namespace Governance.Core.Workflows.Persistence;

/// <summary>
/// What a caller is doing while a burst runs, handed with the commit to the store's commit hook so that the hook
/// writes the caller's own change in the same transaction (the case service's action on a case). A commit
/// without one — a timer, a recovery — is the workflow's own.
/// </summary>
public interface ICommitParticipant;
