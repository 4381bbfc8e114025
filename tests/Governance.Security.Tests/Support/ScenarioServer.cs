using System.Collections.Concurrent;

namespace Governance.Security.Tests.Support;

/// <summary>
/// One server with the scenario's cases, shared by the tests of one collection (they run one after another), with a
/// signed-in client per role kept for the whole collection.
/// </summary>
public abstract class ScenarioServer : IAsyncLifetime
{
    readonly ConcurrentDictionary<string, HttpClient> clients = new();
    readonly List<SecurityFactory> others = [];
    SecurityFactory? api;
    Scenario? scenario;

    public SecurityFactory Api => api ?? throw new InvalidOperationException("not started");
    public Scenario Scenario => scenario ?? throw new InvalidOperationException("not started");
    public abstract string Provider { get; }

    protected abstract Task<string> StorageAsync();

    public async Task InitializeAsync()
    {
        api = new SecurityFactory(await StorageAsync());
        scenario = await Scenario.BuildAsync(api);
    }

    /// <summary>The role's signed-in client (anonymous: no cookie), made once.</summary>
    public async Task<HttpClient> ClientFor(RoleUnderTest role)
    {
        if (clients.TryGetValue(role.Name, out var c)) return c;
        c = await Api.As(role.Username);
        clients[role.Name] = c;
        return c;
    }

    /// <summary>
    /// The limits as shipped, a few tightened so a test reaches them in a handful of requests: a second server on a
    /// database of its own, shared by the tests of limits (each uses its own accounts, addresses and cases).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> TightLimits = new Dictionary<string, string>
    {
        ["Governance:Security:TrackingRequestsPerAddress"] = "8",
        ["Governance:Security:LoginFailuresPerAddress"] = "6",
        ["Governance:PublicRequestsPerMinute"] = "2",
    };

    Task<SecurityFactory>? tight;
    SecurityFactory? tightSecond;

    /// <summary>The server with <see cref="TightLimits"/>, started once.</summary>
    public Task<SecurityFactory> TightAsync()
    {
        lock (others) return tight ??= NewServerAsync(TightLimits);
    }

    /// <summary>Another server process on the tight server's database: the two share limits, sessions and keys.</summary>
    public async Task<SecurityFactory> TightSecondAsync()
    {
        var first = await TightAsync();
        lock (others) return tightSecond ??= SecondServer(first, TightLimits);
    }

    /// <summary>A fresh server on a database of its own (the same provider), with these settings; null: the defaults, limits included.</summary>
    public async Task<SecurityFactory> NewServerAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var server = new SecurityFactory(await StorageAsync(), settings ?? new Dictionary<string, string>());
        _ = server.Services; // start it: migrate, publish, seed users
        lock (others) others.Add(server);
        return server;
    }

    /// <summary>Another server process on the same database as <paramref name="first"/>, with the same settings.</summary>
    public SecurityFactory SecondServer(SecurityFactory first, IReadOnlyDictionary<string, string>? settings = null)
    {
        var server = new SecurityFactory(first.Storage, settings ?? new Dictionary<string, string>(), first.Clock);
        _ = server.Services;
        lock (others) others.Add(server);
        return server;
    }

    public virtual Task DisposeAsync()
    {
        api?.Dispose();
        foreach (var o in others) o.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class SqliteScenario : ScenarioServer
{
    public override string Provider => "sqlite";
    protected override Task<string> StorageAsync() => Task.FromResult(Storages.Sqlite());
}

public sealed class PostgresScenario : ScenarioServer
{
    PostgresCluster? cluster;
    public override string Provider => "postgres";

    protected override async Task<string> StorageAsync()
    {
        cluster ??= await PostgresCluster.StartAsync();
        return "postgres:" + await cluster.CreateDatabaseAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (cluster is not null) await cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteScenario>
{
    public const string Name = "security-sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresScenario>
{
    public const string Name = "security-postgres";
}
