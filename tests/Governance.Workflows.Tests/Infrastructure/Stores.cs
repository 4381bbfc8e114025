using Governance.Storage;
using Governance.Storage.Workflows;

namespace Governance.Workflows.Tests.Infrastructure;

public static class Stores
{
    public static string TempSqlitePath() => TestTemp.File("wf-", ".db");

    public static async Task<EfWorkflowStore> Sqlite(string? path = null)
    {
        var store = new EfWorkflowStore(StorageOptions.Sqlite(path ?? TempSqlitePath()));
        await store.MigrateAsync();
        return store;
    }

    public static async Task<EfWorkflowStore> Postgres(PostgresCluster cluster)
    {
        var store = new EfWorkflowStore(StorageOptions.PostgreSql(await cluster.CreateDatabaseAsync()));
        await store.MigrateAsync();
        return store;
    }
}
