using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Governance.Security.Tests.Support;

/// <summary>
/// The real server in process on a SQLite file or a PostgreSQL database, with a clock the test moves. Two factories
/// given the same storage are two servers on one database. A request may name its client address in
/// <see cref="ClientHeader"/> (the in-process host has none), so per-address limits can be tried from several addresses.
/// </summary>
public sealed class SecurityFactory(string storage, IReadOnlyDictionary<string, string>? settings = null, ManualClock? clock = null) : WebApplicationFactory<Program>
{
    public const string ClientHeader = "X-Test-Client";
    public const string Password = "Demo@2026";

    /// <summary>The server's clock; a second server on the same database shares the first one's.</summary>
    public ManualClock Clock { get; } = clock ?? new(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.FromHours(8))); // a Monday
    public string Storage => storage;

    /// <summary>Generous limits for tests that are not about limits: every in-process request comes from one address.</summary>
    public static readonly IReadOnlyDictionary<string, string> Roomy = new Dictionary<string, string>
    {
        ["Governance:PublicRequestsPerMinute"] = "100000",
        ["Governance:Security:LoginFailuresPerAddress"] = "100000",
        ["Governance:Security:TrackingRequestsPerAddress"] = "100000",
        ["Governance:Security:TrackingFailuresPerNumber"] = "100000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(Path.Combine(RepoFiles.Root, "engine", "Governance.Server"));
        builder.UseSetting("Governance:Storage", storage);
        builder.UseSetting("Governance:DemoCases", "0");
        builder.UseSetting("Governance:PasswordIterations", "1000");
        builder.UseSetting("Governance:PollInterval", "01:00:00");
        builder.UseSetting("Governance:Security:SessionRecheck", "00:00:00.5");
        foreach (var (key, value) in settings ?? Roomy) builder.UseSetting(key, value);
        builder.ConfigureServices(s =>
        {
            s.RemoveAll<TimeProvider>();
            s.AddSingleton<TimeProvider>(Clock);
            s.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, ClientAddressFilter>();
        });
    }

    /// <summary>A client that keeps cookies; signed in as the user when one is given.</summary>
    public async Task<HttpClient> As(string? username, string? address = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        if (address is not null) client.DefaultRequestHeaders.Add(ClientHeader, address);
        if (username is null) return client;
        var r = await client.PostAsJsonAsync("/api/auth/login", new { username, password = Password });
        if (r.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{username} could not sign in: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>A bearer token for the user.</summary>
    public async Task<string> Token(string username)
    {
        var r = await CreateClient().PostAsJsonAsync("/api/auth/login", new { username, password = Password, useCookies = false });
        return (await r.Json())["accessToken"]!.GetValue<string>();
    }

    sealed class ClientAddressFilter : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, go) =>
            {
                if (http.Request.Headers.TryGetValue(ClientHeader, out var a) && IPAddress.TryParse(a.ToString(), out var ip)) http.Connection.RemoteIpAddress = ip;
                return go(http);
            });
            next(app);
        };
    }
}

public static class Storages
{
    public static string Sqlite() => "sqlite:" + Path.Combine(Path.GetTempPath(), "gov-sec-" + Guid.NewGuid().ToString("N"), "test.db");

    public static string Seconds(TimeSpan t) => ((int)t.TotalSeconds).ToString(CultureInfo.InvariantCulture);
}
