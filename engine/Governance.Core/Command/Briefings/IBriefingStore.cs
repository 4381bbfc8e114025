namespace Governance.Core.Command.Briefings;

/// <summary>Where briefings are kept. A key (definition, scope and period, or definition and alert) is made once.</summary>
public interface IBriefingStore
{
    Task<bool> ExistsAsync(string key, CancellationToken ct = default);

    /// <summary>Adds the briefing unless one with the key exists; false then.</summary>
    Task<bool> AddAsync(Briefing briefing, string key, CancellationToken ct = default);

    Task<Briefing?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>The latest briefings for these scopes (null: all), optionally of one definition.</summary>
    Task<IReadOnlyList<BriefingSummary>> ListAsync(IReadOnlyCollection<string>? scopeCodes, string? definitionId, int limit, CancellationToken ct = default);
}
