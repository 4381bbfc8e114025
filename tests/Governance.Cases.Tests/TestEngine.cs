using Governance.Core.Cases;
using Governance.Core.Cases.Services;
using Governance.Core.Hosting;
using Governance.Core.Packages;
using Governance.Core.Workflows.Runtime;
using Governance.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Cases.Tests;

/// <summary>
/// The engine composed as the server composes it (AddGovernanceCore, then the database's or the in-memory stores),
/// with a fixed package put in force and a clock the test moves; no HTTP.
/// </summary>
public sealed class TestEngine(ServiceProvider services) : IAsyncDisposable
{
    public ServiceProvider Services => services;
    public CaseService Service => services.GetRequiredService<CaseService>();
    public ICaseStore Cases => services.GetRequiredService<ICaseStore>();
    public WorkflowRuntime Runtime => services.GetRequiredService<WorkflowRuntime>();
    public PackageProvider Packages => services.GetRequiredService<PackageProvider>();

    /// <summary>On a database (migrated), or in memory when <paramref name="storage"/> is null.</summary>
    public static async Task<TestEngine> StartAsync(StorageOptions? storage, DefinitionSet set, TimeProvider clock)
    {
        var collection = new ServiceCollection().AddSingleton(clock).AddGovernanceCore();
        if (storage is null) collection.AddGovernanceInMemoryStores();
        else collection.AddGovernanceStorage(storage);
        var services = collection.BuildServiceProvider();
        if (storage is not null) await services.MigrateGovernanceAsync();
        await services.StartGovernanceAsync(set);
        return new TestEngine(services);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
