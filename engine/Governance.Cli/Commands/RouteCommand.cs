using Governance.Core.Definitions.Model;
using Governance.Core.Dispatch;
using Governance.Core.Messages;

namespace Governance.Cli.Commands;

/// <summary>`route --item <code> --grid <code>`: which unit handles a case, and which rule said so.</summary>
public sealed class RouteCommand : ICliCommand
{
    public string Name => "route";
    public string Usage => "route --item <code> --grid <grid code> [--channel <code>] [--urgency <code>] [--definitions dir]";

    public int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.Expect(0, "item", "grid", "channel", "urgency", Definitions.Option);
        var item = args.Required("item");
        var grid = args.Required("grid");
        if (Definitions.Load(args, error) is not { } set) return CommandLine.Failed;
        var package = set.For(grid);
        var channel = args.Option("channel");
        var urgency = args.Option("urgency");
        if (package.Org.Find(grid) is not { Level: OrgLevel.Grid })
            return Fail(error, Text.Format("CLI-NOT-GRID", grid));
        if (channel is not null && package.Channels.All(c => c.Code != channel))
            return Fail(error, Text.Format("CASE-CHANNEL-UNKNOWN", channel, string.Join(", ", package.Channels.Select(c => c.Code))));
        if (urgency is not null && package.Urgencies.All(u => u.Code != urgency))
            return Fail(error, Text.Format("CLI-URGENCY-UNKNOWN", urgency, string.Join(", ", package.Urgencies.Select(u => u.Code))));

        if (urgency is not null && package.FindItem(item) is { } known && !known.Urgencies.Contains(urgency))
            return Fail(error, Text.Format("CASE-URGENCY-INVALID", item, urgency, string.Join(", ", known.Urgencies)));

        var (result, failure) = new Router(package).Resolve(item, grid, channel, urgency);
        if (result is null)
            return Fail(error, failure!.Kind switch
            {
                RouteFailureKind.UnknownItem => Text.Format("CLI-ROUTE-UNKNOWN-ITEM", item),
                RouteFailureKind.NoRule => Text.Format("CLI-ROUTE-NO-RULE"),
                RouteFailureKind.NoDepartment => Text.Format("CLI-ROUTE-NO-DEPARTMENT", failure.Rule!.Id, failure.Function),
                _ => Text.Format("CLI-ROUTE-BELOW-LOWEST", failure.Rule!.Id),
            });

        output.WriteLine($"handler: {result.HandlerName} ({result.Department?.Code ?? result.Unit.Code}) level={result.Level.ToString().ToLowerInvariant()} unit={result.Unit.Name} ({result.Unit.Code}){(result.FellBackUp ? " " + Text.Format("CLI-ROUTE-FELL-BACK") : "")}");
        output.WriteLine($"item: {result.Item.Code} {result.Item.Name}");
        output.WriteLine($"rule: {result.Rule.Id} {result.Rule.Description} ({result.Rule.Source})");
        return CommandLine.Ok;
    }

    static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return CommandLine.Failed;
    }
}
