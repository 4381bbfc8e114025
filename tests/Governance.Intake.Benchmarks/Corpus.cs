using Governance.Core.Definitions;
using Governance.Core.Definitions.Model;
using Governance.Core.Intake.Evaluation;

namespace Governance.Intake.Benchmarks;

/// <summary>The package and the labelled texts, found from the repository root.</summary>
sealed class Corpus
{
    public required DefinitionSet Definitions { get; init; }
    public required IReadOnlyList<LabelledText> Dev { get; init; }
    public required IReadOnlyList<LabelledText> HeldOut { get; init; }

    /// <summary>The items a text may be classified under: its county's catalog, else the city's.</summary>
    public IReadOnlyList<CatalogItem> ItemsFor(string? county) => Definitions.For(county).Items;

    public static Corpus Load()
    {
        var root = FindRoot();
        var set = DefinitionLoader.Load(Path.Combine(root, "definitions"));
        if (!set.IsValid) throw new InvalidOperationException(string.Join("\n", set.Problems.Errors));
        var data = Path.Combine(root, "tests", "Governance.Intake.Tests", "Data");
        return new Corpus { Definitions = set, Dev = Read(Path.Combine(data, "dev.jsonl")), HeldOut = Read(Path.Combine(data, "heldout.jsonl")) };
    }

    static IReadOnlyList<LabelledText> Read(string path)
    {
        using var reader = File.OpenText(path);
        var texts = LabelledText.ReadLines(reader, out var problems);
        if (problems.Count > 0) throw new InvalidDataException($"{path}: line {problems[0].Line}: {problems[0].Problem}");
        return texts;
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Governance.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Governance.sln not found above " + AppContext.BaseDirectory);
    }
}
