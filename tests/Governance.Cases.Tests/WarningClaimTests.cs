using Governance.Core.Cases;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Cases.Tests;

/// <summary>Two servers on one PostgreSQL database raise each due warning once.</summary>
[Collection(PostgresServers.Name)]
public class WarningClaimTests(PostgresServer server)
{
    [Fact]
    public async Task Two_hosts_scanning_at_once_raise_every_warning_exactly_once()
    {
        var storage = StorageOptions.PostgreSql(await server.Cluster.CreateDatabaseAsync());
        var clock = new ManualClock(Repo.At("2026-03-09T09:00"));
        var first = await TestEngine.StartAsync(storage, Repo.Set, clock);
        var second = await TestEngine.StartAsync(storage, Repo.Set, clock);
        var op = Repo.User("op-990102");
        var ids = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var c = (await first.Service.ReportAsync(new IntakeRequest("hotline", "01001", "urgent", "井盖缺失，存在安全隐患", "990102001001001", "东湖路 88 号", null, null, null, null, null))).Case;
            await first.Service.ActAsync((await first.Cases.GetTasksAsync(c.Id)).Single().Id, "register", new ActionRequest("立案"), op);
            ids.Add(c.Id);
        }

        clock.Set(Repo.At("2026-03-10T16:00")); // 8 working hours ran out at Tue 10:00: every handle task is overdue
        var raised = await Task.WhenAll(
            Task.Run(() => first.Service.RaiseDueWarningsAsync("host-1")), Task.Run(() => second.Service.RaiseDueWarningsAsync("host-2")),
            Task.Run(() => first.Service.RaiseDueWarningsAsync("host-1b")), Task.Run(() => second.Service.RaiseDueWarningsAsync("host-2b")));

        Assert.Equal(30, raised.Sum());
        foreach (var id in ids)
        {
            var journal = await first.Cases.GetJournalAsync(id);
            Assert.Single(journal, j => j.Action == "超期督办");
            Assert.Equal(Core.Calendar.WarningLevel.Overdue, (await first.Cases.GetAsync(id))!.Warning);
        }
        Assert.Equal(0, await second.Service.RaiseDueWarningsAsync("host-2")); // nothing left to raise

        // Each overdue case told its handler and the two supervisors over it, once, through the outbox.
        var sms = new CapturingChannel();
        var relays = new[] { first, second }.Select(h => new Governance.Storage.Workflows.OutboxRelay(h.Services.GetRequiredService<Governance.Storage.Workflows.EfWorkflowStore>(), [sms], clock)).ToList();
        await Task.WhenAll(relays.Select(r => r.DeliverPendingAsync(1000)));
        Assert.Equal(90, sms.Sent.Count);
        Assert.Equal(90, sms.Sent.Select(m => m.Id).Distinct().Count());
        Assert.All(ids, id => Assert.Equal(3, sms.Sent.Count(m => m.InstanceId == id)));
        Assert.All(sms.Sent, m => Assert.Equal("超期督办", m.Subject));
        Assert.Equal(0, await relays[0].DeliverPendingAsync());
    }

    sealed class CapturingChannel : Governance.Sdk.Channels.INotificationChannel
    {
        public System.Collections.Concurrent.ConcurrentBag<Governance.Sdk.Channels.NotificationMessage> Sent { get; } = [];
        public string Name => "sms";
        public Task SendAsync(Governance.Sdk.Channels.NotificationMessage message, CancellationToken cancellationToken)
        {
            Sent.Add(message);
            return Task.CompletedTask;
        }
    }
}
