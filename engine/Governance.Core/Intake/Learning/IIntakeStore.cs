namespace Governance.Core.Intake.Learning;

/// <summary>Where registrations' lessons and trained model versions live (the database; memory for tests and the CLI).</summary>
public interface IIntakeStore
{
    /// <summary>A county's most recent examples, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<IntakeExample>> ExamplesAsync(string county, int limit, CancellationToken ct = default);

    /// <summary>How many examples a county has gained after <paramref name="after"/> (all of them when null).</summary>
    Task<int> CountExamplesAsync(string county, DateTimeOffset? after, CancellationToken ct = default);

    /// <summary>The counties that have examples.</summary>
    Task<IReadOnlyList<string>> CountiesAsync(CancellationToken ct = default);

    /// <summary>A county's versions, newest first, without their payloads.</summary>
    Task<IReadOnlyList<ModelVersion>> VersionsAsync(string county, CancellationToken ct = default);

    /// <summary>One version with its payload; the active one when <paramref name="version"/> is null.</summary>
    Task<ModelVersion?> GetAsync(string county, int? version, CancellationToken ct = default);

    /// <summary>The active version number of every county that has one: a cheap question to ask often.</summary>
    Task<IReadOnlyDictionary<string, int>> ActiveVersionsAsync(CancellationToken ct = default);

    /// <summary>
    /// Stores a new version (activating it, and deactivating the others, when it says so). False when that version
    /// number exists already: another server trained it first.
    /// </summary>
    Task<bool> AddAsync(ModelVersion version, CancellationToken ct = default);

    /// <summary>Makes one version the county's active one; false when there is no such version.</summary>
    Task<bool> ActivateAsync(string county, int version, CancellationToken ct = default);
}
