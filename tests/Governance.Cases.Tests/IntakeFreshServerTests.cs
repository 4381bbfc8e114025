using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Governance.Cases.Tests;

/// <summary>
/// Intake behaviour that needs a server of its own: likely duplicates offered to the operator (the test moves the
/// clock), and training refused where nothing was registered yet (the database starts empty).
/// </summary>
public class IntakeFreshServerTests : IClassFixture<IntakeFreshServerTests.Server>
{
    public sealed class Server : IDisposable
    {
        public ApiFactory Factory { get; } = new();
        public void Dispose() => Factory.Dispose();
    }

    readonly ApiFactory api;
    public IntakeFreshServerTests(Server server) => api = server.Factory;

    [Fact]
    public async Task The_operator_is_offered_open_cases_nearby_that_read_alike_with_the_reasons()
    {
        var op = await api.As("op-990102");
        async Task<JsonNode> Report(string item, string text, string grid) =>
            (await op.PostAsJsonAsync("/api/cases", new { channel = "hotline", itemCode = item, description = text, gridCode = grid, address = "幸福小区北门" }).Ok())["case"]!;
        var earlier = await Report("06042", "东湖街道幸福小区北门垃圾桶满了溢出来，臭气熏天", "990102001003001");
        api.Clock.Advance(TimeSpan.FromHours(3));
        await Report("01037", "幸福小区北门路灯不亮", "990102001003001"); // same place, unrelated
        var elsewhere = await Report("06042", "垃圾桶满了溢出来", "990102004001001"); // another street
        var later = await Report("06010", "幸福小区北门垃圾桶满了，垃圾溢出来没人清", "990102001003001");

        var found = (await op.GetAsync($"/api/intake/duplicates?case={(string?)later["id"]}").Ok()).AsArray();
        var top = found[0]!;
        Assert.Equal((string?)earlier["number"], (string?)top["case"]!["number"]);
        Assert.StartsWith("同一网格、3 小时前、描述相似 0.", (string?)top["reason"]);
        Assert.EndsWith("相关事项（垃圾站（箱）满溢）", (string?)top["reason"]);
        Assert.DoesNotContain(found, d => (string?)d!["case"]!["id"] == (string?)elsewhere["id"]);
        Assert.DoesNotContain(found, d => (string?)d!["case"]!["itemCode"] == "01037");

        var handler = await api.As("h-sw-990102");
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.GetAsync($"/api/intake/duplicates?case={(string?)later["id"]}")).StatusCode);
    }

    [Fact]
    public async Task Training_a_county_with_no_registrations_is_refused_saying_so()
    {
        var admin = await api.As("admin");
        var refused = await admin.PostAsync("/api/intake/models/990104/train", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("新港区还没有立案登记，没有可学习的样本", (string?)(await refused.Json())["detail"]);
    }
}
