using System.Xml.Linq;
using NJsonSchema;

namespace Governance.Integrations.Tests.Open311;

/// <summary>
/// The Open311 JSON schemas of the shared reference folder (read where they are: the folder has no licence, so nothing
/// of it is copied into the repository). XML answers are checked to carry exactly the JSON answer's content.
/// </summary>
public static class Open311Schemas
{
    static readonly string Folder = Find();

    static string Find()
    {
        for (var dir = new DirectoryInfo(RepoFiles.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference", "open311");
            if (File.Exists(Path.Combine(candidate, "requests.json"))) return candidate;
        }
        throw new InvalidOperationException("the Open311 schemas (shared/reference/open311) are not found above " + RepoFiles.Root);
    }

    /// <summary>Validates JSON against a schema file (services, service-definition, requests…); fails with every error.</summary>
    public static async Task Valid(string schema, string json)
    {
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
