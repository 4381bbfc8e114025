using System.Net;
using System.Net.Http.Json;
using Governance.Core.Cases;
using Governance.Core.Cases.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Cases.Tests;

/// <summary>Scope, refusals, two people at once, and the same intake sent twice.</summary>
public abstract class AccessAndConcurrencyTests(ApiFactory api)
{
    static object Intake(string grid = "990102001001001", string channel = "hotline") => new
    {
        channel, itemCode = "01001", urgency = "normal", description = "井盖缺失，存在安全隐患", gridCode = grid, address = "东湖路 88 号", reporterName = "王芳", reporterPhone = "13800001111",
    };

    async Task<string> DispatchedToWater()
    {
        var op = await api.As("op-990102");
        var id = (await op.PostAsJsonAsync("/api/cases", Intake()).Ok())["case"]!["id"]!.GetValue<string>();
        await op.Act(await op.TaskOf(id), "register", "立案").Ok();
        return id;
    }

    [Fact]
    public async Task Another_departments_handler_can_neither_read_nor_act_and_is_told_why()
    {
        var id = await DispatchedToWater();
        var water = await api.As("h-sw-990102");
        var task = await water.TaskOf(id);
        var other = await api.As("h-zj-990102");

        var read = await other.GetAsync($"/api/cases/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Contains("不在您的管辖范围", (string?)(await read.Json())["detail"]);

        var act = await other.Act(task, "sign");
        Assert.Equal(HttpStatusCode.Forbidden, act.StatusCode);
        var problem = await act.Json();
        Assert.Equal("CASE-FORBIDDEN-ACT", (string?)problem["code"]);
        Assert.Contains("SW-990102", (string?)problem["detail"]);
        Assert.DoesNotContain((await other.GetAsync("/api/tasks").Ok()).AsArray(), t => (string?)t!["case"]!["id"] == id);
    }

    [Fact]
    public async Task A_county_operator_cannot_see_another_countys_cases()
    {
        var id = await DispatchedToWater();
        var chengxi = await api.As("op-990103");
        Assert.Equal(HttpStatusCode.Forbidden, (await chengxi.GetAsync($"/api/cases/{id}")).StatusCode);
        var list = await chengxi.GetAsync("/api/cases?pageSize=200").Ok();
        Assert.DoesNotContain(list["items"]!.AsArray(), c => (string?)c!["id"] == id);
        var city = await api.As("op-990100");
        Assert.Equal(HttpStatusCode.OK, (await city.GetAsync($"/api/cases/{id}")).StatusCode); // the city center sees all
    }

    [Fact]
    public async Task Without_signing_in_staff_channels_and_reads_are_refused()
    {
        var anonymous = api.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/cases", Intake())).StatusCode);
        var citizen = await anonymous.PostAsJsonAsync("/api/cases", Intake(channel: "app"));
        Assert.Equal(HttpStatusCode.Created, citizen.StatusCode);
        var wrong = await anonymous.PostAsJsonAsync("/api/auth/login", new { username = "op-990102", password = "guess" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_works_for_API_clients()
    {
        var client = api.CreateClient();
        var token = await client.PostAsJsonAsync("/api/auth/login", new { username = "gw-990102001001001", password = "Demo@2026", useCookies = false }).Ok();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (string?)token["accessToken"]);
        var me = await client.GetAsync("/api/auth/me").Ok();
        Assert.Equal("grid-worker", (string?)me["role"]);
        var patrol = await client.PostAsJsonAsync("/api/cases", Intake(channel: "patrol"));
        Assert.Equal(HttpStatusCode.Created, patrol.StatusCode);
    }

    [Fact]
    public async Task Two_handlers_acting_on_one_task_at_once_one_succeeds_the_other_gets_409()
    {
        var id = await DispatchedToWater();
        var first = await api.As("h-sw-990102");
        var second = await api.As("h-sw-990102");
        var task = await first.TaskOf(id);
        await first.Act(task, "sign").Ok();
        var photo = await first.UploadPhoto(id);

        var answers = await Task.WhenAll(first.Reply(task, "甲处理完毕", photo), second.Reply(task, "乙处理完毕", photo));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var op = await api.As("op-990102");
        var detail = await op.GetAsync($"/api/cases/{id}").Ok();
        Assert.Equal("verifying", (string?)detail["case"]!["status"]);
        Assert.Single(detail["journal"]!.AsArray(), j => (string?)j!["action"] == "回单");
        Assert.Single(detail["tasks"]!.AsArray(), t => (string?)t!["step"] == "verify");
    }

    [Fact]
    public async Task The_same_intake_sent_twice_with_one_idempotency_key_makes_one_case()
    {
        var op = await api.As("op-990102");
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Request()
        {
            var r = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = JsonContent.Create(Intake()) };
            r.Headers.Add("Idempotency-Key", key);
            return r;
        }
        var answers = await Task.WhenAll(op.SendAsync(Request()), op.SendAsync(Request()));
        var again = await op.SendAsync(Request());
        var ids = new List<string?>();
        foreach (var a in answers.Append(again)) ids.Add((string?)(await a.Json())["case"]!["id"]);
        Assert.Single(ids.Distinct());
        Assert.Equal(1, answers.Append(again).Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.NotNull(await api.Services.GetRequiredService<ICaseStore>().FindByIdempotencyKeyAsync(key));
    }

    [Fact]
    public async Task Bad_intake_is_refused_with_the_field_and_a_Chinese_message()
    {
        var op = await api.As("op-990102");
        var r = await op.PostAsJsonAsync("/api/cases", new { channel = "hotline", itemCode = "99999", description = "x", gridCode = "990102001001001" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var p = await r.Json();
        Assert.Equal("itemCode", (string?)p["field"]);
        Assert.Equal("事项“99999”不在目录中", (string?)p["detail"]);
        r = await op.PostAsJsonAsync("/api/cases", new { channel = "hotline", itemCode = "01001", description = "x", gridCode = "990102001" });
        Assert.Equal("gridCode", (string?)(await r.Json())["field"]);
    }

    [Fact]
    public async Task Statistics_count_per_handling_unit_within_the_callers_scope()
    {
        var id = await DispatchedToWater();
        var op = await api.As("op-990102");
        var stats = (await op.GetAsync("/api/statistics").Ok()).AsArray();
        var water = stats.Single(s => (string?)s!["unit"] == "SW-990102")!;
        Assert.Equal("城东区水务局", (string?)water["name"]);
        Assert.True(water["received"]!.GetValue<int>() >= 1);
        var chengxi = (await (await api.As("op-990103")).GetAsync("/api/statistics").Ok()).AsArray();
        Assert.DoesNotContain(chengxi, s => (string?)s!["unit"] == "SW-990102");
        Assert.NotNull(id);
    }
}

public sealed class AccessOnSqlite(SqliteServer server) : AccessAndConcurrencyTests(server.Factory), IClassFixture<SqliteServer>;

[Collection(PostgresServers.Name)]
public sealed class AccessOnPostgres(PostgresServer server) : AccessAndConcurrencyTests(server.Factory);
