using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Governance.Core.Cases.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Cases.Tests;

/// <summary>
/// 青山县's administrator changes the county's definitions through the admin API and the running server behaves
/// differently at once: no restart, no file edited by hand. Each change is checked by what a user would notice.
/// </summary>
public class LiveDefinitionsTests : IDisposable
{
    readonly ApiFactory api = new();
    const string County = "990121", Grid = "990121001001001", OtherGrid = "990102001001001";

    public void Dispose() => api.Dispose();

    async Task<JsonNode> Report(string grid, string item, string urgency)
    {
        var op = await api.As(grid.StartsWith(County, StringComparison.Ordinal) ? "op-990121" : "op-990102");
        return (await op.PostAsJsonAsync("/api/cases", new { channel = "hotline", itemCode = item, urgency, description = "井盖破损，有行人险些踩空", gridCode = grid, address = "青山路 8 号" }).Ok())["case"]!;
    }

    /// <summary>Reports and registers a case; returns it as dispatched (with the handling deadline and assignee).</summary>
    async Task<JsonNode> Dispatched(string grid, string item = "01001", string urgency = "urgent")
    {
        var op = await api.As(grid.StartsWith(County, StringComparison.Ordinal) ? "op-990121" : "op-990102");
        var id = (string)(await Report(grid, item, urgency))["id"]!;
        return (await op.Act(await op.TaskOf(id), "register", "立案").Ok());
    }

    [Fact]
    public async Task A_new_item_can_be_reported_as_soon_as_the_county_publishes_it()
    {
        var admin = await api.As("admin-990121");
        var op = await api.As("op-990121");
        var refused = await op.PostAsJsonAsync("/api/cases", new { channel = "hotline", itemCode = "11902", description = "山林起火隐患，村民担心", gridCode = Grid, address = "青山村后山" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        await admin.Change(County, "catalog.json", doc => doc["add"]!.AsArray().Add(JsonNode.Parse("""
            { "code": "11902", "category": "11", "group": "安全隐患", "name": "山林火灾隐患", "keywords": ["山林", "野外用火"],
              "edition": "local", "urgencies": ["normal", "urgent"], "department": "YJGL", "lowestLevel": "street" }
            """)), "新增山林火灾隐患事项");

        var created = await op.PostAsJsonAsync("/api/cases", new { channel = "hotline", itemCode = "11902", description = "山林起火隐患，村民担心", gridCode = Grid, address = "青山村后山" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var catalog = (await op.GetAsync($"/api/catalog?county={County}&q=山林").Ok()).AsArray();
        Assert.Contains(catalog.SelectMany(c => c!["items"]!.AsArray()), i => (string?)i!["code"] == "11902");
        // 城东区 runs the city package: the item is not there.
        var other = await (await api.As("op-990102")).PostAsJsonAsync("/api/cases", new { channel = "hotline", itemCode = "11902", description = "山林起火隐患，村民担心", gridCode = OtherGrid, address = "东湖路 1 号" });
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
    }

    [Fact]
    public async Task A_changed_time_limit_gives_new_cases_the_new_deadline_and_leaves_open_tasks_and_other_counties_alone()
    {
        api.Clock.Set(Repo.At("2026-03-09T09:00")); // a Monday; 青山县 works 08:00–12:00 and 14:30–18:00
        var admin = await api.As("admin-990121");
        var before = await Dispatched(Grid);
        Assert.Equal(Repo.At("2026-03-10T09:30"), before["deadline"]!.GetValue<DateTimeOffset>()); // 8 working hours

        await admin.Change(County, "limits.json", doc => doc["override"]!.AsArray().Add(JsonNode.Parse("""
            { "category": "01", "urgency": "urgent", "amount": 4, "unit": "workhour" }
            """)), "井盖紧急件时限缩短为 4 个工作时");

        Assert.Equal(Repo.At("2026-03-09T15:30"), (await Dispatched(Grid))["deadline"]!.GetValue<DateTimeOffset>()); // 4 working hours
        var op = await api.As("op-990121");
        Assert.Equal(Repo.At("2026-03-10T09:30"), (await op.GetAsync($"/api/cases/{before["id"]}").Ok())["case"]!["deadline"]!.GetValue<DateTimeOffset>());
        // 城东区 keeps the city's 8 working hours (08:30–12:00, 14:00–17:30): Tuesday 10:00.
        Assert.Equal(Repo.At("2026-03-10T10:00"), (await Dispatched(OtherGrid))["deadline"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task A_changed_route_shows_in_the_tester_and_the_next_case_goes_there()
    {
        var admin = await api.As("admin-990121");
        var tester = $"/api/admin/packages/{County}/route-test?item=01001&grid={Grid}&channel=hotline&urgency=urgent";
        var was = await admin.GetAsync(tester).Ok();
        Assert.Equal("SW-990121", (string?)was["departmentCode"]);
        Assert.Equal("default", (string?)was["ruleId"]);

        // Checked on the draft before it is published: the tester answers for the draft, cases still go the old way.
        var routes = await admin.Document(County, "routes.json", draft: true);
        routes["add"]!.AsArray().Add(JsonNode.Parse("""
            { "id": "qingshan-manholes", "description": "青山县井盖类由县城管执法局统一处置", "place": "990121", "categories": ["01"],
              "handler": { "level": "county", "department": "CGZF" } }
            """));
        await admin.PutDraft(County, "routes.json", routes).Ok();
        var drafted = await admin.GetAsync(tester + "&draft=true").Ok();
        Assert.Equal("CGZF-990121", (string?)drafted["departmentCode"]);
        Assert.Equal("SW-990121", (string?)(await Dispatched(Grid))["assignee"]!["department"]);

        var running = await Report(Grid, "01001", "urgent"); // reported before the publish, dispatched after it
        await admin.Publish(County, "井盖类改由城管执法局处置").Ok();

        var now = await admin.GetAsync(tester).Ok();
        Assert.Equal("qingshan-manholes", (string?)now["ruleId"]);
        Assert.Contains("青山县井盖类由县城管执法局统一处置", (string?)now["explanation"]);
        Assert.Contains("县城管", (string?)now["explanation"]);
        Assert.Equal("CGZF-990121", (string?)(await Dispatched(Grid))["assignee"]!["department"]);
        var op = await api.As("op-990121");
        var dispatchedLater = await op.Act(await op.TaskOf((string)running["id"]!), "register", "立案").Ok();
        Assert.Equal("CGZF-990121", (string?)dispatchedLater["assignee"]!["department"]); // a step not yet started takes today's routes
    }

    [Fact]
    public async Task Changed_warning_thresholds_raise_the_warning_earlier()
    {
        api.Clock.Set(Repo.At("2026-03-09T09:00"));
        var admin = await api.As("admin-990121");
        await admin.Change(County, "limits.json", doc => doc["warnings"] = JsonNode.Parse("""{ "blue": 0.2, "yellow": 0.4, "red": 0.6 }"""),
            "青山县预警提前");
        var c = await Dispatched(Grid); // 8 working hours from 09:00: 20 % is 1 h 36 min
        api.Clock.Set(Repo.At("2026-03-09T10:40"));
        await api.Services.GetRequiredService<CaseService>().RaiseDueWarningsAsync("test");
        var op = await api.As("op-990121");
        Assert.Equal("blue", (string?)(await op.GetAsync($"/api/cases/{c["id"]}").Ok())["case"]!["warning"]); // the city's 50 % would be 13:00

        var preview = await admin.GetAsync($"/api/admin/packages/{County}/deadline-preview?from=2026-03-09T09:00:00%2B08:00&item=01001&urgency=urgent").Ok();
        Assert.Equal(Repo.At("2026-03-09T10:36"), preview["blue"]!.GetValue<DateTimeOffset>());
        Assert.Equal(Repo.At("2026-03-10T09:30"), preview["deadline"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task A_user_added_by_the_county_signs_in_once_the_administrator_sets_a_password()
    {
        var admin = await api.As("admin-990121");
        await admin.Change(County, "users.json", doc => doc["add"] = JsonNode.Parse("""
            [ { "username": "gw-qs-new", "name": "李新", "role": "grid-worker", "unit": "990121001001001", "phone": "13900001111" } ]
            """), "新增网格员");
        var users = (await admin.GetAsync("/api/admin/users?q=gw-qs-new").Ok()).AsArray();
        var added = Assert.Single(users);
        Assert.Equal("counties/990121/users.json", (string?)added!["definedIn"]);
        Assert.True((bool)added["stored"]!);

        var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", new { username = "gw-qs-new", password = "" })).StatusCode);
        await admin.PostAsJsonAsync("/api/admin/users/gw-qs-new/password", new { password = "Qingshan@2026" }).Done();
        var me = await client.PostAsJsonAsync("/api/auth/login", new { username = "gw-qs-new", password = "Qingshan@2026" }).Ok();
        Assert.Equal("青山社区第1网格", (string?)me["unitName"]);

        // A county administrator looks after the county's people only.
        var refused = await admin.PostAsJsonAsync("/api/admin/users/op-990102/password", new { password = "Someone@2026" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await admin.PostAsync("/api/admin/users/gw-qs-new/disable", null).Done();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", new { username = "gw-qs-new", password = "Qingshan@2026" })).StatusCode);
    }

    [Fact]
    public async Task Restoring_the_previous_version_brings_the_old_behaviour_back_and_history_diff_and_audit_say_who_did_what()
    {
        api.Clock.Set(Repo.At("2026-03-09T09:00"));
        var admin = await api.As("admin-990121");
        var changed = await admin.Change(County, "limits.json", doc => doc["override"]!.AsArray().Add(JsonNode.Parse("""
            { "category": "01", "urgency": "urgent", "amount": 4, "unit": "workhour" }
            """)), "井盖紧急件 4 个工作时");
        Assert.Equal(Repo.At("2026-03-09T15:30"), (await Dispatched(Grid))["deadline"]!.GetValue<DateTimeOffset>());

        var versions = (await admin.GetAsync($"/api/admin/packages/{County}/versions").Ok()).AsArray();
        Assert.Equal(changed, (int)versions[0]!["version"]!);
        Assert.Equal("admin-990121", (string?)versions[0]!["publishedBy"]);
        Assert.Equal("井盖紧急件 4 个工作时", (string?)versions[0]!["comment"]);
        Assert.Equal(["limits.json"], versions[0]!["changed"]!.AsArray().Select(p => (string?)p));

        var diff = await admin.GetAsync($"/api/admin/packages/{County}/diff?from={changed - 1}&to={changed}").Ok();
        var document = Assert.Single(diff["documents"]!.AsArray());
        Assert.Equal("limits.json", (string?)document!["path"]);
        var element = Assert.Single(document["elements"]!.AsArray());
        Assert.Equal(("category:01/urgent", "added"), ((string?)element!["key"], (string?)element["change"]));

        var restored = await admin.PostAsJsonAsync($"/api/admin/packages/{County}/versions/{changed - 1}/restore", new { comment = "恢复原时限" }).Ok();
        Assert.Equal(changed + 1, (int)restored["version"]!);
        Assert.Equal(changed - 1, (int)restored["restoredFrom"]!);
        Assert.Equal(Repo.At("2026-03-10T09:30"), (await Dispatched(Grid))["deadline"]!.GetValue<DateTimeOffset>()); // 8 working hours again

        var audit = (await admin.GetAsync($"/api/admin/packages/audit?scope={County}").Ok()).AsArray();
        Assert.Equal(["restore", "publish"], audit.Take(2).Select(a => (string?)a!["action"]));
        Assert.All(audit.Take(2), a => Assert.Equal("admin-990121", (string?)a!["user"]));
    }

    [Fact]
    public async Task A_county_administrator_may_not_write_another_scope_and_a_broken_draft_is_refused_with_every_problem()
    {
        var admin = await api.As("admin-990121");
        var cityLimits = await admin.GetAsync("/api/admin/packages/990100/documents/limits/time-limits.json");
        Assert.Equal(HttpStatusCode.Forbidden, cityLimits.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PutDraft("990102", "limits.json", new JsonObject())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Publish("990100", "x")).StatusCode);

        var limits = await admin.Document(County, "limits.json", draft: true);
        limits["override"]![0]!["amount"] = -5;
        limits["add"]![0]!["urgency"] = "whenever";
        var check = await admin.PutDraft(County, "limits.json", limits).Ok();
        Assert.False((bool)check["valid"]!);
        var refused = await admin.Publish(County, "坏草稿");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Json();
        var lines = ((string)problem["detail"]!).Split('\n');
        Assert.Contains("counties/990121/limits.json:$.override[0].amount: DEF-LIMIT-AMOUNT 时限必须是正整数，实际为 -5", lines);
        Assert.Contains(lines, l => l.StartsWith("counties/990121/limits.json:$.add[0].urgency: DEF-ENUM", StringComparison.Ordinal));
        Assert.True(problem["errors"]!.AsArray().Count >= 2);
        // Nothing was published: the county's version is still the seeded one.
        Assert.Single((await admin.GetAsync($"/api/admin/packages/{County}/versions").Ok()).AsArray());
    }

    [Fact]
    public async Task The_city_administrator_enters_the_2027_notice_and_a_deadline_across_the_new_year_moves()
    {
        api.Clock.Set(Repo.At("2026-12-30T09:00")); // Wednesday; three working days run into January 2027
        var admin = await api.As("admin");
        var preview = $"/api/admin/packages/990100/deadline-preview?from=2026-12-30T09:00:00%2B08:00&amount=3&unit=workday";
        Assert.Contains("2027", (string?)(await admin.GetAsync(preview).Ok())["problem"]);
        var c = await Dispatched(OtherGrid, "01001", "normal");
        Assert.Null(c["deadline"]);

        await admin.PutDraft("990100", "calendar/holidays/2027.json", JsonNode.Parse("""
            { "year": 2027, "papers": ["国务院办公厅关于2027年部分节假日安排的通知"],
              "days": [ { "name": "元旦", "date": "2027-01-01", "isOffDay": true },
                        { "name": "元旦", "date": "2027-01-04", "isOffDay": true } ] }
            """)!).Ok();
        var calendar = await admin.Document("990100", "calendar/calendar.json");
        calendar["years"]!.AsArray().Add(2027);
        await admin.PutDraft("990100", "calendar/calendar.json", calendar).Ok();
        await admin.Publish("990100", "录入 2027 年节假日安排").Ok();

        // 31 December, then (New Year's Day, the weekend and Monday 4 January off) Tuesday 5 and Wednesday 6 January.
        Assert.Equal(Repo.At("2027-01-06T17:30"), (await admin.GetAsync(preview).Ok())["deadline"]!.GetValue<DateTimeOffset>());
        Assert.Equal(Repo.At("2027-01-06T17:30"), (await Dispatched(OtherGrid, "01001", "normal"))["deadline"]!.GetValue<DateTimeOffset>());
        // The case that had no deadline gets one at the next warning pass.
        api.Clock.Set(Repo.At("2026-12-30T10:30"));
        await api.Services.GetRequiredService<CaseService>().RaiseDueWarningsAsync("test");
        var op = await api.As("op-990102");
        Assert.Equal(Repo.At("2027-01-06T17:30"), (await op.GetAsync($"/api/cases/{c["id"]}").Ok())["case"]!["deadline"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task A_county_sees_the_city_baseline_with_its_overrides_marked_and_can_reset_one_to_the_city()
    {
        var admin = await api.As("admin-990121");
        var baseline = await admin.GetAsync($"/api/admin/packages/{County}/baseline").Ok();
        var items = baseline["items"]!.AsArray();
        Assert.Equal("added", (string?)items.Single(i => (string?)i!["code"] == "11901")!["origin"]);
        var overridden = items.Single(i => (string?)i!["code"] == "11005")!;
        Assert.Equal(("override", "lowestLevel"), ((string?)overridden["origin"], (string?)overridden["overridden"]![0]));
        Assert.Equal("city", (string?)items.Single(i => (string?)i!["code"] == "01001")!["origin"]);
        var manholes = baseline["limits"]!.AsArray().Single(l => (string?)l!["key"] == "category:01/normal")!;
        Assert.Equal(("override", 5, 3), ((string?)manholes["origin"], (int)manholes["amount"]!, (int)manholes["cityAmount"]!));
        Assert.Equal("override", (string?)baseline["officeHours"]!["origin"]);

        var reset = await admin.PostAsJsonAsync($"/api/admin/packages/{County}/reset-to-city", new { kind = "limit", key = "category:01/normal" }).Ok();
        Assert.True((bool)reset["valid"]!);
        var documents = (await admin.GetAsync($"/api/admin/packages/{County}/documents").Ok()).AsArray();
        Assert.Equal("changed", (string?)documents.Single(d => (string?)d!["path"] == "limits.json")!["state"]);
        var diff = await admin.GetAsync($"/api/admin/packages/{County}/diff?to=draft").Ok();
        var removed = Assert.Single(Assert.Single(diff["documents"]!.AsArray())!["elements"]!.AsArray());
        Assert.Equal(("category:01/normal", "removed"), ((string?)removed!["key"], (string?)removed["change"]));
        var drafted = await admin.GetAsync($"/api/admin/packages/{County}/baseline?draft=true").Ok();
        Assert.Equal("city", (string?)drafted["limits"]!.AsArray().Single(l => (string?)l!["key"] == "category:01/normal")!["origin"]);

        Assert.Empty((await admin.GetAsync($"/api/admin/packages/{County}/coverage?draft=true").Ok()).AsArray());
        var scopes = (await admin.GetAsync("/api/admin/scopes").Ok()).AsArray();
        var own = Assert.Single(scopes);
        Assert.Equal((County, 1, true), ((string?)own!["code"], (int)own["draftChanges"]!, (bool)own["editable"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/admin/packages/{County}/documents/nothing.json")).StatusCode);
    }
}
