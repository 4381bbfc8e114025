using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Command.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Governance.Command.Tests;

/// <summary>New cases and alerts are pushed to the dashboards of those who may see them, also when another server took the case in.</summary>
public sealed class LiveFeedTests
{
    sealed class Listener : IAsyncDisposable
    {
        readonly HubConnection connection;
        public ConcurrentQueue<JsonElement> Cases { get; } = new();
        public ConcurrentQueue<JsonElement> Alerts { get; } = new();

        Listener(HubConnection connection) => this.connection = connection;

        public static async Task<Listener> ConnectAsync(CommandServer server, string username)
        {
            using var login = server.CreateClient();
            var token = (await (await login.PostAsJsonAsync("/api/auth/login", new { username, password = "Demo@2026", useCookies = false }))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            var connection = new HubConnectionBuilder().WithUrl(new Uri(server.Server.BaseAddress, "/hubs/live"), o =>
            {
                o.HttpMessageHandlerFactory = _ => server.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.AccessTokenProvider = () => Task.FromResult(token);
            }).Build();
            var listener = new Listener(connection);
            connection.On<JsonElement>("caseReported", c => listener.Cases.Enqueue(c));
            connection.On<JsonElement>("alertRaised", a => listener.Alerts.Enqueue(a));
            await connection.StartAsync();
            return listener;
        }

        public async Task<JsonElement> WaitForAsync(ConcurrentQueue<JsonElement> queue, Func<JsonElement, bool> match)
        {
            var until = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < until)
            {
                if (queue.FirstOrDefault(match) is { ValueKind: not JsonValueKind.Undefined } found) return found;
                await Task.Delay(50);
            }
            throw new TimeoutException("nothing pushed within 30 s");
        }

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }

    [Fact]
    public async Task A_new_case_reaches_the_city_and_its_county_at_once_and_not_another_county()
    {
        using var server = new CommandServer(start: Time.At("2026-03-09T09:00"));
        await using var city = await Listener.ConnectAsync(server, "admin");
        await using var county = await Listener.ConnectAsync(server, "op-990102");
        await using var other = await Listener.ConnectAsync(server, "op-990103");
        var op = await server.As("op-990102");
        var (_, number) = await op.ReportAsync("01001", "990102001001001", "井盖缺失，请尽快处理", phone: "13800000001");

        var pushed = await city.WaitForAsync(city.Cases, c => c.Str("number") == number);
        Assert.Equal(("供水井盖异常", "东湖街道·东湖社区·东湖社区第1网格"), (pushed.Str("itemName"), pushed.Str("placeName")));
        Assert.DoesNotContain("13800000001", pushed.GetRawText());
        await county.WaitForAsync(county.Cases, c => c.Str("number") == number);

        var (_, alarming) = await op.ReportAsync("11003", "990102001001001", "有人扬言要跳楼", phone: "13800000002");
        var alert = await county.WaitForAsync(county.Alerts, a => a.GetProperty("caseNumbers")[0].GetString() == alarming);
        Assert.Equal("red", alert.Str("level"));
        await city.WaitForAsync(city.Alerts, a => a.Str("id") == alert.Str("id"));
        Assert.DoesNotContain(other.Cases, c => c.Str("number") == number || c.Str("number") == alarming);
        Assert.Empty(other.Alerts);
    }

    [Fact]
    public async Task A_case_taken_in_by_another_server_reaches_this_servers_clients_through_the_database()
    {
        var dir = Directory.CreateTempSubdirectory("gov-live-");
        try
        {
            var storage = $"sqlite:{Path.Combine(dir.FullName, "shared.db")}";
            using var intake = new CommandServer(storage, start: Time.At("2026-03-09T09:00"));
            var op = await intake.As("op-990102");
            using var screen = new CommandServer(storage, start: Time.At("2026-03-09T09:00"));
            await using var city = await Listener.ConnectAsync(screen, "admin");
            var (_, number) = await op.ReportAsync("01001", "990102001001001", "另一台服务器受理的事件", phone: "13800000001");
            var pushed = await city.WaitForAsync(city.Cases, c => c.Str("number") == number);
            Assert.Equal("另一台服务器受理的事件", pushed.Str("description"));
        }
        finally { try { dir.Delete(true); } catch (IOException) { } }
    }
}
