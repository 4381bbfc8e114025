namespace Governance.Core.Documents;

/// <summary>A package folder on disk (definitions/, an exported copy).</summary>
public sealed class FolderSource(string root) : IPackageSource
{
    public string Root => root;
    public string Name => root;
    public bool Exists => Directory.Exists(root);

    public byte[]? Read(string path)
    {
        var full = Path.Combine(root, path);
        return File.Exists(full) ? File.ReadAllBytes(full) : null;
    }

    public bool HasFolder(string folder) => Directory.Exists(Path.Combine(root, folder));

    public IReadOnlyList<string> Files(string folder)
    {
        var full = Path.Combine(root, folder);
        if (!Directory.Exists(full)) return [];
        return Directory.GetFiles(full, "*.json").Select(f => Join(folder, Path.GetFileName(f))).Order(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<string> Folders(string folder)
    {
        var full = Path.Combine(root, folder);
        if (!Directory.Exists(full)) return [];
        return Directory.GetDirectories(full).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Every file under the root, as paths relative to it: the JSON documents and what travels with them (a
    /// folder's README, the holiday data's LICENSE). Hidden files are left out.
    /// </summary>
    public IReadOnlyList<string> AllFiles() => !Directory.Exists(root) ? [] :
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => p.Split('/').All(part => !part.StartsWith('.')))
            .Order(StringComparer.Ordinal).ToList();

    static string Join(string folder, string name) => folder.Length == 0 ? name : $"{folder}/{name}";
}
