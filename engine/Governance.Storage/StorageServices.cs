using Governance.Core.Cases;
using Governance.Core.Cases.Services;
using Governance.Core.Documents;
using Governance.Core.Hosting;
using Governance.Core.Packages;
using Governance.Core.Workflows.Persistence;
using Governance.Sdk.Channels;
using Governance.Storage.Cases;
using Governance.Storage.Packages;
using Governance.Storage.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Storage;

/// <summary>The engine's stores on one database: <c>services.AddGovernanceCore().AddGovernanceStorage(storage)</c>.</summary>
public static class StorageServices
{
    public static IServiceCollection AddGovernanceStorage(this IServiceCollection services, StorageOptions storage)
    {
        services.AddSingleton(storage);
        services.AddSingleton(_ => new EfWorkflowStore(storage));
        services.AddSingleton<IWorkflowStore>(sp => sp.GetRequiredService<EfWorkflowStore>());
        services.AddSingleton(sp =>
        {
            // A step of a case's loop writes the case change inside the workflow's commit.
            var cases = new EfCaseStore(storage);
            cases.AttachTo(sp.GetRequiredService<EfWorkflowStore>(), sp.GetRequiredService<CaseProjector>(), sp.GetRequiredService<TimeProvider>());
            return cases;
        });
        services.AddSingleton<ICaseStore>(sp => sp.GetRequiredService<EfCaseStore>());
        services.AddSingleton(_ => new EfPackageStore(storage));
        services.AddSingleton<IPackageStore>(sp => sp.GetRequiredService<EfPackageStore>());
        services.AddSingleton(sp =>
        {
            // The city's channels registered in the container, and those plugins bring (the registry loads them).
            var channels = sp.GetServices<INotificationChannel>().Concat(sp.Plugins().SelectMany(p => p.Channels))
                .DistinctBy(c => c.Name, StringComparer.Ordinal).ToList();
            return new OutboxRelay(sp.GetRequiredService<EfWorkflowStore>(), channels, sp.GetRequiredService<TimeProvider>());
        });
        return services;
    }

    /// <summary>Migrates the database (SQLite switched to WAL first).</summary>
    public static Task MigrateGovernanceAsync(this IServiceProvider services, CancellationToken ct = default) =>
        services.GetRequiredService<EfWorkflowStore>().MigrateAsync(ct);

    /// <summary>
    /// Brings a database into service: migrated; on an empty one the package folder imported as the first version
    /// of every scope (refused, listing every problem, when it is invalid); the published package put in force.
    /// </summary>
    public static async Task StartGovernanceAsync(this IServiceProvider services, string? seedFolder, CancellationToken ct = default)
    {
        await services.MigrateGovernanceAsync(ct);
        var store = services.GetRequiredService<IPackageStore>();
        if (seedFolder is not null && await store.RevisionAsync(ct) == 0)
        {
            var seed = DefinitionLoader.Load(seedFolder, services.GetRequiredService<PackageLoadOptions>());
            if (!seed.IsValid) throw new PackageInvalidException(seed);
            try
            {
                await PackageTransfer.ImportAsync(store, seed.Documents, PackageSeed.User, PackageSeed.Comment(seedFolder),
                    services.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
            }
            catch (PackageConflictException)
            {
                // Another server seeded the same empty database at the same moment: its import stands.
            }
        }
        await services.GetRequiredService<PackageApplier>().RefreshAsync(ct);
    }
}
