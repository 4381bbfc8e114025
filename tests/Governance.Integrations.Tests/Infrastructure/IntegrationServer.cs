using System.Net;
using System.Net.Http.Json;
using Governance.Core.Workflows.Runtime;
using Governance.Storage.Workflows;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Governance.Integrations.Tests.Infrastructure;

/// <summary>
/// The real server listening on a loopback port (Kestrel, not the in-memory test host), on a fresh SQLite file, with
/// the plugins built beside the tests and a clock the test moves. Clients reach it over real HTTP.
/// </summary>
public sealed class IntegrationServer : WebApplicationFactory<Program>
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "gov-int-" + Guid.NewGuid().ToString("N"));
    readonly Dictionary<string, string> settings;

    public IntegrationServer(Dictionary<string, string>? settings = null)
    {
        this.settings = settings ?? [];
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.TrimEnd('/');
    }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(8))); // a Tuesday

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; }

    public WorkflowRuntime Runtime => Services.GetRequiredService<WorkflowRuntime>();

    public EfWorkflowStore Store => Services.GetRequiredService<EfWorkflowStore>();

    public OutboxRelay Relay => Services.GetRequiredService<OutboxRelay>();

    /// <summary>A plain client over the network, as another system would connect.</summary>
    public HttpClient Client() => new() { BaseAddress = new Uri(BaseUrl) };

    /// <summary>A client signed in as a demo user (cookie).</summary>
    public async Task<HttpClient> As(string username)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(BaseUrl) };
        (await client.PostAsJsonAsync("/api/auth/login", new { username, password = "Demo@2026" })).EnsureSuccessStatusCode();
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(dir);
        builder.UseContentRoot(Path.Combine(RepoFiles.Root, "engine", "Governance.Server"));
        builder.UseSetting("Governance:Storage", $"sqlite:{Path.Combine(dir, "test.db")}");
        builder.UseSetting("Governance:DemoCases", "0");
        builder.UseSetting("Governance:PasswordIterations", "1000");
        builder.UseSetting("Governance:PollInterval", "01:00:00"); // tests run the background work themselves
        builder.UseSetting("Governance:Plugins", Path.Combine(AppContext.BaseDirectory, "plugins"));
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureServices(s =>
        {
            s.RemoveAll<TimeProvider>();
            s.AddSingleton<TimeProvider>(Clock);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(dir, true); } catch (IOException) { }
    }
}
