using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Governance.Integrations.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Governance.Integrations.Tests.Open311;

/// <summary>
/// Administrators manage the keys other systems call with: shown once and kept only as a hash, rotated (the old key stops
/// at once), revoked, limited to their scopes and their county, each client rate-limited on its own and audited.
/// </summary>
public sealed class ApiClientTests : IAsyncLifetime
{
    IntegrationServer server = null!;

    public Task InitializeAsync()
    {
        server = new IntegrationServer(new() { ["Governance:Security:ClientRequestsPerMinute"] = "5" });
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        server.Dispose();
        return Task.CompletedTask;
    }

    static async Task<JsonNode> Body(HttpResponseMessage r) => (await r.Content.ReadFromJsonAsync<JsonNode>())!;

    async Task<HttpStatusCode> Read(string key)
    {
        using var app = server.Client();
        return (await app.GetAsync($"/open311/v2/requests.json?api_key={Uri.EscapeDataString(key)}")).StatusCode;
    }

    [Fact]
    public async Task A_key_is_shown_once_kept_as_a_hash_and_stops_working_when_rotated_or_revoked()
    {
        var admin = await server.As("admin");
        var created = await admin.PostAsJsonAsync("/api/admin/clients", new { name = "12345热线平台", scopes = new[] { "open311", "cases:read" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await Body(created);
        var key = (string)body["key"]!;
        var id = (string)body["client"]!["id"]!;
        Assert.StartsWith("gk_", key);
        Assert.Equal(HttpStatusCode.OK, await Read(key));

        // Listed without the key; the database holds no key either.
        var list = await admin.GetStringAsync("/api/admin/clients");
        Assert.DoesNotContain(key, list);
        Assert.Contains("12345热线平台", list);
        await using (var db = server.Store.CreateDbContext())
        {
            var stored = await db.Database.SqlQueryRaw<string>("select key_hash as \"Value\" from api_clients").ToListAsync();
            Assert.DoesNotContain(key, Assert.Single(stored));
        }

        var rotated = await admin.PostAsync($"/api/admin/clients/{id}/rotate", null);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var newKey = (string)(await Body(rotated))["key"]!;
        Assert.NotEqual(key, newKey);
        Assert.Equal(HttpStatusCode.Forbidden, await Read(key));
        Assert.Equal(HttpStatusCode.OK, await Read(newKey));

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/clients/{id}/revoke", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, await Read(newKey));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/admin/clients/{id}/rotate", null)).StatusCode);

        // Every call and refusal is an audit line naming the client.
        var audit = (await admin.GetFromJsonAsync<JsonNode>("/api/admin/audit?kind=client-call&pageSize=50"))!["items"]!.AsArray();
        Assert.Equal(2, audit.Count(a => (string?)a!["actor"] == "client:" + id));
        var refused = (await admin.GetFromJsonAsync<JsonNode>("/api/admin/audit?kind=client-refused&pageSize=50"))!["items"]!.AsArray();
        Assert.True(refused.Count >= 2);
    }

    [Fact]
    public async Task Scopes_counties_and_each_clients_rate_limit_are_kept()
    {
        var admin = await server.As("admin");
        var bad = await admin.PostAsJsonAsync("/api/admin/clients", new { name = "x", scopes = new[] { "everything" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("everything", (string)(await Body(bad))["detail"]!);

        // A client without the open311 scope is refused Open311.
        var webhooks = (string)(await Body(await admin.PostAsJsonAsync("/api/admin/clients", new { name = "推送", scopes = new[] { "webhooks" } })))["key"]!;
        Assert.Equal(HttpStatusCode.Forbidden, await Read(webhooks));

        // A county administrator sees only the county's clients; another county's client is not found to it.
        var county = await server.As("admin-990102");
        var own = await Body(await county.PostAsJsonAsync("/api/admin/clients", new { name = "城东区App", scopes = new[] { "open311" } }));
        Assert.Equal("990102", (string?)own["client"]!["county"]);
        var seen = (await county.GetFromJsonAsync<JsonArray>("/api/admin/clients"))!.Select(c => (string)c!["name"]!).ToList();
        Assert.Equal(["城东区App"], seen);
        var cityClient = (await admin.GetFromJsonAsync<JsonArray>("/api/admin/clients"))!.First(c => (string)c!["name"]! == "推送")!;
        Assert.Equal(HttpStatusCode.NotFound, (await county.PostAsync($"/api/admin/clients/{(string)cityClient["id"]!}/revoke", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await server.As("op-990102")).GetAsync("/api/admin/clients")).StatusCode);

        // Five calls a minute each (this server's setting): the sixth waits, another client is not held up.
        var busy = (string)own["key"]!;
        var other = (string)(await Body(await admin.PostAsJsonAsync("/api/admin/clients", new { name = "另一个", scopes = new[] { "open311" } })))["key"]!;
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, await Read(busy));
        using var app = server.Client();
        var limited = await app.GetAsync($"/open311/v2/requests.json?api_key={busy}");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(429, (int)JsonNode.Parse(await limited.Content.ReadAsStringAsync())![0]!["code"]!);
        Assert.Equal(HttpStatusCode.OK, await Read(other));
        server.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, await Read(busy));
    }
}
