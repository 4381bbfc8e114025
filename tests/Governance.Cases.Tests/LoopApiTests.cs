using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Governance.Core.Cases;
using Governance.Core.Cases.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Cases.Tests;

/// <summary>The closed loop through HTTP, as the center and the departments use it, on the real server and a real database.</summary>
public abstract class LoopApiTests(ApiFactory api)
{

    const string DonghuGrid = "990102001001001";

    static object Intake(string item = "01001", string urgency = "normal", string grid = DonghuGrid, string channel = "hotline") => new
    {
        channel, itemCode = item, urgency, description = "东湖路口井盖缺失，夜间有行人险些踩空", gridCode = grid,
        address = "东湖路 88 号", reporterName = "李秀英", reporterPhone = "13912345678",
    };

    async Task<(HttpClient Operator, string CaseId)> Registered(string item = "01001", string urgency = "normal", string grid = DonghuGrid)
    {
        var op = await api.As("op-" + grid[..6]);
        var c = await op.PostAsJsonAsync("/api/cases", Intake(item, urgency, grid)).Ok();
        var id = c["case"]!["id"]!.GetValue<string>();
        await op.Act(await op.TaskOf(id), "register", "信息完整，立案").Ok();
        return (op, id);
    }

    async Task<JsonNode> Detail(HttpClient c, string id) => await c.GetAsync($"/api/cases/{id}").Ok();

    static IEnumerable<string?> Actions(JsonNode detail) => detail["journal"]!.AsArray().Select(j => (string?)j!["action"]);

    [Fact]
    public async Task The_whole_loop_runs_over_Spring_Festival_with_deadline_warnings_and_journal()
    {
        api.Clock.Set(Repo.At("2026-02-12T09:00"));
        var (op, id) = await Registered();
        var c = await Detail(op, id);
        Assert.Equal("dispatched", (string?)c["case"]!["status"]);
        Assert.Equal("城东区水务局", (string?)c["case"]!["assignee"]!["name"]);
        // 3 working days from Thu 12 Feb: Fri 13, Sat 14 (make-up day), then after the holiday Tue 24 Feb.
        Assert.Equal(Repo.At("2026-02-24T17:30"), c["case"]!["deadline"]!.GetValue<DateTimeOffset>());
        Assert.Equal("李秀英", (string?)c["reporter"]!["name"]); // the center sees the reporter

        var water = await api.As("h-sw-990102");
        var task = await water.TaskOf(id);
        Assert.Equal("*******5678", (string?)(await Detail(water, id))["reporter"]!["phone"]); // a department does not: only the last four digits
        await water.Act(task, "sign").Ok();

        var service = api.Services.GetRequiredService<CaseService>();
        async Task<string?> WarningAt(string local)
        {
            api.Clock.Set(Repo.At(local));
            await service.RaiseDueWarningsAsync("test");
            return (string?)(await Detail(water, id))["case"]!["warning"];
        }
        Assert.Equal("blue", await WarningAt("2026-02-14T12:00"));   // 10.5 of 21 office hours
        Assert.Equal("yellow", await WarningAt("2026-02-24T12:00")); // 17.5 of 21
        Assert.Equal("red", await WarningAt("2026-02-24T17:00"));    // 20.5 of 21
        Assert.Equal("overdue", await WarningAt("2026-02-25T09:00"));

        await water.Reply(task, "已更换井盖并设置警示").Ok();
        Assert.Equal("verifying", (string?)(await Detail(op, id))["case"]!["status"]);
        await op.Act(await op.TaskOf(id), "pass", "现场核查已修复").Ok();
        Assert.Equal("closed", (string?)(await Detail(op, id))["case"]!["status"]);
        await op.Act(await op.TaskOf(id), "rate", "群众满意", new { satisfaction = "satisfied" }).Ok();

        c = await Detail(op, id);
        Assert.Equal("archived", (string?)c["case"]!["status"]);
        Assert.Equal("satisfied", (string?)c["satisfaction"]);
        Assert.Equal(["上报", "受理立案", "系统", "签收", "时限预警", "时限预警", "时限预警", "超期督办", "上传附件", "回单", "核查通过", "系统", "回访评价"], Actions(c));
        var journal = c["journal"]!.AsArray();
        Assert.Equal("h-sw-990102", (string?)journal[3]!["actor"]);
        Assert.Equal("handler", (string?)journal[3]!["role"]);
        Assert.Equal("SW-990102", (string?)journal[3]!["unit"]);
        Assert.Contains("红色预警", (string?)journal[6]!["comment"]);
        Assert.All(journal.Select(j => j!["sequence"]!.GetValue<int>()).Zip(Enumerable.Range(1, journal.Count)), p => Assert.Equal(p.Second, p.First));
    }

    [Fact]
    public async Task Rejecting_at_intake_needs_a_reason_and_ends_the_case()
    {
        var op = await api.As("op-990102");
        var id = (await op.PostAsJsonAsync("/api/cases", Intake()).Ok())["case"]!["id"]!.GetValue<string>();
        var task = await op.TaskOf(id);
        var refused = await op.Act(task, "reject");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("comment", (string?)(await refused.Json())["field"]);
        await op.Act(task, "reject", "重复来电，已告知").Ok();
        Assert.Equal("rejected", (string?)(await Detail(op, id))["case"]!["status"]);
        Assert.DoesNotContain((await op.GetAsync("/api/tasks").Ok()).AsArray(), t => (string?)t!["case"]!["id"] == id);
    }

    [Fact]
    public async Task A_duplicate_is_suggested_at_intake_and_merged_by_the_operator()
    {
        var op = await api.As("op-990102");
        var first = (await op.PostAsJsonAsync("/api/cases", Intake("06010", grid: "990102001002001")).Ok())["case"]!;
        var second = await op.PostAsJsonAsync("/api/cases", Intake("06010", grid: "990102001002002")).Ok();
        Assert.Contains(second["similar"]!.AsArray(), s => (string?)s!["case"]!["id"] == (string?)first["id"]);
        var id = second["case"]!["id"]!.GetValue<string>();
        await op.Act(await op.TaskOf(id), "merge", "与已受理事件重复", new { target = (string?)first["number"] }).Ok();
        var merged = await Detail(op, id);
        Assert.Equal("merged", (string?)merged["case"]!["status"]);
        Assert.Equal((string?)first["number"], (string?)merged["mergedInto"]);
    }

    [Fact]
    public async Task A_returned_case_is_reassigned_by_the_center_to_another_department()
    {
        var (op, id) = await Registered();
        var water = await api.As("h-sw-990102");
        await water.Act(await water.TaskOf(id), "return", "井盖产权属于住建部门").Ok();
        Assert.Equal("returned", (string?)(await Detail(op, id))["case"]!["status"]);
        await op.Act(await op.TaskOf(id), "reassign", "改派住建", new { target = "ZJ-990102" }).Ok();
        var c = await Detail(op, id);
        Assert.Equal("dispatched", (string?)c["case"]!["status"]);
        Assert.Equal("城东区住房和城乡建设局", (string?)c["case"]!["assignee"]!["name"]);
        var zj = await api.As("h-zj-990102");
        Assert.NotNull(await zj.TaskOf(id));
        Assert.Contains("改派", Actions(c));
    }

    [Fact]
    public async Task A_street_that_cannot_solve_it_escalates_to_the_county_department()
    {
        var (op, id) = await Registered("06010"); // 暴露垃圾 goes to 东湖街道 first
        Assert.Equal("东湖街道", (string?)(await Detail(op, id))["case"]!["assignee"]!["name"]);
        var street = await api.As("st-990102001");
        await street.Act(await street.TaskOf(id), "escalate", "垃圾量大，需区城管调派车辆").Ok();
        var c = await Detail(op, id);
        Assert.Equal("城东区城市管理和综合执法局", (string?)c["case"]!["assignee"]!["name"]);
        Assert.Contains(c["journal"]!.AsArray(), j => ((string?)j!["comment"])?.Contains("上报至城东区城市管理和综合执法局") == true);
    }

    [Fact]
    public async Task An_extension_approved_by_the_center_moves_the_deadline()
    {
        api.Clock.Set(Repo.At("2026-03-09T09:00"));
        var (op, id) = await Registered(); // 3 working days: Thu 12 Mar 17:30
        Assert.Equal(Repo.At("2026-03-12T17:30"), (await Detail(op, id))["case"]!["deadline"]!.GetValue<DateTimeOffset>());
        var water = await api.As("h-sw-990102");
        var handle = await water.TaskOf(id);
        await water.Act(handle, "extend", "需要采购特殊规格井盖", new { amount = 2, unit = "workday" }).Ok();
        var approval = (await op.GetAsync("/api/tasks").Ok()).AsArray().Single(t => (string?)t!["case"]!["id"] == id && (string?)t["task"]!["step"] == "approve-extension");
        await op.Act(approval!["task"]!["id"]!.GetValue<string>(), "approve", "同意").Ok();
        var c = await Detail(op, id);
        Assert.Equal(Repo.At("2026-03-16T17:30"), c["case"]!["deadline"]!.GetValue<DateTimeOffset>()); // + Fri 13, Mon 16
        Assert.Contains("延期申请", Actions(c));
        Assert.Contains("同意延期", Actions(c));
    }

    [Fact]
    public async Task Suspending_stops_the_clock_and_resuming_moves_the_deadline_by_the_time_suspended()
    {
        api.Clock.Set(Repo.At("2026-03-09T09:00"));
        var (op, id) = await Registered("01001", "urgent"); // 8 working hours: Tue 10 Mar 10:00
        var water = await api.As("h-sw-990102");
        var task = await water.TaskOf(id);
        await water.Act(task, "sign").Ok();
        api.Clock.Set(Repo.At("2026-03-09T10:00"));
        await water.Act(task, "suspend", "等待燃气公司配合").Ok();
        var c = await Detail(op, id);
        Assert.Equal("suspended", (string?)c["case"]!["status"]);
        Assert.Null(c["case"]!["deadline"]);
        api.Clock.Set(Repo.At("2026-03-09T15:00"));
        await water.Act(task, "resume", null).Ok();
        c = await Detail(op, id);
        Assert.Equal("handling", (string?)c["case"]!["status"]);
        Assert.Equal(Repo.At("2026-03-10T15:00"), c["case"]!["deadline"]!.GetValue<DateTimeOffset>()); // Tue 10:00 + the 3 office hours suspended (10–12, 14–15)
    }

    [Fact]
    public async Task A_co_handling_department_gets_its_own_task_and_answers_it()
    {
        var (op, id) = await Registered();
        var water = await api.As("h-sw-990102");
        await water.Act(await water.TaskOf(id), "cohandle", "请住建局协助确认井盖产权", new { departments = new[] { "ZJ-990102" } }).Ok();
        var lead = await water.TaskOf(id);
        // The lead department cannot reply while a co-handling department has not answered.
        var early = await water.Reply(lead, "已更换井盖");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("协办单位城东区住房和城乡建设局尚未回复", (string?)(await early.Json())["detail"]);

        var zj = await api.As("h-zj-990102");
        var co = await zj.TaskOf(id);
        await zj.Act(co, "reply", "产权属水务，已确认").Ok();
        var c = await Detail(zj, id); // the co-handling department may read the case it worked on
        Assert.Contains("协办回复", Actions(c));
        await water.Reply(lead, "已更换井盖并设置警示标志").Ok();
        Assert.Equal("verifying", (string?)(await Detail(water, id))["case"]!["status"]);
    }

    [Fact]
    public async Task A_supervisor_urges_and_the_urge_is_journaled()
    {
        var (_, id) = await Registered();
        var supervisor = await api.As("sup-990102");
        await supervisor.PostAsJsonAsync($"/api/cases/{id}/urge", new { comment = "请加快处置" }).Ok();
        var c = await Detail(supervisor, id);
        Assert.Equal("督办", Actions(c).Last());
        var handler = await api.As("h-sw-990102");
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.PostAsJsonAsync($"/api/cases/{id}/urge", new { comment = "x" })).StatusCode);
    }

    [Fact]
    public async Task Failed_verification_sends_it_back_and_an_unsatisfied_rating_reopens_it()
    {
        var (op, id) = await Registered();
        var water = await api.As("h-sw-990102");
        await water.Reply(await water.TaskOf(id), "已处理").Ok();
        await op.Act(await op.TaskOf(id), "fail", "现场仍有安全隐患").Ok();
        Assert.Equal("dispatched", (string?)(await Detail(op, id))["case"]!["status"]);
        await water.Reply(await water.TaskOf(id), "已彻底修复").Ok();
        await op.Act(await op.TaskOf(id), "pass", "通过").Ok();
        await op.Act(await op.TaskOf(id), "rate", "群众不满意", new { satisfaction = "unsatisfied" }).Ok();
        var c = await Detail(op, id);
        Assert.Equal("dispatched", (string?)c["case"]!["status"]);
        Assert.Equal("unsatisfied", (string?)c["satisfaction"]);
        Assert.NotNull(await water.TaskOf(id)); // 重办 by the same department
    }

    [Fact]
    public async Task Attachments_are_stored_with_limits_on_type_and_size()
    {
        var (op, id) = await Registered();
        var water = await api.As("h-sw-990102");
        var png = new ByteArrayContent(Governance.Demo.DemoForms.Photo);
        var form = new MultipartFormDataContent { { png, "file", "现场照片.png" }, { new StringContent("handle"), "step" } };
        var created = await water.PostAsync($"/api/cases/{id}/attachments", form).Ok();
        var bytes = await water.GetByteArrayAsync((string?)created["url"]);
        Assert.Equal(Governance.Demo.DemoForms.Photo, bytes);
        var detail = await Detail(op, id);
        Assert.Equal("现场照片.png", (string?)detail["attachments"]![0]!["fileName"]);
        Assert.Equal("上传附件", Actions(detail).Last());

        var exe = new MultipartFormDataContent { { new ByteArrayContent([1, 2]), "file", "virus.exe" } };
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await water.PostAsync($"/api/cases/{id}/attachments", exe)).StatusCode);
        var big = new MultipartFormDataContent { { new ByteArrayContent(new byte[11 * 1024 * 1024]), "file", "big.jpg" } };
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await water.PostAsync($"/api/cases/{id}/attachments", big)).StatusCode);
    }
}

public sealed class LoopApiOnSqlite(SqliteServer server) : LoopApiTests(server.Factory), IClassFixture<SqliteServer>;

[Collection(PostgresServers.Name)]
public sealed class LoopApiOnPostgres(PostgresServer server) : LoopApiTests(server.Factory);
