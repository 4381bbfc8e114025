using System.Globalization;
using Governance.Core.Calendar;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Cli.Commands;

/// <summary>`deadline --from <time> --amount N --unit …`: the deadline on the official calendar.</summary>
public sealed class DeadlineCommand : ICliCommand
{
    public string Name => "deadline";
    public string Usage => "deadline --from <ISO time> --amount N --unit minute|workhour|workday [--county <code>] [--definitions dir]";

    public int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.Expect(0, "from", "amount", "unit", "county", Definitions.Option);
        if (!DateTimeOffset.TryParse(args.Required("from"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
            throw new UsageException(Text.Format("CLI-FROM-INVALID", args.Option("from")));
        if (!int.TryParse(args.Required("amount"), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
            throw new UsageException(Text.Format("CLI-AMOUNT-INVALID", args.Option("amount")));
        TimeUnit unit = args.Required("unit") switch
        {
            "minute" => TimeUnit.Minute, "workhour" => TimeUnit.WorkHour, "workday" => TimeUnit.WorkDay,
            var other => throw new UsageException(Text.Format("CLI-UNIT-INVALID", other)),
        };
        if (Definitions.Load(args, error) is not { } set) return CommandLine.Failed;
        var county = args.Option("county");
        if (county is not null && set.City!.Org.Find(county) is not { Level: OrgLevel.County })
        {
            error.WriteLine(Text.Format("CLI-NOT-COUNTY", county));
            return CommandLine.Failed;
        }
        try
        {
            var calendar = new WorkCalendar(set.For(county).Calendar);
            var deadline = new TimeLimitClock(from, new TimeLimit(amount, unit)).Deadline(calendar)!.Value;
            output.WriteLine(TimeZoneInfo.ConvertTime(deadline, calendar.Zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            return CommandLine.Ok;
        }
        catch (CalendarException e)
        {
            error.WriteLine($"{e.Code} {e.Message}");
            return CommandLine.Failed;
        }
    }
}
