using System.Text.Json.Nodes;
using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;
using Governance.Core.Documents;

namespace Governance.Core.Packages.Admin;

public sealed partial class PackageAdmin
{
    /// <summary>
    /// Puts a whole document into the scope's draft, written canonically, and answers the problems of the package
    /// with that draft. A document equal to the published one leaves the draft (nothing to publish).
    /// </summary>
    public async Task<DraftCheck> SaveDraftAsync(PackageEditor editor, string scope, string path, string json, CancellationToken ct = default)
    {
        var city = Authorize(editor, scope);
        if (!PackagePaths.IsValid(path, scope == city))
            throw new PackageAdminException("PKG-PATH-INVALID", 400, path) { Field = "path" };
        var (content, error) = CanonicalJson.Normalize(json);
        if (content is null) throw new PackageAdminException("PKG-JSON-INVALID", 400, path, error) { Field = "content" };
        if (CanonicalJson.Parse(content) is not JsonObject)
            throw new PackageAdminException("PKG-JSON-NOT-OBJECT", 400, path) { Field = "content" };
        var published = packages.Current.Documents.Read(PackagePaths.Join(scope, path, city));
        if (published is not null && JsonNode.DeepEquals(CanonicalJson.Parse(published), CanonicalJson.Parse(content)))
            await store.DiscardDraftAsync(scope, path, ct);
        else
            await store.SaveDraftAsync(scope, new DraftDocument(path, content, editor.Username, clock.GetUtcNow()), ct);
        return await CheckDraftAsync(editor, scope, ct);
    }

    /// <summary>Marks a document removed in the draft (it goes with the next publish).</summary>
    public async Task<DraftCheck> RemoveInDraftAsync(PackageEditor editor, string scope, string path, CancellationToken ct = default)
    {
        var city = Authorize(editor, scope);
        if (packages.Current.Documents.Read(PackagePaths.Join(scope, path, city)) is null)
        {
            await store.DiscardDraftAsync(scope, path, ct); // an added document not published yet: just drop it
        }
        else await store.SaveDraftAsync(scope, new DraftDocument(path, null, editor.Username, clock.GetUtcNow()), ct);
        return await CheckDraftAsync(editor, scope, ct);
    }

    /// <summary>Drops one document's draft change, or the whole draft.</summary>
    public async Task DiscardDraftAsync(PackageEditor editor, string scope, string? path, CancellationToken ct = default)
    {
        Authorize(editor, scope);
        await store.DiscardDraftAsync(scope, path, ct);
    }

    /// <summary>Validates the whole package as it would be with the scope's draft (the command line's validator).</summary>
    public async Task<DraftCheck> CheckDraftAsync(PackageEditor editor, string scope, CancellationToken ct = default)
    {
        var city = Authorize(editor, scope);
        var (set, _) = await WithDraftAsync(scope, city, ct);
        var problems = Problems(packages.Current, set);
        return new DraftCheck(!problems.Any(p => p.Severity == Severity.Error), problems);
    }

    /// <summary>The package in force with a scope's draft laid over it, and the draft's changes by in-scope path.</summary>
    async Task<(DefinitionSet Set, IReadOnlyDictionary<string, byte[]?> Changes)> WithDraftAsync(string scope, string city, CancellationToken ct)
    {
        var current = packages.Current;
        var draft = await store.DraftAsync(scope, ct);
        if (draft.Count == 0) return (current, new Dictionary<string, byte[]?>());
        var changes = draft.ToDictionary(d => d.Path, d => d.Content, StringComparer.Ordinal);
        var documents = current.Documents.With(current.Documents.Name,
            changes.Select(c => KeyValuePair.Create(PackagePaths.Join(scope, c.Key, city), c.Value)));
        return (DefinitionLoader.Load(documents, options), changes);
    }

    /// <summary>
    /// The set's own problems, and those a new version has against the one in force: a form version that running
    /// cases may still be filling can never disappear.
    /// </summary>
    static List<DefinitionError> Problems(DefinitionSet current, DefinitionSet next)
    {
        var problems = next.Problems.All.ToList();
        foreach (var form in current.Forms.All.Where(f => next.Forms.Get(f.Id, f.Version) is null))
            problems.Add(new DefinitionError(form.Source.File, "$.version", "DEF-FORM-VERSION-REMOVED",
                Messages.Text.Format("DEF-FORM-VERSION-REMOVED", form.Id, form.Version)));
        return problems;
    }
}
