using Governance.Core.Cases.Model;

namespace Governance.Core.Cases.Services;

/// <summary>
/// What the case service is doing while the loop runs: the case it is creating (at intake), who acts, the
/// journal entry for the action and a change to the case itself. The workflow store's commit hook reads it, so
/// the case change and the workflow step commit in one transaction. Without one (a timer, a recovery) the hook
/// projects the commit as a system change.
/// </summary>
public sealed record CaseCommitContext(Case? NewCase, Actor Actor, string? Action, string? Comment, string? DataJson, Action<Case>? Mutate, DateTimeOffset At)
{
    /// <summary>
    /// The case and its tasks as the caller read them just before acting. A store may project the commit on them
    /// instead of reading them again inside the transaction: the version checks refuse the write if either changed
    /// meanwhile, and the store then marks them <see cref="Stale"/> and has the step run again on fresh rows.
    /// </summary>
    public (Case Case, IReadOnlyList<CaseTask> Tasks)? Loaded { get; init; }

    /// <summary>What a registration teaches the intake suggestions; committed with the change.</summary>
    public Intake.Learning.IntakeExample? Example { get; init; }

    /// <summary>Set by a store when <see cref="Loaded"/> turned out to be out of date; the retry reads afresh.</summary>
    public bool Stale { get; set; }

    /// <summary>The case as the commit wrote it, when the store can tell; saves reading it back.</summary>
    public Case? Result { get; set; }

    static readonly AsyncLocal<CaseCommitContext?> current = new();

    public static CaseCommitContext? Current => current.Value;

    public static IDisposable Enter(CaseCommitContext context)
    {
        var previous = current.Value;
        current.Value = context;
        return new Restore(previous);
    }

    sealed class Restore(CaseCommitContext? previous) : IDisposable
    {
        public void Dispose() => current.Value = previous;
    }
}
