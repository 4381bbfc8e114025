using Governance.Core.Definitions;
using Governance.Core.Reports.Building;
using Governance.Core.Reports.Collection;
using Governance.Storage;
using Governance.Storage.Cases;
using Governance.Storage.Reports;

namespace Governance.Server.Hosting;

/// <summary>
/// The unified report's services over the server's database: aggregates, collected sheets, the report builder,
/// collection, export jobs (files under the data directory, so every node serves them) and their worker.
/// </summary>
public static class ReportServices
{
    public static void AddGovernanceReports(this IServiceCollection services, GovernanceOptions options, DefinitionSet set)
    {
        var storage = CaseHost.DefaultOrParse(options.Storage, set.Root);
        services.AddSingleton(new ReportStorage(storage, options.DataDirectory ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(set.Root))!, ".data")));
        services.AddSingleton(new SqlCaseAggregates(storage));
        services.AddSingleton(new EfCollectionStore(storage));
        services.AddSingleton(new SqlCaseLedger(storage));
        services.AddSingleton(sp => new EfExportJobs(storage, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ReportBuilder(set.Reports, set.City!, sp.GetRequiredService<SqlCaseAggregates>(), sp.GetRequiredService<EfCollectionStore>()));
        services.AddSingleton(sp => new CollectionService(set.Reports, set.City!, sp.GetRequiredService<EfCollectionStore>(),
            sp.GetRequiredService<SqlCaseAggregates>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ReportExports>();
        services.AddHostedService<ExportWorker>();
    }
}

/// <summary>Where export files go: a folder under the data directory that every node of one installation shares.</summary>
public sealed record ReportStorage(StorageOptions Storage, string DataDirectory)
{
    public string ExportFolder => Path.Combine(DataDirectory, "exports");
}
