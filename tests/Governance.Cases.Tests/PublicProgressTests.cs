using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Governance.Cases.Tests;

/// <summary>What a citizen reads on the tracking page: plain words decided on the server, the handler's answer, the time limit.</summary>
public class PublicProgressTests : IClassFixture<PublicProgressTests.Server>
{
    public sealed class Server : IDisposable
    {
        public ApiFactory Factory { get; } = new();
        public void Dispose() => Factory.Dispose();
    }

    readonly ApiFactory api;
    public PublicProgressTests(Server server) => api = server.Factory;

    const string Phone = "13700002468";

    async Task<JsonNode> Track(HttpClient citizen, string number) => await citizen.GetAsync($"/api/public/cases/{number}?phone={Phone}").Ok();
    static List<string> Steps(JsonNode tracked) => tracked["progress"]!.AsArray().Select(s => (string)s!["text"]!).ToList();

    [Fact]
    public async Task The_citizen_reads_who_handles_it_by_when_and_the_answer_never_the_staffs_verbs()
    {
        var citizen = api.CreateClient();
        var created = await citizen.PostAsJsonAsync("/api/cases", new
        {
            channel = "web", itemCode = "01001", description = "小区门口井盖松动，车一过就响", gridCode = "990102001001001",
            address = "东湖路 18 号", reporterName = "周先生", reporterPhone = Phone,
        }).Ok();
        var number = (string)created["case"]!["number"]!;
        var id = (string)created["case"]!["id"]!;
        Assert.Equal(["已收到您的反映"], Steps(await Track(citizen, number)));
        Assert.Equal("等待受理", (string?)(await Track(citizen, number))["stage"]);

        var op = await api.As("op-990102");
        await op.Act(await op.TaskOf(id), "register", "立案").Ok();
        var water = await api.As("h-sw-990102");
        await water.Act(await water.TaskOf(id), "sign", null).Ok();
        var handling = await Track(citizen, number);
        Assert.Equal(["已收到您的反映", "已受理", "已转城东区水务局办理", "城东区水务局已开始办理"], Steps(handling));
        Assert.Equal("办理中", (string?)handling["stage"]);
        // The handling task's time limit, in the city's time (the test clock's Thursday before Spring Festival).
        var due = (await op.GetAsync($"/api/cases/{id}").Ok())["case"]!["deadline"]!.GetValue<DateTimeOffset>().ToOffset(TimeSpan.FromHours(8));
        Assert.Equal($"应于 {due:yyyy-MM-dd HH:mm} 前办结", (string?)handling["deadline"]);
        Assert.StartsWith("应于 2026-02-2", (string?)handling["deadline"]); // after the holiday, not within it
        Assert.Empty(handling["answer"]!.AsArray());

        await water.Reply(await water.TaskOf(id), "已加固井盖并更换垫圈，车辆通过不再有响声").Ok();
        await op.Act(await op.TaskOf(id), "pass", "核查通过").Ok();
        var closed = await Track(citizen, number);
        Assert.Equal("已办结", (string?)closed["stage"]);
        Assert.Equal(["已收到您的反映", "已受理", "已转城东区水务局办理", "城东区水务局已开始办理", "城东区水务局已答复", "已办结"], Steps(closed));
        var answer = closed["answer"]!.AsArray().ToDictionary(a => (string)a!["label"]!, a => (string)a!["text"]!);
        Assert.Equal("已办结", answer["办理结果"]);
        Assert.Equal("已加固井盖并更换垫圈，车辆通过不再有响声", answer["处置措施"]);
        Assert.DoesNotContain("经办人签名", answer.Keys); // only the fields the form marks public
        Assert.Null(closed["deadline"]);
    }

    [Fact]
    public async Task A_rejected_report_says_so_with_the_reason()
    {
        var citizen = api.CreateClient();
        var created = await citizen.PostAsJsonAsync("/api/cases", new
        {
            channel = "web", itemCode = "11001", description = "楼上邻居半夜拖椅子，说了也不听", gridCode = "990102001001001",
            address = "东湖路 20 号", reporterName = "吴女士", reporterPhone = Phone,
            form = Governance.Demo.DemoForms.IntakeExtras("intake-dispute"),
        }).Ok();
        var op = await api.As("op-990102");
        await op.Act(await op.TaskOf((string)created["case"]!["id"]!), "reject", "已由社区调解员上门调解，双方达成一致").Ok();
        var tracked = await Track(citizen, (string)created["case"]!["number"]!);
        Assert.Equal("不予受理", (string?)tracked["stage"]);
        var last = tracked["progress"]!.AsArray().Last()!;
        Assert.Equal("不予受理", (string?)last["text"]);
        Assert.Equal("已由社区调解员上门调解，双方达成一致", (string?)last["detail"]);
    }
}
