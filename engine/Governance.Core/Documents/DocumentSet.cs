namespace Governance.Core.Documents;

/// <summary>
/// A package held in memory as documents by full path: a published version read from the database, a draft
/// laid over it, a folder read once. Immutable; <see cref="With"/> makes a changed copy.
/// </summary>
public sealed class DocumentSet : IPackageSource
{
    readonly SortedDictionary<string, byte[]> documents;

    public DocumentSet(string name, IEnumerable<KeyValuePair<string, byte[]>> documents)
    {
        Name = name;
        this.documents = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, content) in documents) this.documents[path] = content;
    }

    public string Name { get; }
    public IReadOnlyCollection<string> Paths => documents.Keys;
    public IEnumerable<KeyValuePair<string, byte[]>> Documents => documents;
    public int Count => documents.Count;

    /// <summary>Every file of a folder on disk (the JSON documents and the notes beside them).</summary>
    public static DocumentSet FromFolder(string root)
    {
        var folder = new FolderSource(root);
        return new DocumentSet(root, folder.AllFiles().Select(p => KeyValuePair.Create(p, folder.Read(p)!)));
    }

    public byte[]? Read(string path) => documents.GetValueOrDefault(path);

    public bool HasFolder(string folder) => folder.Length == 0 || documents.Keys.Any(p => p.StartsWith(folder + "/", StringComparison.Ordinal));

    public IReadOnlyList<string> Files(string folder)
    {
        var prefix = folder.Length == 0 ? "" : folder + "/";
        return documents.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal) && p.IndexOf('/', prefix.Length) < 0
            && p.EndsWith(".json", StringComparison.Ordinal)).ToList();
    }

    public IReadOnlyList<string> Folders(string folder)
    {
        var prefix = folder.Length == 0 ? "" : folder + "/";
        return documents.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal) && p.IndexOf('/', prefix.Length) > 0)
            .Select(p => p[prefix.Length..p.IndexOf('/', prefix.Length)]).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A copy with documents replaced, added or (for a null content) removed.</summary>
    public DocumentSet With(string name, IEnumerable<KeyValuePair<string, byte[]?>> changes)
    {
        var copy = new SortedDictionary<string, byte[]>(documents, StringComparer.Ordinal);
        foreach (var (path, content) in changes)
            if (content is null) copy.Remove(path);
            else copy[path] = content;
        return new DocumentSet(name, copy);
    }
}
