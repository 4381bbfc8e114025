using System.Net;
using System.Net.Http.Json;

namespace Governance.Cases.Tests;

/// <summary>The citizen's side without an account: report, follow by number and phone, rate, and the limits on anonymous callers.</summary>
public class PublicApiTests : IClassFixture<PublicApiTests.Server>
{
    public sealed class Server : IDisposable
    {
        public ApiFactory Factory { get; } = new(publicPerMinute: 8);
        public void Dispose() => Factory.Dispose();
    }

    readonly ApiFactory api;
    public PublicApiTests(Server server) => api = server.Factory;

    static object Report(string phone) => new
    {
        channel = "web", itemCode = "01001", description = "小区门口井盖松动", gridCode = "990102001001001", address = "湖滨路 6 号", reporterName = "赵先生", reporterPhone = phone,
    };

    [Fact]
    public async Task A_citizen_reports_follows_the_case_and_rates_it_when_closed()
    {
        var citizen = api.CreateClient();
        var created = await citizen.PostAsJsonAsync("/api/cases", Report("13700001234")).Ok();
        var number = created["case"]!["number"]!.GetValue<string>();
        var id = created["case"]!["id"]!.GetValue<string>();

        var tracked = await citizen.GetAsync($"/api/public/cases/{number}?phone=137-0000-1234").Ok();
        Assert.Equal("待受理", (string?)tracked["statusName"]);
        Assert.False(tracked["canRate"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/api/public/cases/{number}?phone=13700009999")).StatusCode);
        var early = await citizen.PostAsJsonAsync($"/api/public/cases/{number}/rating", new { phone = "13700001234", satisfaction = "satisfied" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        var op = await api.As("op-990102");
        await op.Act(await op.TaskOf(id), "register", "立案").Ok();
        var water = await api.As("h-sw-990102");
        await water.Reply(await water.TaskOf(id), "已加固井盖").Ok();
        await op.Act(await op.TaskOf(id), "pass", "核查通过").Ok();

        tracked = await citizen.GetAsync($"/api/public/cases/{number}?phone=13700001234").Ok();
        Assert.True(tracked["canRate"]!.GetValue<bool>());
        Assert.DoesNotContain(tracked["journal"]!.AsArray(), j => (string?)j!["action"] == "系统"); // no internal lines
        await citizen.PostAsJsonAsync($"/api/public/cases/{number}/rating", new { phone = "13700001234", satisfaction = "basic", comment = "处理及时" }).Ok();

        var detail = await op.GetAsync($"/api/cases/{id}").Ok();
        Assert.Equal("archived", (string?)detail["case"]!["status"]);
        Assert.Equal("basic", (string?)detail["satisfaction"]);
        var rating = detail["journal"]!.AsArray().Last()!;
        Assert.Equal("回访评价", (string?)rating["action"]);
        Assert.Equal("citizen", (string?)rating["actor"]);
    }

    [Fact]
    public async Task Anonymous_submissions_beyond_the_limit_get_a_clear_429()
    {
        using var limited = new ApiFactory(publicPerMinute: 2);
        var citizen = limited.CreateClient();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++) answers.Add(await citizen.PostAsJsonAsync("/api/cases", Report("13600000000")));
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, (HttpStatusCode)429], answers.Select(a => a.StatusCode));
        Assert.Contains("提交过于频繁", (string?)(await answers[2].Json())["detail"]);
        var staff = await limited.As("op-990102"); // signed-in staff are not limited
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/cases", Report("13600000000"))).StatusCode);
    }
}
