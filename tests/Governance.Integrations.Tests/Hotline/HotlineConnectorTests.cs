using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Governance.Integrations.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Governance.Integrations.Tests.Hotline;

/// <summary>
/// The 12345 hotline sample plugin end to end: a fake hotline platform on loopback pushes tickets to the server's
/// HTTP-triggered flow, each becomes a case, the center works the case through the loop, and when it closes the reply
/// reaches the platform through the outbox — once, even though the platform was down at first.
/// </summary>
public sealed class HotlineConnectorTests : IAsyncLifetime
{
    const string Plugin = "Governance.Plugins.Hotline12345";
    const string Grid = "990102001001001";

    readonly LoopbackServer platform;
    IntegrationServer server = null!;

    public HotlineConnectorTests() => platform = new LoopbackServer(async (http, _) =>
    {
        http.Response.StatusCode = 200;
        await http.Response.WriteAsJsonAsync(new { code = 0 });
    });

    public async Task InitializeAsync()
    {
        // The platform's address is known before the server starts; then the platform goes down for a while.
        await platform.StartAsync();
        var replyUrl = platform.Url + "/api/replies";
        await platform.StopAsync();
        server = new IntegrationServer(new()
        {
            [$"Governance:PluginSettings:{Plugin}:Token"] = "hotline-secret",
            [$"Governance:PluginSettings:{Plugin}:ReplyUrl"] = replyUrl,
            [$"Governance:PluginSettings:{Plugin}:ReplyToken"] = "center-secret",
        });
    }

    public async Task DisposeAsync()
    {
        server.Dispose();
        await platform.DisposeAsync();
    }

    // The ticket's point lies in the grid it names: with the package's boundaries a point decides the grid.
    object Ticket(string id, string grid = Grid) => new
    {
        ticketId = id, title = "井盖缺失", content = "东湖路口供水井盖缺失，夜间有行人险些踩空", category = "井盖", urgency = "紧急",
        gridCode = grid, address = "东湖路 88 号", callerName = "李秀英", callerPhone = "13912345678",
    };

    Governance.Core.Geography.GeoPoint Point =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Governance.Core.Packages.IPackageProvider>(server.Services)
            .Current.Places.Shape(Grid)!.Centroid;

    async Task<HttpResponseMessage> Push(object ticket, string? token = "hotline-secret")
    {
        using var client = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/workflows/hotline-12345/tickets") { Content = JsonContent.Create(ticket) };
        if (token is not null) request.Headers.Add("X-Hotline-Token", token);
        return await client.SendAsync(request);
    }

    static async Task<JsonNode> Body(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonNode>())!;

    async Task<int> Relay() => await server.Relay.DeliverPendingAsync();

    [Fact]
    public async Task A_ticket_becomes_one_case_and_its_reply_reaches_the_platform_once_when_the_case_closes()
    {
        // Pushed in: the flow checks the token, registers the ticket and answers with the case number.
        var refused = await Push(Ticket("GD-0001"), token: "wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(401, (await Body(refused))["code"]!.GetValue<int>());

        var accepted = await Push(Ticket("GD-0001"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var answer = await Body(accepted);
        Assert.Equal((0, "GD-0001", false), (answer["code"]!.GetValue<int>(), answer["ticketId"]!.GetValue<string>(), answer["duplicate"]!.GetValue<bool>()));
        var number = answer["caseNumber"]!.GetValue<string>();
        Assert.StartsWith("990102-20260310-", number);

        var again = await Body(await Push(Ticket("GD-0001")));
        Assert.Equal((number, true), (again["caseNumber"]!.GetValue<string>(), again["duplicate"]!.GetValue<bool>()));

        // The case is an ordinary hotline case in the center's inbox.
        var op = await server.As("op-990102");
        var detail = (await op.GetFromJsonAsync<JsonNode>($"/api/cases/{number}"))!;
        var c = detail["case"]!;
        Assert.Equal(("hotline", "01001", "urgent"), ((string)c["channel"]!, (string)c["itemCode"]!, (string)c["urgency"]!));
        Assert.Equal("井盖缺失：东湖路口供水井盖缺失，夜间有行人险些踩空", (string)c["description"]!);
        Assert.Equal("李秀英", (string?)detail["reporter"]!["name"]);
        var id = (string)c["id"]!;

        // The center registers it, 水务局 handles and replies, the center verifies: closed (结案).
        await CaseSteps.Act(op, id, "register", "热线转办，立案");
        var water = await server.As("h-sw-990102");
        await CaseSteps.Act(water, id, "sign", "已签收");
        // A reply carries the photo of the scene, uploaded to the case first.
        var upload = new MultipartFormDataContent { { new ByteArrayContent(Governance.Demo.DemoForms.Photo), "file", "现场.png" } };
        var photo = (string)(await (await water.PostAsync($"/api/cases/{id}/attachments", upload)).Content.ReadFromJsonAsync<JsonNode>())!["id"]!;
        await CaseSteps.Act(water, id, "reply", "已更换井盖", new { form = Governance.Demo.DemoForms.Reply("已更换井盖并设置警示桩", server.Clock.GetUtcNow(), photo) });
        Assert.Equal(0, await Relay()); // nothing to reply before the case closes
        await CaseSteps.Act(op, id, "pass", "现场核查已修复");
        Assert.Equal("closed", (string?)(await op.GetFromJsonAsync<JsonNode>($"/api/cases/{id}"))!["case"]!["status"]);

        // The platform is down: the reply waits in the outbox with the error, and is not lost.
        Assert.Equal(0, await Relay());
        await using (var db = server.Store.CreateDbContext())
        {
            var pending = Assert.Single(await db.Outbox.Where(m => m.Channel == "hotline-12345").ToListAsync());
            Assert.Equal(("GD-0001", 1), (pending.Recipient, pending.Attempts));
            Assert.NotNull(pending.LastError);
            Assert.Null(pending.SentAt);
        }

        // Back up: once the claim's lease has run out the relay sends it, and only once.
        await platform.StartAsync();
        server.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await Relay());
        server.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(0, await Relay());
        var reply = Assert.Single(platform.Requests);
        Assert.Equal(("POST", "/api/replies", "center-secret"), (reply.Method, reply.Path, reply.Headers["X-Hotline-Token"]));
        var sent = JsonNode.Parse(reply.Body)!;
        Assert.Equal(("GD-0001", number, "closed", "solved"),
            ((string)sent["ticketId"]!, (string)sent["caseNumber"]!, (string)sent["outcome"]!, (string)sent["result"]!));
        Assert.Equal("已办结：已更换井盖并设置警示桩", (string)sent["reply"]!);
        Assert.False(string.IsNullOrEmpty((string?)sent["replyId"]));
    }

    [Fact]
    public async Task A_ticket_the_center_cannot_take_is_refused_in_the_answer_and_a_rejected_case_is_replied_with_the_reason()
    {
        var bad = await Push(Ticket("GD-0002", grid: "990102999999999"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var problem = await Body(bad);
        Assert.Equal((1, "gridCode"), (problem["code"]!.GetValue<int>(), (string)problem["field"]!));
        Assert.Contains("990102999999999", (string)problem["message"]!);

        var number = (string)(await Body(await Push(Ticket("GD-0003"))))["caseNumber"]!;
        var op = await server.As("op-990102");
        var id = (string)(await op.GetFromJsonAsync<JsonNode>($"/api/cases/{number}"))!["case"]!["id"]!;
        await CaseSteps.Act(op, id, "reject", "属于供电部门产权井盖，已告知来电人联系供电公司");
        await platform.StartAsync();
        Assert.Equal(1, await Relay());
        var sent = JsonNode.Parse(Assert.Single(platform.Requests).Body)!;
        Assert.Equal(("GD-0003", "rejected"), ((string)sent["ticketId"]!, (string)sent["outcome"]!));
        Assert.Equal("不予受理：属于供电部门产权井盖，已告知来电人联系供电公司", (string)sent["reply"]!);
    }
}
