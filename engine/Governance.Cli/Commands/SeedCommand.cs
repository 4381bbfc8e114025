using System.Globalization;
using Governance.Core.Cases.Services;
using Governance.Core.Messages;
using Governance.Demo;
using Governance.Storage.Cases;

namespace Governance.Cli.Commands;

/// <summary>`seed --cases N`: realistic demo cases at every stage of the loop, in the embedded database the server uses.</summary>
public sealed class SeedCommand : ICliCommand
{
    public string Name => "seed";
    public string Usage => "seed --cases N [--storage sqlite:<file>|postgres:<connection>] [--seed S] [--definitions dir]   create N demo cases";

    public int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.Expect(0, "cases", "storage", "seed", Definitions.Option);
        if (!int.TryParse(args.Required("cases"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is <= 0 or > 1_000_000)
            throw new UsageException(Text.Format("CLI-CASES-INVALID", args.Option("cases")));
        var seed = 2026;
        if (args.Option("seed") is { } s && !int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
            throw new UsageException(Text.Format("CLI-SEED-INVALID", s));
        if (Definitions.Load(args, error) is not { } set) return CommandLine.Failed;

        var storage = CaseHost.DefaultOrParse(args.Option("storage"), set.Name);
        var host = CaseHost.StartAsync(storage, set, TimeProvider.System).GetAwaiter().GetResult();
        var seeder = new DemoSeeder(set, clock => new CaseService(host.Cases, host.Workflows.Runtime, set, clock));
        var made = seeder.SeedAsync(count, DateTimeOffset.UtcNow, seed, n => { if (n % 100 == 0) error.WriteLine($"{n}/{count}"); })
            .GetAwaiter().GetResult();
        output.WriteLine($"{made} demo cases in {(storage.Provider == Storage.StorageProvider.Sqlite ? storage.ConnectionString.Split(';')[0] : "PostgreSQL")}");
        return CommandLine.Ok;
    }
}
