using Governance.Core.Definitions;
using Governance.Core.Intake.Evaluation;

namespace Governance.Intake.Tests;

/// <summary>The default package and the evaluation texts, found from the repository root.</summary>
static class Repo
{
    public static string Root => Governance.TestSupport.RepoFiles.Root;
    public static readonly DefinitionSet Set = DefinitionLoader.Load(Path.Combine(Root, "definitions"));

    public static IReadOnlyList<LabelledText> Texts(string file)
    {
        using var reader = File.OpenText(Path.Combine(Root, "tests", "Governance.Intake.Tests", "Data", file));
        var texts = LabelledText.ReadLines(reader, out var problems);
        Assert.Empty(problems);
        return texts;
    }
}
