using Governance.Core.Definitions;
using Governance.Core.Packages;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Cli.Commands;

/// <summary>`validate [dir]`: checks a definition package and prints a summary or every problem.</summary>
public sealed class ValidateCommand : ICliCommand
{
    public string Name => "validate";
    public string Usage => "validate [dir]                      check a definition package (default: definitions)";

    public int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.Expect(1);
        var dir = args.Positional.Count > 0 ? args.Positional[0] : "definitions";
        var set = DefinitionLoader.Load(dir, Definitions.LoadOptions);
        foreach (var problem in set.Problems.All) (problem.Severity == Core.Definitions.Validation.Severity.Error ? output : error).WriteLine(problem);
        if (!set.IsValid)
        {
            output.WriteLine(Text.Format("CLI-VALIDATE-ERRORS", set.Problems.Errors.Count()));
            return CommandLine.Failed;
        }
        var city = set.City!;
        output.WriteLine($"{city.Categories.Count} categories, {city.Items.Count} items, {city.Routes.Count} routes, {city.Org.Units.Count()} org units, "
            + $"{city.Departments.Count} departments, {city.Limits.Count} time limits, {set.Forms.All.Count()} forms, {set.Workflows.Count} workflows, "
            + $"{set.Definitions!.AllUsers().Count} users, "
            + $"{set.OverlaidCounties.Count()} county overlays, {set.Places.Shapes.Count} boundaries, "
            + $"calendar {string.Join(",", city.Calendar.Years)}");
        return CommandLine.Ok;
    }
}
