using System.Text.Json.Nodes;
using Governance.Core.Documents;
using Governance.TestSupport;

namespace Governance.Core.Tests.Documents;

public class CanonicalJsonTests
{
    /// <summary>
    /// A document saved through the admin API is written canonically, so an export diffs against definitions/ only
    /// where something changed if the shipped data documents are canonical too. Forms and flows are laid out by hand
    /// (a field a line) and keep their bytes until someone edits them; so does org/boundaries.json, which `governance
    /// boundaries` writes a ring a line (canonical, every coordinate would take four lines: 9,000 lines for 800).
    /// </summary>
    [Fact]
    public void Every_data_document_of_the_default_package_is_already_in_canonical_form()
    {
        var folder = new FolderSource(RepoFiles.Definitions);
        var differing = folder.AllFiles()
            .Where(path => path.EndsWith(".json", StringComparison.Ordinal))
            .Where(path => !path.StartsWith("workflows/", StringComparison.Ordinal) && !path.Contains("forms/", StringComparison.Ordinal)
                && path != Core.Geography.PlaceBoundaries.File)
            .Where(path => !CanonicalJson.Format(JsonNode.Parse(folder.Read(path)!)!).AsSpan().SequenceEqual(folder.Read(path)))
            .ToList();
        Assert.Empty(differing);
        Assert.True(folder.AllFiles().Count > 30);
    }

    [Fact]
    public void A_document_typed_without_care_comes_out_indented_with_chinese_unescaped_and_a_final_newline()
    {
        var (content, error) = CanonicalJson.Normalize("{\"name\":\"示范市\",\"list\":[1,2],\"empty\":[],\"o\":{}}");
        Assert.Null(error);
        Assert.Equal("{\n  \"name\": \"示范市\",\n  \"list\": [\n    1,\n    2\n  ],\n  \"empty\": [],\n  \"o\": {}\n}\n", CanonicalJson.Text(content!));
    }

    [Fact]
    public void Broken_json_is_refused_with_the_parsers_reason()
    {
        var (content, error) = CanonicalJson.Normalize("{\"name\": ");
        Assert.Null(content);
        Assert.NotNull(error);
    }
}
