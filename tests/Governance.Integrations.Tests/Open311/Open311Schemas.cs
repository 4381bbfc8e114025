using System.Xml.Linq;
using NJsonSchema;

namespace Governance.Integrations.Tests.Open311;

/// <summary>
/// The Open311 JSON schemas of the shared reference folder (read where they are: the folder has no licence, so nothing
/// of it is copied into the repository). XML answers are checked to carry exactly the JSON answer's content.
/// </summary>
public static class Open311Schemas
{
    static readonly string? Folder = Find();

    /// <summary>
    /// The folder beside the repository (../shared/reference/open311), or beside the repository a clone was made from
    /// (a fresh clone in /tmp finds the schemas of the checkout it came from), or GOVERNANCE_SHARED; null where none is.
    /// </summary>
    static string? Find()
    {
        var roots = new List<string> { RepoFiles.Root };
        if (Environment.GetEnvironmentVariable("GOVERNANCE_SHARED") is { Length: > 0 } shared) roots.Add(Path.GetDirectoryName(Path.GetFullPath(shared))!);
        if (Origin() is { } origin) roots.Add(origin);
        foreach (var root in roots)
            for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "reference", "open311");
                if (File.Exists(Path.Combine(candidate, "requests.json"))) return candidate;
            }
        return null;
    }

    static string? Origin()
    {
        try
        {
            using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", "config --get remote.origin.url")
                { WorkingDirectory = RepoFiles.Root, RedirectStandardOutput = true, UseShellExecute = false })!;
            var url = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return Directory.Exists(url) ? url : null;
        }
        catch (System.ComponentModel.Win32Exception) { return null; }
    }

    /// <summary>
    /// Validates JSON against a schema file (services, service-definition, requests…); fails with every error. Where the
    /// reference folder is not beside the checkout (it has no licence, so it is never copied in), only the answer's own
    /// checks in the test run, and this says so on the console.
    /// </summary>
    public static async Task Valid(string schema, string json)
    {
        if (Folder is null)
        {
            Console.WriteLine($"Open311 schema check of {schema} skipped: shared/reference/open311 is not beside this checkout");
            return;
        }
        var s = await JsonSchema.FromFileAsync(Path.Combine(Folder, schema + ".json"));
        var errors = s.Validate(json);
        Assert.True(errors.Count == 0, $"{schema}: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")) + "\n" + json);
    }

    /// <summary>
    /// The XML answer has the JSON answer's shape: a root of items named <paramref name="item"/>, each with the JSON
    /// object's fields in order, the same texts (null as an empty element, booleans and numbers as written in JSON).
    /// </summary>
    public static void SameAsJson(string xml, string root, string item, System.Text.Json.Nodes.JsonArray json)
    {
        var doc = XDocument.Parse(xml);
        Assert.Equal(root, doc.Root!.Name.LocalName);
        var elements = doc.Root.Elements().ToList();
        Assert.All(elements, e => Assert.Equal(item, e.Name.LocalName));
        Assert.Equal(json.Count, elements.Count);
        for (var i = 0; i < json.Count; i++)
        {
            var o = json[i]!.AsObject();
            var children = elements[i].Elements().ToList();
            Assert.Equal(o.Select(p => p.Key), children.Select(c => c.Name.LocalName));
            foreach (var (key, value) in o)
            {
                var text = children.Single(c => c.Name.LocalName == key).Value;
                var expected = value switch
                {
                    null => "",
                    System.Text.Json.Nodes.JsonValue v when v.TryGetValue<string>(out var str) => str,
                    System.Text.Json.Nodes.JsonValue v => v.ToJsonString(),
                    _ => null,
                };
                if (expected is not null) Assert.Equal((key, expected), (key, text));
            }
        }
    }
}
