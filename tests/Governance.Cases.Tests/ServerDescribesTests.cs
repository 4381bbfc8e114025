using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Governance.Cases.Tests;

/// <summary>The server says what the browser shows: actions as descriptors on each task, the names of every code, what a user may do.</summary>
public class ServerDescribesTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    ApiFactory Api => server.Factory;

    static JsonNode Action(JsonNode task, string code) => task["actions"]!.AsArray().Single(a => (string?)a!["code"] == code)!;

    [Fact]
    public async Task A_task_carries_its_actions_with_labels_fields_options_and_whether_they_send_the_form()
    {
        var op = await Api.As("op-990102");
        var id = (string)(await op.PostAsJsonAsync("/api/cases", new { channel = "police110", itemCode = "01001", description = "东湖路口井盖缺失", gridCode = "990102001001001", address = "东湖路 1 号" }).Ok())["case"]!["id"]!;
        var accept = (await op.GetAsync("/api/tasks").Ok()).AsArray().Single(e => (string?)e!["case"]!["id"] == id)!["task"]!;
        Assert.Equal(["register", "reject", "merge"], accept["actions"]!.AsArray().Select(a => (string?)a!["code"]));
        var register = Action(accept, "register");
        Assert.Equal(("受理立案", "primary", true), ((string?)register["label"], (string?)register["tone"], (bool)register["sendsForm"]!));
        // The accept form has the item and urgency: the dialog asks only where else to send the case.
        Assert.Equal([("target", "orgTarget")], register["fields"]!.AsArray().Select(f => ((string?)f!["name"], (string?)f!["type"])));
        Assert.Equal(("required", "danger"), ((string?)Action(accept, "reject")["comment"], (string?)Action(accept, "reject")["tone"]));
        Assert.Equal("受理", (string?)accept["stepName"]);

        await op.Act((string)accept["id"]!, "register", "立案").Ok();
        var water = await Api.As("h-sw-990102");
        var handle = (await water.GetAsync($"/api/cases/{id}").Ok())["tasks"]!.AsArray().Single(t => (string?)t!["state"] == "open")!;
        Assert.Equal(["sign", "reply", "return", "escalate", "extend", "suspend", "cohandle"], handle["actions"]!.AsArray().Select(a => (string?)a!["code"]));
        Assert.Equal("none", (string?)Action(handle, "sign")["comment"]);
        Assert.True((bool)Action(handle, "reply")["sendsForm"]!);
        Assert.Equal("none", (string?)Action(handle, "reply")["comment"]); // 处置措施 in the reply form is the comment
        var extend = Action(handle, "extend");
        Assert.Equal("申请延期", (string?)extend["label"]);
        Assert.Equal(1, (int)extend["fields"]![0]!["min"]!);
        Assert.Equal(["分钟", "工作时", "工作日"], extend["fields"]![1]!["options"]!.AsArray().Select(o => (string?)o!["label"]));
        var departments = Action(handle, "cohandle")["fields"]![0]!["options"]!.AsArray();
        Assert.Contains(departments, o => (string?)o!["value"] == "ZJ-990102");
        Assert.DoesNotContain(departments, o => ((string?)o!["value"])!.EndsWith("-990121", StringComparison.Ordinal)); // the case's county only
    }

    [Fact]
    public async Task Every_code_the_browser_shows_has_its_name_from_the_server()
    {
        var d = await Api.CreateClient().GetAsync("/api/dictionaries").Ok();
        Assert.Contains(d["channels"]!.AsArray(), c => (string?)c!["code"] == "police110" && (string?)c["name"] == "110联动" && !(bool)c["public"]!);
        Assert.Contains(d["channels"]!.AsArray(), c => (string?)c!["code"] == "web" && (bool)c["public"]!);
        Assert.Contains(d["statuses"]!.AsArray(), s => (string?)s!["code"] == "verifying" && (string?)s["name"] == "待核查");
        Assert.Contains(d["steps"]!.AsArray(), s => (string?)s!["code"] == "approve-extension" && (string?)s["name"] == "延期审批");
        Assert.Contains(d["warnings"]!.AsArray(), s => (string?)s!["code"] == "overdue" && (string?)s["name"] == "已超期");
        Assert.Equal(["满意", "基本满意", "不满意"], d["satisfactions"]!.AsArray().Select(s => (string?)s!["name"]));
        var summary = await Api.CreateClient().GetAsync("/api/definitions/summary").Ok();
        Assert.Equal("990100", (string?)summary["city"]!["code"]);
    }

    [Fact]
    public async Task The_signed_in_user_learns_what_the_workspace_offers_them()
    {
        var supervisor = await (await Api.As("sup-990102")).GetAsync("/api/auth/me").Ok();
        Assert.Equal(("search", true, false), ((string?)supervisor["permissions"]!["startTab"], (bool)supervisor["permissions"]!["urge"]!, (bool)supervisor["permissions"]!["admin"]!));
        var handler = await (await Api.As("h-sw-990102")).GetAsync("/api/auth/me").Ok();
        Assert.Equal(("inbox", false, false), ((string?)handler["permissions"]!["startTab"], (bool)handler["permissions"]!["urge"]!, (bool)handler["permissions"]!["calendarWarning"]!));
        var admin = await (await Api.As("admin-990121")).GetAsync("/api/auth/me").Ok();
        Assert.True((bool)admin["permissions"]!["admin"]!);
        // The calendar running out is the administrators' to fix: they are told, the center's operators and supervisors not.
        Assert.True((bool)admin["permissions"]!["calendarWarning"]!);
        Assert.False((bool)supervisor["permissions"]!["calendarWarning"]!);
        var operatorView = await (await Api.As("op-990102")).GetAsync("/api/auth/me").Ok();
        Assert.False((bool)operatorView["permissions"]!["calendarWarning"]!);
    }
}
