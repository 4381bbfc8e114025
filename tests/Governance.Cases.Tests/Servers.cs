
namespace Governance.Cases.Tests;

/// <summary>The server on a fresh SQLite file.</summary>
public sealed class SqliteServer : IDisposable
{
    public ApiFactory Factory { get; } = new();
    public void Dispose() => Factory.Dispose();
}

/// <summary>The server on a database of a throwaway PostgreSQL cluster.</summary>
public sealed class PostgresServer : IAsyncLifetime
{
    PostgresCluster? cluster;
    ApiFactory? factory;

    public PostgresCluster Cluster => cluster!;
    public ApiFactory Factory => factory ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        cluster = await PostgresCluster.StartAsync();
        factory = new ApiFactory("postgres:" + await cluster.CreateDatabaseAsync());
    }

    public async Task DisposeAsync()
    {
        factory?.Dispose();
        if (cluster is not null) await cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresServers : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres-server";
}
