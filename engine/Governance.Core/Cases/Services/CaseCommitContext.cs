using Governance.Core.Definitions.Model;
using Governance.Core.Cases.Model;
using Governance.Core.Workflows.Persistence;

namespace Governance.Core.Cases.Services;

/// <summary>
/// What the case service is doing while the loop runs: the case it is creating (at intake), who acts, the
/// journal entry for the action and a change to the case itself. The service hands it to the runtime with the
/// start or resume, and the workflow store's commit hook gets it with the commit, so the case change and the
/// workflow step commit in one transaction. Without one (a timer, a recovery) the hook projects the commit as a
/// system change.
/// </summary>
public sealed record CaseCommitContext(Case? NewCase, Actor Actor, string? Action, string? Comment, string? DataJson, Action<Case>? Mutate, DateTimeOffset At)
    : ICommitParticipant
{
    /// <summary>
    /// The case and its tasks as the caller read them just before acting. A store may project the commit on them
    /// instead of reading them again inside the transaction: the version checks refuse the write if either changed
    /// meanwhile, and the store then marks them <see cref="Stale"/> and has the step run again on fresh rows.
    /// </summary>
    public (Case Case, IReadOnlyList<CaseTask> Tasks)? Loaded { get; init; }

    /// <summary>What a registration teaches the intake suggestions; committed with the change.</summary>
    public Model.IntakeExample? Example { get; init; }

    /// <summary>Set by a store when <see cref="Loaded"/> turned out to be out of date; the retry reads afresh.</summary>
    public bool Stale { get; set; }

    /// <summary>The case as the commit wrote it, when the store can tell; saves reading it back.</summary>
    public Case? Result { get; set; }
}
