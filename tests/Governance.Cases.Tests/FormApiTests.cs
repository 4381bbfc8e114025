using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Governance.Cases.Tests;

/// <summary>The server is the authority over forms: whatever a client sends, the step's form is checked again.</summary>
public class FormApiTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    readonly ApiFactory api = server.Factory;

    async Task<(HttpClient Water, string Task, string CaseId)> AtHandling()
    {
        var op = await api.As("op-990102");
        var id = (await op.PostAsJsonAsync("/api/cases", new { channel = "hotline", itemCode = "01001", description = "井盖缺失，存在安全隐患", gridCode = "990102001001001", address = "东湖路 88 号" }).Ok())["case"]!["id"]!.GetValue<string>();
        await op.Act(await op.TaskOf(id), "register", "立案").Ok();
        var water = await api.As("h-sw-990102");
        return (water, await water.TaskOf(id), id);
    }

    [Fact]
    public async Task A_task_names_its_form_and_the_form_is_served_as_defined()
    {
        var (water, task, _) = await AtHandling();
        var inbox = (await water.GetAsync("/api/tasks").Ok()).AsArray().Single(t => (string?)t!["task"]!["id"] == task)!;
        Assert.Equal("reply", (string?)inbox["task"]!["form"]!["id"]);
        Assert.Equal(1, inbox["task"]!["form"]!["version"]!.GetValue<int>());

        var form = await api.CreateClient().GetAsync("/api/forms/reply?version=1").Ok();
        Assert.Equal("办理回单", (string?)form["title"]);
        Assert.Contains(form["fields"]!.AsArray(), f => (string?)f!["key"] == "measures");
        Assert.Equal(HttpStatusCode.NotFound, (await api.CreateClient().GetAsync("/api/forms/reply?version=9")).StatusCode);
    }

    [Fact]
    public async Task Choice_fields_with_a_source_get_their_options_from_the_server_users_from_the_callers_department()
    {
        var water = await api.As("h-sw-990102");
        var users = (await water.GetAsync("/api/forms/sources/users").Ok()).AsArray();
        Assert.Contains(users, u => (string?)u!["value"] == "h-sw-990102" && (string?)u["label"] == "张明");
        Assert.DoesNotContain(users, u => (string?)u!["value"] == "h-sw-990103"); // another county's water department

        var departments = (await water.GetAsync("/api/forms/sources/departments").Ok()).AsArray();
        Assert.Contains(departments, d => (string?)d!["value"] == "SW-990102" && ((string?)d["label"])!.Contains("SW-990102"));
        var grids = (await water.GetAsync("/api/forms/sources/grids").Ok()).AsArray();
        Assert.Contains(grids, g => (string?)g!["value"] == "990102001001001");

        var unknown = await water.GetAsync("/api/forms/sources/planets");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var problem = await unknown.Json();
        Assert.Contains("planets", (string?)problem["detail"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.CreateClient().GetAsync("/api/forms/sources/users")).StatusCode);
    }

    [Fact]
    public async Task A_reply_without_its_required_fields_is_refused_field_by_field()
    {
        var (water, task, id) = await AtHandling();
        var form = Governance.Demo.DemoForms.Reply("已更换井盖并设置警示标志", DateTimeOffset.UtcNow, await water.UploadPhoto(id));
        form["measures"] = "";
        form.Remove("signature");
        var r = await water.Act(task, "reply", "已处理", new { form });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var problem = await r.Json();
        var errors = problem["errors"]!.AsArray().Select(e => ((string?)e!["path"], (string?)e["message"])).ToList();
        Assert.Contains(errors, e => e.Item1 == "measures" && e.Item2!.Contains("处置措施"));
        Assert.Contains(errors, e => e.Item1 == "signature");
        // Nothing happened: the case still waits for the department.
        Assert.Equal("dispatched", (string?)(await (await api.As("op-990102")).GetAsync($"/api/cases/{id}").Ok())["case"]!["status"]);

        var noForm = await water.Act(task, "reply", "已处理");
        Assert.Equal(HttpStatusCode.BadRequest, noForm.StatusCode);
        Assert.Contains((await noForm.Json())["errors"]!.AsArray(), e => (string?)e!["path"] == "result");
    }

    [Fact]
    public async Task A_valid_reply_is_saved_with_its_form_version_and_server_computed_values()
    {
        var (water, task, id) = await AtHandling();
        var form = Governance.Demo.DemoForms.Reply("已更换井盖并设置警示标志", DateTimeOffset.UtcNow, await water.UploadPhoto(id));
        form["replyNo"] = "FAKE-001"; // a serial number is the server's to give
        form["unknownField"] = "x";
        await water.Act(task, "reply", "已处理", new { form }).Ok();
        var detail = await (await api.As("op-990102")).GetAsync($"/api/cases/{id}").Ok();
        var saved = JsonNode.Parse((string)detail["form"]!)!["reply"]!;
        Assert.Equal(1, saved["version"]!.GetValue<int>());
        Assert.StartsWith("HD", (string?)saved["data"]!["replyNo"]);
        Assert.NotEqual("FAKE-001", (string?)saved["data"]!["replyNo"]);
        Assert.Null(saved["data"]!["unknownField"]);
        Assert.Equal("solved", (string?)saved["data"]!["result"]);
    }

    [Fact]
    public async Task A_field_hidden_at_a_step_never_reaches_a_viewer_of_that_step()
    {
        var citizen = api.CreateClient();
        var created = await citizen.PostAsJsonAsync("/api/cases", new
        {
            channel = "web", itemCode = "01001", description = "小区门口井盖破损", gridCode = "990102001001001", address = "东湖路 12 号",
            reporterName = "孙丽", reporterPhone = "13955556666",
            form = new { title = "井盖破损", anonymous = "no" },
        }).Ok();
        var id = created["case"]!["id"]!.GetValue<string>();
        var op = await api.As("op-990102");
        await op.Act(await op.TaskOf(id), "register", "立案").Ok();

        JsonNode? Intake(JsonNode detail) => JsonNode.Parse((string)detail["form"]!)!["intake-generic"]!["data"];
        Assert.Equal("13955556666", (string?)Intake(await op.GetAsync($"/api/cases/{id}").Ok())!["reporterPhone"]); // the center calls back
        var handler = await (await api.As("h-sw-990102")).GetAsync($"/api/cases/{id}").Ok();
        Assert.Null(Intake(handler)!["reporterPhone"]);
        Assert.Equal("井盖破损", (string?)Intake(handler)!["title"]);
    }

    [Fact]
    public async Task A_dispute_reported_with_a_form_must_name_the_parties()
    {
        var citizen = api.CreateClient();
        var r = await citizen.PostAsJsonAsync("/api/cases", new
        {
            channel = "web", itemCode = "11001", description = "楼上漏水多次协商未果", gridCode = "990103001001001",
            reporterName = "刘洋", reporterPhone = "13911112222", form = new { disputeType = "neighbor", mediated = "no" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains((await r.Json())["errors"]!.AsArray(), e => (string?)e!["path"] == "parties");
    }
}
