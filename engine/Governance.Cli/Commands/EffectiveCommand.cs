using System.Text.Json;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Cli.Commands;

/// <summary>`effective --county <code> [--item <code>]`: the merged definitions a county runs, as JSON.</summary>
public sealed class EffectiveCommand : ICliCommand
{
    public string Name => "effective";
    public string Usage => "effective --county <code> [--item <code>] [--definitions dir]   print the merged definitions a county runs";

    public int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.Expect(0, "county", "item", Definitions.Option);
        var countyCode = args.Required("county");
        var itemCode = args.Option("item");
        if (Definitions.Load(args, error) is not { } set) return CommandLine.Failed;
        if (set.City!.Org.Find(countyCode) is not { Level: OrgLevel.County } county)
        {
            error.WriteLine(Text.Format("CLI-NOT-COUNTY", countyCode));
            return CommandLine.Failed;
        }
        var p = set.For(county.Code);
        object view;
        if (itemCode is not null)
        {
            if (p.FindItem(itemCode) is not { } item)
            {
                error.WriteLine(Text.Format("CLI-COUNTY-NO-ITEM", county.Name, itemCode));
                return CommandLine.Failed;
            }
            view = new { county = Unit(county), overlay = p.County?.Code, item = Item(p, item), routes = p.Routes.Where(r => Applies(r, item)).Select(Route) };
        }
        else
        {
            view = new
            {
                county = Unit(county),
                overlay = p.County?.Code,
                calendar = new { p.Calendar.TimeZone, officeHours = p.Calendar.OfficeHours.Select(h => $"{h.Start:HH\\:mm}-{h.End:HH\\:mm}"), p.Calendar.Years },
                warnings = new { p.Warnings.Blue, p.Warnings.Yellow, p.Warnings.Red },
                categories = p.Categories.Select(c => new { c.Code, c.Name, c.Edition }),
                items = p.Items.Select(i => Item(p, i)),
                routes = p.Routes.Select(Route),
            };
        }
        output.WriteLine(JsonSerializer.Serialize(view, Definitions.Json));
        return CommandLine.Ok;
    }

    static object Unit(OrgUnit u) => new { u.Code, u.Name };

    static object Item(EffectivePackage p, CatalogItem i) => new
    {
        i.Code, i.Category, i.Name, i.Group, i.Keywords, i.Edition, i.Urgencies, i.Department,
        lowestLevel = i.LowestLevel.ToString().ToLowerInvariant(),
        limits = i.Urgencies.ToDictionary(u => u, u => p.FindLimit(i, u) is { } l ? new { l.Limit.Amount, unit = l.Limit.Unit.ToString().ToLowerInvariant(), from = l.Source.ToString() } : null),
        source = i.Source.ToString(),
    };

    static bool Applies(RouteRule r, CatalogItem i) =>
        (r.Items.Count == 0 || r.Items.Contains(i.Code)) && (r.Categories.Count == 0 || r.Categories.Contains(i.Category))
        && (r.Functions.Count == 0 || r.Functions.Contains(i.Department));

    static object Route(RouteRule r) => new
    {
        r.Id, r.Description, r.Place,
        items = r.Items.Count > 0 ? r.Items : null, categories = r.Categories.Count > 0 ? r.Categories : null,
        functions = r.Functions.Count > 0 ? r.Functions : null, channels = r.Channels.Count > 0 ? r.Channels : null,
        urgencies = r.Urgencies.Count > 0 ? r.Urgencies : null,
        handler = new { level = r.Handler.Level?.ToString().ToLowerInvariant() ?? "item", r.Handler.Department },
        source = r.Source.ToString(),
    };
}
