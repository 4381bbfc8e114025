namespace Governance.Workflows.Tests.Infrastructure;

/// <summary>One PostgreSQL cluster shared by the tests of the "postgres" collection; each test makes its own database.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    PostgresCluster? cluster;

    public PostgresCluster Cluster => cluster ?? throw new InvalidOperationException("PostgreSQL cluster not started");

    public async Task InitializeAsync() => cluster = await PostgresCluster.StartAsync();

    public async Task DisposeAsync()
    {
        if (cluster is not null) await cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
