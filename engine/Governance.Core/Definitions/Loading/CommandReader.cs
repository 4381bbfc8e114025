using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;
using Governance.Core.ReadSide;

namespace Governance.Core.Definitions.Loading;

/// <summary>
/// Reads the command center's definitions: assessment/ (satisfaction weights and one scheme per level), warnings/
/// (one rule per file) and briefings/ (one briefing per file). Files come through the loader's own access, so every
/// problem is reported as file:jsonpath: CODE message with the rest of the package.
/// </summary>
internal static class CommandReader
{
    /// <param name="file">The loader's file access: a package-relative path, and whether a missing file is an error.</param>
    /// <param name="folder">The .json files of a package folder in name order; none when the folder does not exist.</param>
    /// <param name="city">The city's effective package the references are checked against; null when it did not load.</param>
    public static CommandDefinitions Read(Func<string, bool, JsonSection?> file, Func<string, IEnumerable<string>> folder, EffectivePackage? city, DefinitionErrors errors)
    {
        var weights = file("assessment/satisfaction.json", true) is { } w ? Weights(w) : null;
        var schemes = folder("assessment/schemes").Select(f => file(f, true)).OfType<JsonSection>().Select(AssessmentReader.Scheme).OfType<AssessmentScheme>().ToList();
        var rules = folder("warnings").Select(f => file(f, true)).OfType<JsonSection>().Select(WarningReader.Rule).OfType<WarningRule>().ToList();
        var briefings = folder("briefings").Select(f => file(f, true)).OfType<JsonSection>().Select(BriefingReader.Briefing).OfType<BriefingDefinition>().ToList();
        var command = new CommandDefinitions(new AssessmentDefinitions(weights ?? AssessmentDefinitions.Empty.Weights, schemes), rules, briefings);
        if (city is not null) CommandChecks.Check(city, command, errors);
        return command;
    }

    static SatisfactionWeights? Weights(JsonSection file)
    {
        file.AllowOnly("weights");
        if (file.Object("weights") is not { } w) return null;
        w.AllowOnly("satisfied", "basic", "unsatisfied");
        double? Share(string name)
        {
            var v = w.Number(name);
            if (v is < 0 or > 1) { w.Errors.Add(w.At.Field(name), "DEF-ASSESS-WEIGHT-RANGE", name, v); return null; }
            return v;
        }
        var (satisfied, basic, unsatisfied) = (Share("satisfied"), Share("basic"), Share("unsatisfied"));
        return satisfied is null || basic is null || unsatisfied is null ? null : new SatisfactionWeights(satisfied.Value, basic.Value, unsatisfied.Value);
    }
}
