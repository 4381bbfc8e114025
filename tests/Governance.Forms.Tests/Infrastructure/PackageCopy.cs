using System.Text.Json.Nodes;

namespace Governance.Forms.Tests.Infrastructure;

/// <summary>A copy of the default package in a temp folder, to break on purpose; deleted on dispose.</summary>
public sealed class PackageCopy : IDisposable
{
    public PackageCopy()
    {
        Dir = Path.Combine(Path.GetTempPath(), "gov-forms-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(TestForms.Definitions, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Dir, Path.GetRelativePath(TestForms.Definitions, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Dir { get; }

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

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
    }
}
