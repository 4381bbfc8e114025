using System.Globalization;
using Governance.Core.Definitions;
using Governance.Core.Definitions.Model;
using Governance.Core.Intake.Evaluation;
using Governance.Core.Intake.Learning;
using Governance.Core.Intake.Model;
using Governance.Core.Intake.Suggestions;
using Governance.Core.Messages;
using Governance.Storage.Cases;
using Governance.Storage.Intake;

namespace Governance.Cli.Commands;

/// <summary>
/// `classify`: the catalog items suggested for a text (`--text`), for each line of a file (`--file`), or how often
/// they are right on a labelled file (`--evaluate`, printed beside the catalog-name search they replace). With
/// `--storage` the county's active learned version answers, as on the server; without, the catalog alone.
/// </summary>
public sealed class ClassifyCommand : ICliCommand
{
    public string Name => "classify";
    public string Usage => Text.Format("CLI-CLASSIFY-USAGE");

    public int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.Expect(0, "text", "file", "evaluate", "county", "limit", "storage", Definitions.Option);
        var modes = new[] { "text", "file", "evaluate" }.Where(m => args.Option(m) is not null).ToList();
        if (modes.Count != 1) throw new UsageException(Text.Format("CLI-CLASSIFY-MODE"));
        var limit = 3;
        if (args.Option("limit") is { } l && (!int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > IntakeSuggester.MaxLimit))
            throw new UsageException(Text.Format("CLI-CLASSIFY-LIMIT", l));
        var path = args.Option("file") ?? args.Option("evaluate");
        if (path is not null && !File.Exists(path)) return Fail(error, Text.Format("WF-FILE-NOT-FOUND", path));
        if (Definitions.Load(args, error) is not { } set) return CommandLine.Failed;
        var county = args.Option("county");
        if (county is not null && set.City!.Org.Find(county)?.Level != OrgLevel.County) return Fail(error, Text.Format("CLI-NOT-COUNTY", county));

        var models = new Models(set, args.Option("storage"), error);
        switch (modes[0])
        {
            case "text":
                foreach (var r in models.For(county).Rank(args.Option("text")!, limit))
                    output.WriteLine($"{r.Item.Code}\t{r.Item.Name}\t{r.Confidence.ToString("F3", CultureInfo.InvariantCulture)}");
                return CommandLine.Ok;
            case "file":
                foreach (var line in File.ReadLines(path!))
                    output.WriteLine(string.IsNullOrWhiteSpace(line) ? "" : string.Join(' ', models.For(county).RankCodes(line, limit)));
                return CommandLine.Ok;
            default:
                return Evaluate(path!, county, models, set, output, error);
        }
    }

    static int Evaluate(string path, string? county, Models models, DefinitionSet set, TextWriter output, TextWriter error)
    {
        IReadOnlyList<LabelledText> texts;
        using (var reader = File.OpenText(path))
        {
            texts = LabelledText.ReadLines(reader, out var problems);
            if (problems.Count > 0) return Fail(error, Text.Format("CLI-CLASSIFY-BAD-LINE", path, problems[0].Line, problems[0].Problem));
        }
        if (texts.Count == 0) return Fail(error, Text.Format("CLI-CLASSIFY-EMPTY", path));
        // A text's own county (a county's local items) wins over --county.
        var model = EvaluationResult.Of(texts, t => models.For(t.County ?? county).RankCodes(t.Text));
        var baselines = new Dictionary<string, CatalogNameSearch>();
        var baseline = EvaluationResult.Of(texts, t =>
        {
            var key = t.County ?? county ?? "";
            if (!baselines.TryGetValue(key, out var search)) baselines[key] = search = new CatalogNameSearch(set.For(t.County ?? county).Items);
            return search.RankCodes(t.Text);
        });
        output.WriteLine(Text.Format("CLI-CLASSIFY-RESULT", Text.Format("CLI-CLASSIFY-MODEL"), model.Top1, model.Top3, model.Count));
        output.WriteLine(Text.Format("CLI-CLASSIFY-RESULT", Text.Format("CLI-CLASSIFY-BASELINE"), baseline.Top1, baseline.Top3, baseline.Count));
        return CommandLine.Ok;
    }

    static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return CommandLine.Failed;
    }

    /// <summary>One model per county, with the county's active learned version when a database is named.</summary>
    sealed class Models(DefinitionSet set, string? storage, TextWriter error)
    {
        readonly IntakeSuggester suggester = new(storage is null ? new InMemoryIntakeStore() : new EfIntakeStore(CaseHost.DefaultOrParse(storage, set.Root)));
        readonly Dictionary<string, ItemModel> models = new(StringComparer.Ordinal);

        public ItemModel For(string? county)
        {
            var key = county ?? "";
            if (models.TryGetValue(key, out var model)) return model;
            var package = set.For(county);
            if (county is null) return models[key] = suggester.CatalogModel(package);
            var (m, version) = suggester.CountyModelAsync(package, county).GetAwaiter().GetResult();
            if (version is not null) error.WriteLine(Text.Format("CLI-CLASSIFY-VERSION", set.City!.Org.Find(county)?.Name ?? county, version));
            return models[key] = m;
        }
    }
}
