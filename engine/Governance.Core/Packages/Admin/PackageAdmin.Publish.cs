using Governance.Core.Definitions.Validation;
using Governance.Core.Documents;

namespace Governance.Core.Packages.Admin;

public sealed partial class PackageAdmin
{
    /// <summary>
    /// Publishes a scope's draft as its next version, after validating the whole package (every scope) as it would
    /// be; refused with every problem otherwise. The new version is in force on this server when this returns.
    /// </summary>
    public async Task<PublishResult> PublishAsync(PackageEditor editor, string scope, string? comment, CancellationToken ct = default)
    {
        var city = Authorize(editor, scope);
        var (set, changes) = await WithDraftAsync(scope, city, ct);
        if (changes.Count == 0) throw new PackageAdminException("PKG-DRAFT-EMPTY", 409, scope) { Field = "scope" };
        return await PublishAsync(editor, scope, city, set, changes, comment, null, ct);
    }

    /// <summary>Publishes the documents of an old version as a new version (the versions between stay in the history).</summary>
    public async Task<PublishResult> RestoreAsync(PackageEditor editor, string scope, int version, string? comment, CancellationToken ct = default)
    {
        var city = Authorize(editor, scope);
        var current = packages.Current;
        var latest = current.Stamp?.Versions.GetValueOrDefault(scope) ?? 0;
        if (version < 1 || version >= latest) throw new PackageAdminException("PKG-VERSION-UNKNOWN", 404, scope, version) { Field = "version" };
        var old = await store.DocumentsAsync(scope, version, ct);
        var now = ScopeDocuments(current, scope, city);
        var changes = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var (path, content) in old)
            if (!now.TryGetValue(path, out var c) || !c.AsSpan().SequenceEqual(content)) changes[path] = content;
        foreach (var path in now.Keys.Where(p => !old.ContainsKey(p))) changes[path] = null;
        if (changes.Count == 0) throw new PackageAdminException("PKG-RESTORE-SAME", 409, scope, version) { Field = "version" };
        var documents = current.Documents.With(current.Documents.Name,
            changes.Select(c => KeyValuePair.Create(PackagePaths.Join(scope, c.Key, city), c.Value)));
        var set = DefinitionLoader.Load(documents, options);
        return await PublishAsync(editor, scope, city, set, changes, comment ?? Messages.Text.Format("PKG-RESTORE-COMMENT", version), version, ct);
    }

    async Task<PublishResult> PublishAsync(PackageEditor editor, string scope, string city, DefinitionSet set,
        IReadOnlyDictionary<string, byte[]?> changes, string? comment, int? restoredFrom, CancellationToken ct)
    {
        var current = packages.Current;
        var problems = Problems(current, set);
        if (problems.Any(p => p.Severity == Severity.Error))
        {
            await store.AuditAsync(new PackageAuditEntry(clock.GetUtcNow(), editor.Username, "publish-refused", scope, null,
                Messages.Text.Format("PKG-AUDIT-REFUSED", problems.Count(p => p.Severity == Severity.Error))), ct);
            return new PublishResult(null, problems);
        }
        var expected = current.Stamp?.Revision ?? 0;
        var version = current.Stamp?.Versions.GetValueOrDefault(scope) ?? 0;
        PackageVersion published;
        try
        {
            published = (await store.PublishAsync(new PublishRequest(expected, city, [new ScopeChange(scope, version, changes, restoredFrom)],
                editor.Username, clock.GetUtcNow(), comment, ClearDrafts: restoredFrom is null), ct)).Single();
        }
        catch (PackageConflictException)
        {
            // Someone published since this server's package was loaded: the draft must be checked against theirs.
            await applier.RefreshAsync(ct);
            throw new PackageAdminException("PKG-CONFLICT", 409, scope);
        }
        await store.AuditAsync(new PackageAuditEntry(published.PublishedAt, editor.Username, restoredFrom is null ? "publish" : "restore", scope,
            published.Version, comment), ct);
        await applier.RefreshAsync(ct);
        return new PublishResult(published, problems);
    }
}
