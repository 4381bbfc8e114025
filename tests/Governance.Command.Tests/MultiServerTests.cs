using Governance.Command.Tests.Infrastructure;

namespace Governance.Command.Tests;

/// <summary>Several servers on one PostgreSQL database: each alert and each briefing is made once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MultiServerTests(PostgresFixture pg)
{
    [Fact]
    public async Task Two_servers_evaluating_at_once_raise_one_alert_and_one_briefing_each()
    {
        var storage = "postgres:" + await pg.Cluster.CreateDatabaseAsync();
        using var first = new CommandServer(storage, start: Time.At("2026-03-09T09:00"));
        var op1 = await first.As("op-990102");
        using var second = new CommandServer(storage, start: Time.At("2026-03-09T09:00"));
        var op2 = await second.As("op-990102");
        for (var i = 0; i < 6; i++)
        {
            await (i % 2 == 0 ? op1 : op2).ReportAsync("01001", "990102001001001", "井盖" + i, phone: $"1380000000{i}");
            await (i % 2 == 0 ? op2 : op1).ReportAsync("11003", "990102001002001", $"讨薪第{i}次", phone: $"1370000000{i}");
        }
        for (var round = 0; round < 3; round++)
            await Task.WhenAll(first.Center.Warnings.RunAsync(first.Center.Owner), second.Center.Warnings.RunAsync(second.Center.Owner),
                first.Center.Warnings.RunAsync("third"), second.Center.Warnings.RunAsync("fourth"));

        var alerts = (await op1.GetJson("/api/alerts?limit=500")).EnumerateArray().ToList();
        Assert.Equal(6, alerts.Count(a => a.Str("ruleId") == "escalation-words"));
        // One 多点触发 per item and grid: the manholes, and the six wage complaints in the other grid.
        var clusters = alerts.Where(a => a.Str("ruleId") == "multi-point").ToList();
        Assert.Equal(2, clusters.Count);
        Assert.All(clusters, c => Assert.Equal(6, c.GetProperty("caseNumbers").GetArrayLength()));
        Assert.Equal(8, alerts.Count);

        first.Clock.Set(Time.At("2026-03-10T08:00"));
        second.Clock.Set(Time.At("2026-03-10T08:00"));
        await Task.WhenAll(first.Center.Briefings.GenerateDueAsync(first.Center.Owner), second.Center.Briefings.GenerateDueAsync(second.Center.Owner));
        await Task.WhenAll(first.Center.Briefings.GenerateDueAsync(first.Center.Owner), second.Center.Briefings.GenerateDueAsync(second.Center.Owner));
        var briefings = (await op1.GetJson("/api/briefings?limit=500")).GetProperty("items").EnumerateArray().ToList();
        // Each server's start-up pass already made the briefings of 2026-03-08; the 9th is made once between the two.
        Assert.Single(briefings, b => b.Str("definitionId") == "daily" && b.Str("scopeCode") == "990102" && b.Str("title").Contains("3月9日"));
        Assert.Equal(6, briefings.Count(b => b.Str("definitionId") == "special"));
        Assert.Equal(briefings.Count, briefings.Select(b => (b.Str("definitionId"), b.Str("scopeCode"), b.Str("start"), b.GetProperty("alertId").ToString())).Distinct().Count());
    }
}
