using Governance.Core.Documents;

namespace Governance.Core.Packages;

/// <summary>One published version of one scope (the city or a county): who, when, why, and which documents it changed.</summary>
public sealed record PackageVersion(string Scope, int Version, long Revision, DateTimeOffset PublishedAt, string PublishedBy, string? Comment,
    int? RestoredFrom, IReadOnlyList<string> Changed);

/// <summary>
/// The latest published version of every scope, as documents by full path (counties under counties/&lt;code&gt;/);
/// <see cref="CityScope"/> is null for an empty store.
/// </summary>
public sealed record PublishedPackage(long Revision, string? CityScope, IReadOnlyDictionary<string, int> Versions, DocumentSet Documents);

/// <summary>A document of a scope's draft: its new content, or null when the draft removes it.</summary>
public sealed record DraftDocument(string Path, byte[]? Content, string UpdatedBy, DateTimeOffset UpdatedAt);

/// <summary>What one scope's new version changes: documents by in-scope path, null for a removed one.</summary>
public sealed record ScopeChange(string Scope, int ExpectedVersion, IReadOnlyDictionary<string, byte[]?> Documents, int? RestoredFrom = null);

/// <summary>
/// One or more scopes published together, against the revision they were validated on. <see cref="CityScope"/> is
/// the city's code: the first publish records it, and every later one must name the same.
/// </summary>
public sealed record PublishRequest(long ExpectedRevision, string CityScope, IReadOnlyList<ScopeChange> Scopes, string User, DateTimeOffset At,
    string? Comment, bool ClearDrafts = true);

/// <summary>Something an administrator did to the package or to users: kept for as long as the database.</summary>
public sealed record PackageAuditEntry(DateTimeOffset At, string User, string Action, string? Scope, int? Version, string? Detail);

/// <summary>Thrown when someone published in the meantime: the request was validated against a package no longer in force.</summary>
public sealed class PackageConflictException(long expected, long actual) : Exception($"package revision {actual}, expected {expected}")
{
    public long Expected { get; } = expected;
    public long Actual { get; } = actual;
}

/// <summary>
/// The package as versioned data: every published version of every scope, one draft per scope, and the audit of
/// what administrators did. A publish is one transaction and bumps the revision every server watches.
/// </summary>
public interface IPackageStore
{
    /// <summary>The revision of the last publish anywhere; 0 for a store nothing was ever published to.</summary>
    Task<long> RevisionAsync(CancellationToken ct = default);

    Task<PublishedPackage> LoadPublishedAsync(CancellationToken ct = default);

    /// <summary>A scope's documents at a version (what was in force then), by in-scope path.</summary>
    Task<IReadOnlyDictionary<string, byte[]>> DocumentsAsync(string scope, int version, CancellationToken ct = default);

    /// <summary>A scope's versions, newest first.</summary>
    Task<IReadOnlyList<PackageVersion>> VersionsAsync(string scope, CancellationToken ct = default);

    Task<IReadOnlyList<DraftDocument>> DraftAsync(string scope, CancellationToken ct = default);

    /// <summary>Puts a document into the scope's draft (null content: the draft removes it).</summary>
    Task SaveDraftAsync(string scope, DraftDocument document, CancellationToken ct = default);

    /// <summary>Drops one document from the draft, or the whole draft when <paramref name="path"/> is null.</summary>
    Task DiscardDraftAsync(string scope, string? path, CancellationToken ct = default);

    /// <summary>
    /// Writes a new version of each scope in one transaction and clears their drafts (when asked). Throws
    /// <see cref="PackageConflictException"/> when the revision is no longer the expected one.
    /// </summary>
    Task<IReadOnlyList<PackageVersion>> PublishAsync(PublishRequest request, CancellationToken ct = default);

    Task AuditAsync(PackageAuditEntry entry, CancellationToken ct = default);

    /// <summary>Audit entries, newest first; for one scope or all.</summary>
    Task<IReadOnlyList<PackageAuditEntry>> AuditLogAsync(string? scope, int max, CancellationToken ct = default);
}
