using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Governance.Security.Tests.Support;

namespace Governance.Security.Tests;

/// <summary>
/// Two server processes on one database, requests alternating between them: limits, lockouts and the end of a session
/// hold across servers, because their state is in the database (and a sign-in on one is read by the other).
/// </summary>
public abstract class MultiNodeTests(ScenarioServer server)
{
    [Fact]
    public async Task Login_failures_alternating_between_servers_lock_the_account_after_five()
    {
        var (one, two) = (await server.TightAsync(), await server.TightSecondAsync());
        var clients = new[] { await one.As(null, "10.1.0.1"), await two.As(null, "10.1.0.2") };
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await clients[i % 2].PostAsJsonAsync("/api/auth/login", new { username = "op-990104", password = "bad" + i })).StatusCode);
        foreach (var c in clients)
            Assert.Equal((HttpStatusCode)429, (await c.PostAsJsonAsync("/api/auth/login", new { username = "op-990104", password = SecurityFactory.Password })).StatusCode);
    }

    [Fact]
    public async Task A_logout_on_one_server_ends_the_session_on_the_other_within_two_seconds_and_a_sign_in_is_read_by_both()
    {
        var (one, two) = (await server.TightAsync(), await server.TightSecondAsync());
        var browser = one.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        var login = await browser.PostAsJsonAsync("/api/auth/login", new { username = "sup-990105", password = SecurityFactory.Password });
        var cookie = login.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        var elsewhere = two.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        elsewhere.DefaultRequestHeaders.Add("Cookie", cookie);
        browser.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/api/auth/me")).StatusCode); // the key ring is shared

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/api/auth/logout", null)).StatusCode);
        var since = Stopwatch.StartNew();
        HttpStatusCode status;
        do status = (await elsewhere.GetAsync("/api/auth/me")).StatusCode;
        while (status == HttpStatusCode.OK && since.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.True(since.Elapsed < TimeSpan.FromSeconds(2.5), $"the other server still accepted it {since.Elapsed.TotalSeconds:0.0} s later");
    }

    [Fact]
    public async Task Guessing_a_phone_on_two_servers_counts_once_for_the_number()
    {
        var (one, two) = (await server.TightAsync(), await server.TightSecondAsync());
        var op = await one.As("op-990102");
        var number = (await op.PostAsJsonAsync("/api/cases", new
        {
            channel = "hotline", itemCode = "01001", description = "两台服务器：井盖缺失", gridCode = "990102001002001", address = "双节点路 1 号", reporterPhone = "13011112222",
        }).Ok())["case"]!["number"]!.GetValue<string>();
        var clients = new[] { await one.As(null, "10.1.1.1"), await two.As(null, "10.1.1.2") };
        for (var i = 0; i < 5; i++) await clients[i % 2].GetAsync($"/api/public/cases/{number}?phone=1390000000{i}");
        foreach (var c in clients)
            Assert.Equal((HttpStatusCode)429, (await c.GetAsync($"/api/public/cases/{number}?phone=13011112222")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MultiNodeOnSqlite(SqliteScenario server) : MultiNodeTests(server);

[Collection(PostgresCollection.Name)]
public sealed class MultiNodeOnPostgres(PostgresScenario server) : MultiNodeTests(server);
