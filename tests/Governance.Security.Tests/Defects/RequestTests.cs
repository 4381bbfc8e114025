using Governance.Core.Packages;
using System.Net;
using System.Net.Http.Json;
using Governance.Core.Cases;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Core.Definitions;
using Governance.Core.Definitions.Model;
using Governance.Security.Tests.Support;

namespace Governance.Security.Tests.Defects;

/// <summary>
/// Defect 9: an Idempotency-Key gave the first case to another body and another caller. Defect 10: the city center's
/// inbox was empty though it may act on every county's tasks. Defect 11: an out-of-range page returned the first.
/// Defect 12's other half: the framework's own 400s said nothing, and nothing in Chinese.
/// </summary>
public abstract class RequestTests(ScenarioServer server) : DefectTests(server)
{
    [Fact]
    public async Task Defect09_an_idempotency_key_replays_only_for_the_same_caller_and_body()
    {
        var op = await Api.As("op-990102");
        var key = Guid.NewGuid().ToString();
        var headers = new Dictionary<string, string> { ["Idempotency-Key"] = key };
        var body = Intake(description: "幂等测试：井盖缺失，存在安全隐患").ToJsonString();
        var first = await op.Send(HttpMethod.Post, "/api/cases", body, headers);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var again = await op.Send(HttpMethod.Post, "/api/cases", body, headers);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((string?)(await first.Json())["case"]!["id"], (string?)(await again.Json())["case"]!["id"]);

        var other = await op.Send(HttpMethod.Post, "/api/cases", Intake(description: "另一件事：路灯不亮影响出行").ToJsonString(), headers);
        Assert.Equal((HttpStatusCode)422, other.StatusCode);
        Assert.Equal("IDEMPOTENCY-MISMATCH", (string?)(await other.Json())["code"]);

        // An anonymous caller reusing the staff key learns nothing of the case it made.
        var stranger = await Api.CreateClient().Send(HttpMethod.Post, "/api/cases", Intake("web").ToJsonString(), headers);
        Assert.Equal((HttpStatusCode)422, stranger.StatusCode);
        Assert.DoesNotContain("幂等测试", await stranger.Content.ReadAsStringAsync());
        // The same body under the same key from another member of staff is another caller.
        var colleague = await (await Api.As("admin-990102")).Send(HttpMethod.Post, "/api/cases", body, headers);
        Assert.Equal((HttpStatusCode)422, colleague.StatusCode);
    }

    [Fact]
    public async Task Defect10_the_city_centers_inbox_holds_every_countys_tasks_it_may_act_on()
    {
        var city = await Api.As("op-990100");
        var inbox = (await city.GetAsync("/api/tasks").Ok()).AsArray().Select(e => (string?)e!["task"]!["id"]).ToHashSet();
        Assert.Contains(Scenario["accept"].Task, inbox);
        Assert.Contains(Scenario["west-accept"].Task, inbox);
        foreach (var key in new[] { "accept", "west-accept" })
            Assert.NotEqual(HttpStatusCode.Forbidden, (await city.Act(Scenario[key].Task!, "made-up")).StatusCode); // it may act on both
        Assert.DoesNotContain(Scenario["west-accept"].Task, (await (await Api.As("op-990102")).GetAsync("/api/tasks").Ok()).AsArray()
            .Select(e => (string?)e!["task"]!["id"]));
    }

    [Fact]
    public async Task Defect11_a_page_past_the_end_is_empty_not_the_first_again()
    {
        var admin = await Api.As("admin");
        var far = await admin.GetAsync("/api/cases?page=2147483647&pageSize=200").Ok();
        Assert.Empty(far["items"]!.AsArray());
        Assert.True(far["total"]!.GetValue<int>() > 0);
        Assert.Equal(2147483647, far["page"]!.GetValue<int>());
        Assert.Empty((await admin.GetAsync("/api/cases?page=0").Ok())["items"]!.AsArray());
        Assert.Empty((await admin.GetAsync("/api/cases?page=-5").Ok())["items"]!.AsArray());
        Assert.NotEmpty((await admin.GetAsync("/api/cases?page=1").Ok())["items"]!.AsArray());
        Assert.Empty((await admin.GetAsync("/api/admin/audit?page=2147483647&pageSize=200").Ok())["items"]!.AsArray());
    }

    [Fact]
    public async Task Defect12_the_frameworks_own_400s_are_problems_in_Chinese_naming_the_field()
    {
        var citizen = Api.CreateClient();
        var wrongType = Intake("web").ToJsonString().Replace("\"channel\"", "\"longitude\":\"east\",\"channel\"");
        var (status, problem) = await Refused(citizen.Send(HttpMethod.Post, "/api/cases", wrongType));
        Assert.Equal(400, status);
        Assert.Equal("longitude", (string?)problem["field"]);
        Assert.Equal("“longitude”的值类型或格式不正确", (string?)problem["detail"]);

        (status, problem) = await Refused(citizen.Send(HttpMethod.Post, "/api/cases", "<xml/>"));
        Assert.Equal(400, status);
        Assert.Equal("INPUT-JSON", (string?)problem["code"]);
        Assert.Contains("JSON", (string?)problem["detail"]);

        var op = await Api.As("op-990102");
        await BadRequest(op.GetAsync("/api/cases?page=abc"), "page");
        await BadRequest(citizen.GetAsync("/api/deadline?amount=5&unit=minute"), "from");
        await BadRequest(op.Send(HttpMethod.Post, $"/api/tasks/{Scenario["accept"].Task}/actions/register", "{\"comment\":5}"), "comment");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RequestOnSqlite(SqliteScenario server) : RequestTests(server);

[Collection(PostgresCollection.Name)]
public sealed class RequestOnPostgres(PostgresScenario server) : RequestTests(server);

/// <summary>Defect 10 in the core: the one rule, checked for every user of the package against every kind of task.</summary>
public sealed class InboxRuleTests
{
    [Fact]
    public void Defect10_for_every_user_and_every_kind_of_task_the_inbox_holds_exactly_what_the_user_may_act_on()
    {
        var set = DefinitionLoader.Load(RepoFiles.Definitions);
        var permissions = new Permissions(new PackageProvider(set));
        // Every level of the org tree and departments of two counties and the city, among them the users' own.
        string[] own = ["990102001", "990102001001", "990102001001001", "990102002001001", "990103001001001"];
        var units = set.City!.Org.Units.Where((u, i) => u.Level <= OrgLevel.County || i % 15 == 0 || own.Contains(u.Code)).Select(u => u.Code).ToList();
        var departments = set.City.Departments.Where((d, i) => i % 25 == 0 || d.Code is "SW-990102" or "SW-990103" or "SW-990100")
            .Select(d => (string?)d.Code).Append(null).ToList();
        var tasks = (from role in new[] { Role.Operator, Role.Handler, Role.GridWorker, Role.Supervisor }
                     from unit in units
                     from department in departments
                     select new CaseTask { Id = $"{role}-{unit}-{department}", CaseId = "c", Step = "s", Role = role, UnitCode = unit, DepartmentCode = department,
                         Actions = [], CreatedAt = DateTimeOffset.UnixEpoch, FromWorkflow = true, State = TaskState.Open }).ToList();
        var differences = new List<string>();
        foreach (var u in set.City.Users)
        {
            var actor = new Actor(u.Username, u.Name, u.Role, u.Unit, u.Department);
            var inbox = permissions.InboxOf(actor);
            foreach (var t in tasks)
                if (CaseFilter.InInbox(inbox, t) != (permissions.CannotAct(actor, t) is null)) differences.Add($"{u.Username} {t.Id}");
        }
        Assert.True(tasks.Count * set.City.Users.Count > 10_000);
        Assert.True(differences.Count == 0, $"{differences.Count} differences, e.g. " + string.Join(", ", differences.Take(10)));
    }
}
