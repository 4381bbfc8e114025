using Governance.Core.Packages;
using Governance.Core.Reports.Building;
using Governance.Core.Reports.Collection;
using Governance.Storage;
using Governance.Storage.Reports;

namespace Governance.Server.Hosting;

/// <summary>
/// The unified report's services over the server's database: aggregates, collected sheets, the report builder,
/// collection, export jobs (files under the data directory, so every node serves them) and their worker. The builder
/// and collection work on the request's package (the one in force when it began).
/// </summary>
public static class ReportServices
{
    public static void AddGovernanceReports(this IServiceCollection services, GovernanceOptions options, string definitionsRoot)
    {
        services.AddSingleton(sp => new ReportStorage(sp.GetRequiredService<StorageOptions>(),
            options.DataDirectory ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(definitionsRoot))!, ".data")));
        services.AddSingleton(sp => new SqlCaseAggregates(sp.GetRequiredService<StorageOptions>()));
        services.AddSingleton(sp => new EfCollectionStore(sp.GetRequiredService<StorageOptions>()));
        services.AddSingleton(sp => new SqlCaseLedger(sp.GetRequiredService<StorageOptions>()));
        services.AddSingleton(sp => new EfExportJobs(sp.GetRequiredService<StorageOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped(sp =>
        {
            var set = sp.GetRequiredService<DefinitionSet>();
            return new ReportBuilder(set.Reports, set.City!, sp.GetRequiredService<SqlCaseAggregates>(), sp.GetRequiredService<EfCollectionStore>());
        });
        services.AddScoped(sp =>
        {
            var set = sp.GetRequiredService<DefinitionSet>();
            return new CollectionService(set.Reports, set.City!, sp.GetRequiredService<EfCollectionStore>(),
                sp.GetRequiredService<SqlCaseAggregates>(), sp.GetRequiredService<TimeProvider>());
        });
        services.AddScoped<ReportExports>();
        services.AddHostedService<ExportWorker>();
    }
}

/// <summary>Where export files go: a folder under the data directory that every node of one installation shares.</summary>
public sealed record ReportStorage(StorageOptions Storage, string DataDirectory)
{
    public string ExportFolder => Path.Combine(DataDirectory, "exports");
}
