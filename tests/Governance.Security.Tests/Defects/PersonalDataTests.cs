using System.Text.Json.Nodes;
using Governance.Security.Tests.Support;

namespace Governance.Security.Tests.Defects;

/// <summary>Defect 1: the reporter was masked in <c>reporter</c> but in full in the journal and the intake form data.</summary>
public abstract class PersonalDataTests(ScenarioServer server) : DefectTests(server)
{
    [Fact]
    public async Task Defect01_a_department_reads_the_reporter_masked_in_the_case_the_journal_and_the_intake_form()
    {
        var rated = Scenario["rated"];
        var detail = await (await Server.ClientFor(Roles.Named("department"))).GetAsync($"/api/cases/{rated.Id}").Ok();
        var text = detail.ToJsonString();
        Assert.DoesNotContain(rated.Reporter, text);
        Assert.DoesNotContain(rated.Phone, text);
        Assert.Equal("慕***", (string?)detail["reporter"]!["name"]);
        // The citizen's own journal lines (上报 at intake, 回访评价 on the public page) name them masked.
        var citizenLines = detail["journal"]!.AsArray().Where(j => (string?)j!["role"] == "citizen").ToList();
        Assert.Equal(2, citizenLines.Count);
        Assert.All(citizenLines, j => Assert.Equal("慕***", (string?)j!["actorName"]));
        // The intake form keeps the reporter's fields (personal: true) masked; the rest is as filled.
        var intake = JsonNode.Parse((string)detail["form"]!)!["intake-generic"]!["data"]!;
        Assert.Equal("慕***", (string?)intake["reporterName"]);
        Assert.Null(intake["reporterPhone"]); // hidden at every step but the report
        Assert.Equal("测试路 1 号", (string?)intake["place"]!["address"]);
    }

    [Fact]
    public async Task Defect01_the_center_reads_the_reporter_in_full_and_the_read_is_in_the_audit_log()
    {
        var rated = Scenario["rated"];
        var detail = await (await Api.As("op-990102")).GetAsync($"/api/cases/{rated.Id}").Ok();
        Assert.Equal(rated.Reporter, (string?)detail["reporter"]!["name"]);
        Assert.Contains(detail["journal"]!.AsArray(), j => (string?)j!["actorName"] == rated.Reporter);
        var audit = await (await Api.As("admin")).GetAsync($"/api/admin/audit?kind=personal-read&target={rated.Number}&actor=op-990102").Ok();
        var line = audit["items"]!.AsArray().First()!;
        Assert.Equal("查看未脱敏的个人信息", (string?)line["kindName"]);
        Assert.Equal("990102", (string?)line["county"]);
        Assert.False(string.IsNullOrEmpty((string?)line["address"]));
    }

    [Fact]
    public async Task Defect01_the_parties_of_a_dispute_are_masked_for_the_grid_worker_who_handles_it()
    {
        var grid = Scenario["grid"];
        var detail = await (await Server.ClientFor(Roles.Named("grid-worker"))).GetAsync($"/api/cases/{grid.Id}").Ok();
        var parties = JsonNode.Parse((string)detail["form"]!)!["intake-dispute"]!["data"]!["parties"]!.AsArray();
        Assert.Equal(["令***", "任***"], parties.Select(p => (string?)p!["name"]));
        Assert.Equal("*******5611", (string?)parties[0]!["phone"]);
        Assert.Equal("applicant", (string?)parties[0]!["role"]); // not personal: as filled
        foreach (var secret in Scenario.Parties.Append(grid.Reporter).Append(grid.Phone)) Assert.DoesNotContain(secret, detail.ToJsonString());
    }

    [Fact]
    public async Task Defect01_search_inbox_and_notices_go_through_the_same_policy()
    {
        var water = Scenario["water"];
        var department = await Server.ClientFor(Roles.Named("department"));
        var inbox = (await department.GetAsync("/api/tasks").Ok()).AsArray().Single(e => (string?)e!["case"]!["id"] == water.Id)!;
        Assert.Equal("井盖缺失，有人险些踩空，请联系 *******5602 了解情况", (string?)inbox["case"]!["description"]);
        var found = (await department.GetAsync($"/api/cases?q=井盖缺失").Ok())["items"]!.AsArray().Single(c => (string?)c!["id"] == water.Id)!;
        Assert.DoesNotContain(water.Phone, found.ToJsonString());
        var search = (await (await Api.As("op-990102")).GetAsync($"/api/cases?q=井盖缺失").Ok()).ToJsonString();
        Assert.Contains(water.Phone, search); // the center's search is not masked: it calls reporters back
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PersonalDataOnSqlite(SqliteScenario server) : PersonalDataTests(server);

[Collection(PostgresCollection.Name)]
public sealed class PersonalDataOnPostgres(PostgresScenario server) : PersonalDataTests(server);
