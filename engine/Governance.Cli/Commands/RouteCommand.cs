using Governance.Core.Definitions.Model;
using Governance.Core.Dispatch;

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
            return Fail(error, $"“{grid}”不是网格编码（15 位）");
        if (channel is not null && package.Channels.All(c => c.Code != channel))
            return Fail(error, $"未知渠道“{channel}”，可选：{string.Join(", ", package.Channels.Select(c => c.Code))}");
        if (urgency is not null && package.Urgencies.All(u => u.Code != urgency))
            return Fail(error, $"未知紧急程度“{urgency}”，可选：{string.Join(", ", package.Urgencies.Select(u => u.Code))}");

        if (urgency is not null && package.FindItem(item) is { } known && !known.Urgencies.Contains(urgency))
            return Fail(error, $"事项“{item}”没有紧急程度“{urgency}”，可选：{string.Join(", ", known.Urgencies)}");

        var (result, failure) = new Router(package).Resolve(item, grid, channel, urgency);
        if (result is null)
            return Fail(error, failure!.Kind switch
            {
                RouteFailureKind.UnknownItem => $"未知事项“{item}”",
                RouteFailureKind.NoRule => "没有匹配的派遣规则",
                RouteFailureKind.NoDepartment => $"规则“{failure.Rule!.Id}”要求的部门“{failure.Function}”不存在",
                _ => $"规则“{failure.Rule!.Id}”派到的层级低于事项允许的最低处置层级",
            });

        output.WriteLine($"handler: {result.HandlerName} ({result.Department?.Code ?? result.Unit.Code}) level={result.Level.ToString().ToLowerInvariant()} unit={result.Unit.Name} ({result.Unit.Code}){(result.FellBackUp ? " [县里没有该部门，上溯到市级]" : "")}");
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
