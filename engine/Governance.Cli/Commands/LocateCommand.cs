using System.Globalization;
using Governance.Core.Geography;
using Governance.Core.Messages;

namespace Governance.Cli.Commands;

/// <summary>`locate --lat --lon`: the grid a point lies in, as the server derives it for a report, with the units above it.</summary>
public sealed class LocateCommand : ICliCommand
{
    public string Name => "locate";
    public string Usage => "locate --lat <degrees> --lon <degrees> [--definitions dir]   the grid a point lies in";

    public int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.Expect(0, "lat", "lon", Definitions.Option);
        var lat = Degrees(args, "lat");
        var lon = Degrees(args, "lon");
        if (Definitions.Load(args, error) is not { } set) return CommandLine.Failed;
        if (!set.Places.HasBoundaries) { error.WriteLine(Text.Format("CLI-LOCATE-NO-BOUNDARIES", PlaceBoundaries.File)); return CommandLine.Failed; }
        if (set.Places.GridAt(new GeoPoint(lat, lon)) is not { } code || set.City!.Org.Find(code) is not { } grid)
        {
            error.WriteLine(Text.Format("PLACE-OUTSIDE", set.City!.City.Name));
            return CommandLine.Failed;
        }
        output.WriteLine($"grid: {grid.Code} {string.Join(" / ", set.City.Org.SelfAndAncestors(grid).Reverse().Select(u => u.Name))}");
        return CommandLine.Ok;
    }

    static double Degrees(CliArguments args, string name)
    {
        var text = args.Required(name);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
            ? d : throw new UsageException(Text.Format("CLI-DEGREES-INVALID", name, text));
    }
}
