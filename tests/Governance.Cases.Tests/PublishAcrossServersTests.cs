using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Governance.Cases.Tests;

/// <summary>Two server processes on one PostgreSQL database: a publish on one is in force on the other within seconds.</summary>
public class PublishAcrossServersTests
{
    static async Task<HttpClient> SignIn(ServerProcess server, string username)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = server.BaseUri };
        (await client.PostAsJsonAsync("/api/auth/login", new { username, password = "Demo@2026" })).EnsureSuccessStatusCode();
        return client;
    }

    [Fact]
    public async Task A_publish_on_one_server_is_applied_by_the_other_within_five_seconds()
    {
        await using var cluster = await PostgresCluster.StartAsync();
        var storage = "postgres:" + await cluster.CreateDatabaseAsync();
        await using var first = await ServerProcess.StartAsync(storage);
        await using var second = await ServerProcess.StartAsync(storage); // finds the package the first one seeded
        var admin = await SignIn(first, "admin-990121");
        var operatorOnSecond = await SignIn(second, "op-990121");

        await admin.Change("990121", "catalog.json", doc => doc["add"]!.AsArray().Add(JsonNode.Parse("""
            { "code": "11902", "category": "11", "name": "山林火灾隐患", "keywords": ["山林"], "edition": "local",
              "urgencies": ["normal"], "department": "YJGL", "lowestLevel": "street" }
            """)), "新增山林火灾隐患");
        var published = Stopwatch.StartNew();

        // Wait for the condition, never a fixed sleep; 5 s is the promise, 30 s only keeps a broken run from hanging.
        bool seen;
        do
        {
            var catalog = (await operatorOnSecond.GetAsync("/api/catalog?county=990121&q=山林").Ok()).AsArray();
            seen = catalog.SelectMany(c => c!["items"]!.AsArray()).Any(i => (string?)i!["code"] == "11902");
            if (!seen) await Task.Delay(100);
        }
        while (!seen && published.Elapsed < TimeSpan.FromSeconds(30));
        var elapsed = published.Elapsed;

        Assert.True(seen, "the second server never applied the publish:\n" + second.Log);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"the second server applied the publish after {elapsed.TotalSeconds:0.0} s");
        var created = await operatorOnSecond.PostAsJsonAsync("/api/cases",
            new { channel = "hotline", itemCode = "11902", description = "山林起火隐患，村民担心", gridCode = "990121001001001", address = "青山村后山" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }
}
