namespace Governance.Core.Intake.Learning;

/// <summary>
/// Examples and versions in memory, for tests and the CLI. Examples come from <paramref name="examples"/> (an
/// in-memory case store's registrations) and from <see cref="Add(IntakeExample)"/>.
/// </summary>
public sealed class InMemoryIntakeStore(Func<IReadOnlyList<IntakeExample>>? examples = null) : IIntakeStore
{
    readonly object gate = new();
    readonly List<IntakeExample> added = [];
    readonly List<ModelVersion> versions = [];

    public void Add(IntakeExample example)
    {
        lock (gate) added.Add(example);
    }

    IEnumerable<IntakeExample> All(string county)
    {
        List<IntakeExample> mine;
        lock (gate) mine = added.ToList();
        return (examples?.Invoke() ?? []).Concat(mine).Where(e => e.CountyCode == county).OrderBy(e => e.At);
    }

    public Task<IReadOnlyList<IntakeExample>> ExamplesAsync(string county, int limit, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<IntakeExample>>(All(county).TakeLast(limit).ToList());

    public Task<int> CountExamplesAsync(string county, DateTimeOffset? after, CancellationToken ct = default) =>
        Task.FromResult(All(county).Count(e => after is null || e.At > after));

    public Task<IReadOnlyList<string>> CountiesAsync(CancellationToken ct = default)
    {
        List<IntakeExample> mine;
        lock (gate) mine = added.ToList();
        return Task.FromResult<IReadOnlyList<string>>((examples?.Invoke() ?? []).Concat(mine).Select(e => e.CountyCode).Distinct().Order().ToList());
    }

    public Task<IReadOnlyList<ModelVersion>> VersionsAsync(string county, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<ModelVersion>>(versions.Where(v => v.County == county).OrderByDescending(v => v.Version)
                .Select(v => v with { Payload = [] }).ToList());
    }

    public Task<ModelVersion?> GetAsync(string county, int? version, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult(versions.FirstOrDefault(v => v.County == county && (version is null ? v.Active : v.Version == version)));
    }

    public Task<IReadOnlyDictionary<string, int>> ActiveVersionsAsync(CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyDictionary<string, int>>(versions.Where(v => v.Active).ToDictionary(v => v.County, v => v.Version));
    }

    public Task<bool> AddAsync(ModelVersion version, CancellationToken ct = default)
    {
        lock (gate)
        {
            if (versions.Any(v => v.County == version.County && v.Version == version.Version)) return Task.FromResult(false);
            if (version.Active) Deactivate(version.County);
            versions.Add(version);
            return Task.FromResult(true);
        }
    }

    public Task<bool> ActivateAsync(string county, int version, CancellationToken ct = default)
    {
        lock (gate)
        {
            var index = versions.FindIndex(v => v.County == county && v.Version == version);
            if (index < 0) return Task.FromResult(false);
            Deactivate(county);
            versions[index] = versions[index] with { Active = true };
            return Task.FromResult(true);
        }
    }

    void Deactivate(string county)
    {
        for (var i = 0; i < versions.Count; i++)
            if (versions[i].County == county && versions[i].Active) versions[i] = versions[i] with { Active = false };
    }
}
