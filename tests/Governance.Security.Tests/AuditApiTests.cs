using System.Net;
using Governance.Security.Tests.Support;

namespace Governance.Security.Tests;

/// <summary>The audit log's API: administrators only, a county's administrator its county's lines; filtered and paged.</summary>
public abstract class AuditApiTests(ScenarioServer server)
{
    [Fact]
    public async Task The_city_administrator_reads_every_line_and_a_county_administrator_only_its_countys()
    {
        var op = await server.Api.As("op-990103");
        await op.GetAsync($"/api/cases/{server.Scenario["west"].Id}").Ok(); // an unmasked read in 城西区
        await (await server.Api.As("op-990102")).GetAsync($"/api/cases/{server.Scenario["water"].Id}").Ok();

        var city = await (await server.Api.As("admin")).GetAsync("/api/admin/audit?kind=personal-read&pageSize=200").Ok();
        var counties = city["items"]!.AsArray().Select(l => (string?)l!["county"]).ToHashSet();
        Assert.Contains("990102", counties);
        Assert.Contains("990103", counties);

        var west = await server.Api.As("admin-990103");
        var own = await west.GetAsync("/api/admin/audit?kind=personal-read&pageSize=200").Ok();
        Assert.NotEmpty(own["items"]!.AsArray());
        Assert.All(own["items"]!.AsArray(), l => Assert.Equal("990103", (string?)l!["county"]));
        Assert.Equal(HttpStatusCode.Forbidden, (await west.GetAsync("/api/admin/audit?county=990102")).StatusCode);
        foreach (var user in new[] { "op-990100", "sup-990100", "h-sw-990102" })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await server.Api.As(user)).GetAsync("/api/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Api.CreateClient().GetAsync("/api/admin/audit")).StatusCode);
    }

    [Fact]
    public async Task Lines_come_newest_first_in_pages_with_who_what_when_and_from_where()
    {
        var admin = await server.Api.As("admin");
        var first = await admin.GetAsync("/api/admin/audit?pageSize=3").Ok();
        var second = await admin.GetAsync("/api/admin/audit?pageSize=3&page=2").Ok();
        var lines = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).ToList();
        Assert.True(lines.Count == 6, first.ToJsonString() + "\n" + second.ToJsonString());
        Assert.True(first["total"]!.GetValue<int>() >= 6);
        var times = lines.Select(l => l!["at"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.True(times.OrderByDescending(t => t).SequenceEqual(times), string.Join(", ", times));
        foreach (var l in lines)
            Assert.True(!string.IsNullOrEmpty((string?)l!["actor"]) && !string.IsNullOrEmpty((string?)l["kindName"]) && !string.IsNullOrEmpty((string?)l["address"]),
                l.ToJsonString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditApiOnSqlite(SqliteScenario server) : AuditApiTests(server);

[Collection(PostgresCollection.Name)]
public sealed class AuditApiOnPostgres(PostgresScenario server) : AuditApiTests(server);
