using System.Globalization;
using Governance.Core.Cases.Services;
using Governance.Core.Messages;
using Governance.Demo;
using Governance.Core.Cases;
using Governance.Core.Hosting;
using Governance.Core.Packages;
using Governance.Core.Workflows.Runtime;
using Governance.Storage;
using Microsoft.Extensions.DependencyInjection;

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
        var root = args.Option(Definitions.Option) ?? "definitions";
        var storage = StorageOptions.Parse(args.Option("storage"), root);
        using var services = new ServiceCollection().AddGovernanceCore().AddGovernanceStorage(storage).BuildServiceProvider();
        try
        {
            // The package the database holds (definitions/ only seeds an empty one), as the server runs it.
            services.StartGovernanceAsync(root).GetAwaiter().GetResult();
        }
        catch (PackageInvalidException e)
        {
            foreach (var problem in e.Set.Problems.Errors) error.WriteLine(problem);
            error.WriteLine(Text.Format("CLI-DEFINITIONS-INVALID", root, e.Set.Problems.Errors.Count()));
            return CommandLine.Failed;
        }
        var packages = services.GetRequiredService<IPackageProvider>();
        var cases = services.GetRequiredService<ICaseStore>();
        var runtime = services.GetRequiredService<WorkflowRuntime>();
        var seeder = new DemoSeeder(packages.Current, clock => new CaseService(cases, runtime, packages, clock));
        var made = seeder.SeedAsync(count, DateTimeOffset.UtcNow, seed, n => { if (n % 100 == 0) error.WriteLine($"{n}/{count}"); })
            .GetAwaiter().GetResult();
        output.WriteLine($"{made} demo cases in {(storage.Provider == StorageProvider.Sqlite ? storage.ConnectionString.Split(';')[0] : "PostgreSQL")}");
        return CommandLine.Ok;
    }
}
