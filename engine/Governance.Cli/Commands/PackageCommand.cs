using Governance.Core.Documents;
using Governance.Core.Hosting;
using Governance.Core.Messages;
using Governance.Core.Packages;
using Governance.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Cli.Commands;

/// <summary>
/// `package export|import`: the published package out of the database as files (byte for byte what was imported or
/// published, so it diffs against definitions/ where something changed), and a folder in as a new version of every
/// scope whose documents differ. A running server applies an import within a second.
/// </summary>
public sealed class PackageCommand : ICliCommand
{
    public string Name => "package";
    public string Usage => "package export --out <dir> [--storage sqlite:<file>|postgres:<connection>]   write the published package as files\n"
        + "package import <dir> [--storage …] [--comment text]   publish a folder as a new version";

    public int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        var verb = args.Positional.Count > 0 ? args.Positional[0] : throw new UsageException(Text.Format("CLI-PACKAGE-VERB"));
        return verb switch
        {
            "export" => Export(args, output, error),
            "import" => Import(args, output, error),
            _ => throw new UsageException(Text.Format("CLI-PACKAGE-VERB")),
        };
    }

    static int Export(CliArguments args, TextWriter output, TextWriter error)
    {
        args.Expect(1, "out", "storage", Definitions.Option);
        var folder = args.Required("out");
        using var services = Services(args);
        services.MigrateGovernanceAsync().GetAwaiter().GetResult();
        var store = services.GetRequiredService<IPackageStore>();
        if (store.RevisionAsync().GetAwaiter().GetResult() == 0)
        {
            error.WriteLine(Text.Format("CLI-PACKAGE-EMPTY"));
            return CommandLine.Failed;
        }
        try
        {
            var count = PackageTransfer.ExportAsync(store, folder).GetAwaiter().GetResult();
            output.WriteLine(Text.Format("CLI-PACKAGE-EXPORTED", count, folder));
            return CommandLine.Ok;
        }
        catch (InvalidOperationException e)
        {
            error.WriteLine(e.Message);
            return CommandLine.Failed;
        }
    }

    static int Import(CliArguments args, TextWriter output, TextWriter error)
    {
        args.Expect(2, "storage", "comment", Definitions.Option);
        if (args.Positional.Count < 2) throw new UsageException(Text.Format("CLI-PACKAGE-DIR"));
        var folder = args.Positional[1];
        var set = DefinitionLoader.Load(folder, Definitions.LoadOptions);
        if (!set.IsValid)
        {
            foreach (var problem in set.Problems.Errors) error.WriteLine(problem);
            error.WriteLine(Text.Format("CLI-DEFINITIONS-INVALID", folder, set.Problems.Errors.Count()));
            return CommandLine.Failed;
        }
        using var services = Services(args);
        services.MigrateGovernanceAsync().GetAwaiter().GetResult();
        var written = PackageTransfer.ImportAsync(services.GetRequiredService<IPackageStore>(), set.Documents, Environment.UserName,
            args.Option("comment") ?? Text.Format("CLI-PACKAGE-COMMENT", folder), DateTimeOffset.UtcNow).GetAwaiter().GetResult();
        if (written.Count == 0) output.WriteLine(Text.Format("CLI-PACKAGE-UNCHANGED"));
        foreach (var v in written) output.WriteLine(Text.Format("CLI-PACKAGE-IMPORTED", v.Scope, v.Version, string.Join(", ", v.Changed)));
        return CommandLine.Ok;
    }

    static ServiceProvider Services(CliArguments args) => new ServiceCollection().AddGovernanceCore()
        .AddGovernanceStorage(StorageOptions.Parse(args.Option("storage"), args.Option(Definitions.Option) ?? "definitions")).BuildServiceProvider();
}
