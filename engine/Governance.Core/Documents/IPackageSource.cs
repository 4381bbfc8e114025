namespace Governance.Core.Documents;

/// <summary>
/// Where a package's documents come from: a folder on disk, a database snapshot, a draft laid over a published
/// version. Paths are relative to the package root, with '/' separators (<c>catalog/items/01.json</c>,
/// <c>counties/990121/routes.json</c>). The loader reads only through this, so every source is read the same way.
/// </summary>
public interface IPackageSource
{
    /// <summary>What the source is, for messages: a folder path, "database version 12".</summary>
    string Name { get; }

    /// <summary>The document's bytes, or null when there is no such document.</summary>
    byte[]? Read(string path);

    /// <summary>Whether the folder exists (holds any document, for a source without real folders).</summary>
    bool HasFolder(string folder);

    /// <summary>The .json documents directly in a folder, as full paths, in ordinal order.</summary>
    IReadOnlyList<string> Files(string folder);

    /// <summary>The names of the folders directly in a folder, in ordinal order.</summary>
    IReadOnlyList<string> Folders(string folder);
}
