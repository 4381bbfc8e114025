using System.Globalization;
using Governance.Cli.Geography;
using Governance.Core.Packages;
using Governance.Core.Geography;
using Governance.Core.Messages;

namespace Governance.Cli.Commands;

/// <summary>
/// `boundaries`: draws plausible boundaries for every unit of a fictional package's org tree into
/// org/boundaries.json (the default 示范市 ships the result). A real city draws its own and only validates them.
/// </summary>
public sealed class BoundariesCommand : ICliCommand
{
    public string Name => "boundaries";
    public string Usage => "boundaries [--seed S] [--out file] [--definitions dir]   draw boundaries for a fictional city (default: <definitions>/org/boundaries.json)";

    public int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.Expect(0, "seed", "out", Definitions.Option);
        var seed = 990100;
        if (args.Option("seed") is { } s && !int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
            throw new UsageException(Text.Format("CLI-SEED-INVALID", s));
        var dir = args.Option(Definitions.Option) ?? "definitions";
        var set = DefinitionLoader.Load(dir);
        // Broken boundaries are what this command replaces; any other problem must be fixed first.
        var others = set.Problems.Errors.Where(e => !e.Code.StartsWith("DEF-GEO-", StringComparison.Ordinal) && e.File != PlaceBoundaries.File).ToList();
        if (set.City is null || others.Count > 0)
        {
            foreach (var e in others) error.WriteLine(e);
            error.WriteLine(Text.Format("CLI-DEFINITIONS-INVALID", dir, others.Count));
            return CommandLine.Failed;
        }
        var shapes = new BoundaryGenerator(set.City.Org, seed).Generate();
        var file = args.Option("out") ?? Path.Combine(dir, PlaceBoundaries.File);
        File.WriteAllText(file, BoundaryWriter.Write(shapes, Text.Format("CLI-BOUNDARIES-NOTE", seed)));
        output.WriteLine(Text.Format("CLI-BOUNDARIES-WRITTEN", shapes.Count, file));
        return CommandLine.Ok;
    }
}
