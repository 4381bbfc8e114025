using System.Text.Json.Nodes;

namespace Governance.TestSupport;

/// <summary>The repository's own definitions, and throwaway copies of them to break on purpose.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Definitions => Path.Combine(Root, "definitions");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Governance.sln"))) return dir.FullName;
        throw new InvalidOperationException("Governance.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A copy of the default package in a temp folder, deleted on dispose.</summary>
public sealed class PackageCopy : IDisposable
{
    public PackageCopy()
    {
        Dir = Path.Combine(Path.GetTempPath(), "gov-defs-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(RepoFiles.Definitions, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Dir, Path.GetRelativePath(RepoFiles.Definitions, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Dir { get; }

    /// <summary>Edits one JSON file of the copy in place.</summary>
    public PackageCopy Edit(string relative, Action<JsonNode> change)
    {
        var path = Path.Combine(Dir, relative);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        change(node);
        File.WriteAllText(path, node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        return this;
    }

    public PackageCopy Write(string relative, string text)
    {
        var path = Path.Combine(Dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public PackageCopy Delete(string relative)
    {
        File.Delete(Path.Combine(Dir, relative));
        return this;
    }

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
    }
}
