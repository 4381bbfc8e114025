using Governance.Core.Cases.Services;
using Governance.Demo;

namespace Governance.Command.Tests.Infrastructure;

/// <summary>One throwaway PostgreSQL cluster for every PostgreSQL test class of this suite; each class makes its own database.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    PostgresCluster? cluster;
    public PostgresCluster Cluster => cluster!;
    public async Task InitializeAsync() => cluster = await PostgresCluster.StartAsync();
    public async Task DisposeAsync() { if (cluster is not null) await cluster.DisposeAsync(); }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "command-postgres";
}

/// <summary>
/// A server with two months of realistic cases (demo seeder: every stage of the loop, every channel and county,
/// grid workers' patrol reports), then the due warnings raised on 2026-02-20, so figures have overdue cases too.
/// </summary>
public abstract class SeededServer : IAsyncLifetime
{
    public CommandServer Server { get; private set; } = null!;
    public Db Db => new(Server.Storage);

    protected abstract Task<string?> StorageAsync();

    public async Task InitializeAsync()
    {
        Server = new CommandServer(await StorageAsync());
        await Seeds.TwoMonthsAsync(Server);
    }

    public virtual Task DisposeAsync()
    {
        Server.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class SeededSqlite : SeededServer
{
    protected override Task<string?> StorageAsync() => Task.FromResult<string?>(null);
}

public sealed class SeededPostgres : SeededServer
{
    PostgresCluster? cluster;

    protected override async Task<string?> StorageAsync()
    {
        cluster = await PostgresCluster.StartAsync();
        return "postgres:" + await cluster.CreateDatabaseAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (cluster is not null) await cluster.DisposeAsync();
    }
}

/// <summary>The seeded servers are shared by every class of their collection (seeding takes a while); the classes only read.</summary>
[CollectionDefinition(Name)]
public sealed class SeededSqliteCollection : ICollectionFixture<SeededSqlite>
{
    public const string Name = "seeded-sqlite";
}

[CollectionDefinition(Name)]
public sealed class SeededPostgresCollection : ICollectionFixture<SeededPostgres>
{
    public const string Name = "seeded-postgres";
}

public static class Seeds
{
    public static readonly DateTimeOffset Now = Time.At("2026-02-20T10:00");

    public static async Task TwoMonthsAsync(CommandServer server)
    {
        var cases = server.Cases;
        var seeder = new DemoSeeder(server.Definitions, clock => new CaseService(cases.Store, cases.Runtime, cases.Packages, clock));
        await seeder.SeedAsync(60, Time.At("2026-01-22T10:00"), seed: 11);
        await seeder.SeedAsync(80, Time.At("2026-02-12T16:00"), seed: 12);
        server.Clock.Set(Now);
        while (await cases.RaiseDueWarningsAsync("seed") > 0) { }
    }
}
