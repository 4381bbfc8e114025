using Governance.Core.Documents;

namespace Governance.Core.Packages;

/// <summary>The package store in memory, for tests and the command line; behaves as the database one does.</summary>
public sealed class InMemoryPackageStore : IPackageStore
{
    readonly Lock gate = new();
    readonly List<PackageVersion> versions = [];
    // (scope, path) → (version, content or null when removed), oldest first.
    readonly Dictionary<(string Scope, string Path), List<(int Version, byte[]? Content)>> documents = [];
    readonly Dictionary<(string Scope, string Path), DraftDocument> drafts = [];
    readonly List<PackageAuditEntry> audit = [];
    long revision;
    string? city;

    public Task<long> RevisionAsync(CancellationToken ct = default) { lock (gate) return Task.FromResult(revision); }

    public Task<PublishedPackage> LoadPublishedAsync(CancellationToken ct = default)
    {
        lock (gate)
        {
            var latest = versions.GroupBy(v => v.Scope).ToDictionary(g => g.Key, g => g.Max(v => v.Version), StringComparer.Ordinal);
            var docs = documents.Select(d => (d.Key, Last: d.Value[^1])).Where(d => d.Last.Content is not null)
                .Select(d => KeyValuePair.Create(PackagePaths.Join(d.Key.Scope, d.Key.Path, city ?? ""), d.Last.Content!));
            return Task.FromResult(new PublishedPackage(revision, city, latest, new DocumentSet(PackageStores.Name(revision), docs)));
        }
    }

    public Task<IReadOnlyDictionary<string, byte[]>> DocumentsAsync(string scope, int version, CancellationToken ct = default)
    {
        lock (gate)
        {
            IReadOnlyDictionary<string, byte[]> result = documents.Where(d => d.Key.Scope == scope)
                .Select(d => (d.Key.Path, At: d.Value.LastOrDefault(v => v.Version <= version)))
                .Where(d => d.At.Content is not null)
                .ToDictionary(d => d.Path, d => d.At.Content!, StringComparer.Ordinal);
            return Task.FromResult(result);
        }
    }

    public Task<IReadOnlyList<PackageVersion>> VersionsAsync(string scope, CancellationToken ct = default)
    {
        lock (gate) return Task.FromResult<IReadOnlyList<PackageVersion>>(versions.Where(v => v.Scope == scope).OrderByDescending(v => v.Version).ToList());
    }

    public Task<IReadOnlyList<DraftDocument>> DraftAsync(string scope, CancellationToken ct = default)
    {
        lock (gate) return Task.FromResult<IReadOnlyList<DraftDocument>>(drafts.Where(d => d.Key.Scope == scope).Select(d => d.Value).OrderBy(d => d.Path, StringComparer.Ordinal).ToList());
    }

    public Task SaveDraftAsync(string scope, DraftDocument document, CancellationToken ct = default)
    {
        lock (gate) drafts[(scope, document.Path)] = document;
        return Task.CompletedTask;
    }

    public Task DiscardDraftAsync(string scope, string? path, CancellationToken ct = default)
    {
        lock (gate)
            foreach (var key in drafts.Keys.Where(k => k.Scope == scope && (path is null || k.Path == path)).ToList()) drafts.Remove(key);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PackageVersion>> PublishAsync(PublishRequest request, CancellationToken ct = default)
    {
        lock (gate)
        {
            if (revision != request.ExpectedRevision) throw new PackageConflictException(request.ExpectedRevision, revision);
            if (city is not null && city != request.CityScope) throw new ArgumentException($"the city scope is {city}, not {request.CityScope}");
            city = request.CityScope;
            var written = new List<PackageVersion>();
            foreach (var scope in request.Scopes)
            {
                var current = versions.Where(v => v.Scope == scope.Scope).Select(v => v.Version).DefaultIfEmpty(0).Max();
                if (current != scope.ExpectedVersion) throw new PackageConflictException(scope.ExpectedVersion, current);
                var version = new PackageVersion(scope.Scope, current + 1, ++revision, request.At, request.User, request.Comment, scope.RestoredFrom,
                    scope.Documents.Keys.Order(StringComparer.Ordinal).ToList());
                foreach (var (path, content) in scope.Documents)
                {
                    if (!documents.TryGetValue((scope.Scope, path), out var history)) documents[(scope.Scope, path)] = history = [];
                    history.Add((version.Version, content));
                }
                versions.Add(version);
                written.Add(version);
                if (request.ClearDrafts)
                    foreach (var key in drafts.Keys.Where(k => k.Scope == scope.Scope).ToList()) drafts.Remove(key);
            }
            return Task.FromResult<IReadOnlyList<PackageVersion>>(written);
        }
    }

    public Task AuditAsync(PackageAuditEntry entry, CancellationToken ct = default)
    {
        lock (gate) audit.Add(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PackageAuditEntry>> AuditLogAsync(string? scope, int max, CancellationToken ct = default)
    {
        lock (gate) return Task.FromResult<IReadOnlyList<PackageAuditEntry>>(audit.Where(a => scope is null || a.Scope == scope).Reverse().Take(max).ToList());
    }
}
