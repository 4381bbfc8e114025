using Governance.Core.Messages;
using Governance.Core.Reports.Building;
using Governance.Core.Reports.Model;
using Governance.Excel;
using Governance.Storage.Cases;
using Governance.Storage.Reports;

namespace Governance.Cli.Commands;

/// <summary>`report list` and `report export`: the unified report's definitions, and a report (or a unit's whole set) written to Excel.</summary>
public sealed class ReportCommand : ICliCommand
{
    public string Name => "report";
    public string Usage => Text.Format("CLI-REPORT-USAGE");

    public int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        var sub = args.Positional.Count > 0 ? args.Positional[0] : throw new UsageException(Text.Format("CLI-REPORT-SUBCOMMAND"));
        return sub switch
        {
            "list" => List(args, output, error),
            "export" => Export(args, output, error),
            _ => throw new UsageException(Text.Format("CLI-REPORT-SUBCOMMAND-UNKNOWN", sub)),
        };
    }

    static int List(CliArguments args, TextWriter output, TextWriter error)
    {
        args.Expect(1, Definitions.Option);
        if (Definitions.Load(args, error) is not { } set) return CommandLine.Failed;
        foreach (var r in set.Reports.Reports) output.WriteLine($"{r.Id}\t{r.Name}");
        output.WriteLine($"{set.Reports.Reports.Count} reports, {set.Reports.Elements.Count} data elements");
        return CommandLine.Ok;
    }

    static int Export(CliArguments args, TextWriter output, TextWriter error)
    {
        args.Expect(1, "report", "period", "unit", "storage", "out", Definitions.Option);
        var id = args.Required("report");
        var periodText = args.Required("period");
        if (!ReportPeriod.TryParse(periodText, out var period)) throw new UsageException(Text.Format("CLI-REPORT-PERIOD", periodText));
        var unitCode = args.Required("unit");
        var file = args.Required("out");
        if (!file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) throw new UsageException(Text.Format("CLI-REPORT-OUT", file));
        if (Definitions.Load(args, error) is not { } set) return CommandLine.Failed;
        var reports = id == "all" ? set.Reports.Reports : set.Reports.Report(id) is { } one ? [one] : (IReadOnlyList<ReportDefinition>)[];
        if (reports.Count == 0)
        {
            error.WriteLine(Text.Format("CLI-REPORT-UNKNOWN", id));
            return CommandLine.Failed;
        }
        if (set.City!.Org.Find(unitCode) is not { } unit)
        {
            error.WriteLine(Text.Format("CLI-REPORT-UNIT", unitCode));
            return CommandLine.Failed;
        }
        var storage = CaseHost.DefaultOrParse(args.Option("storage"), set.Root);
        // Migrate only: a database that has never run has no cases and no sheets, and its reports are empty.
        new Storage.Workflows.EfWorkflowStore(storage).MigrateAsync().GetAwaiter().GetResult();
        var builder = new ReportBuilder(set.Reports, set.City, new SqlCaseAggregates(storage), new EfCollectionStore(storage));
        var cells = 0;
        async IAsyncEnumerable<ReportTable> Tables()
        {
            foreach (var r in reports)
            {
                var t = await builder.BuildAsync(r, unit, period);
                cells += t.CellCount;
                yield return t;
            }
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        using (var stream = File.Create(file)) ReportWorkbook.WriteAsync(stream, Tables()).GetAwaiter().GetResult();
        output.WriteLine(Text.Format("CLI-REPORT-WRITTEN", file, reports.Count, cells, unit.Name, period));
        return CommandLine.Ok;
    }
}
