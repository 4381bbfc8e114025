using System.Runtime.Loader;
using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Plugins;
using Governance.Core.Workflows.Runtime;
using Governance.Sdk.Channels;
using Governance.Core.Hosting;
using Governance.Storage;
using Governance.Storage.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Governance.Workflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Governance.Workflows.Tests.Infrastructure.TestFlows;

namespace Governance.Workflows.Tests.Plugins;

/// <summary>The sample plugin is loaded from the plugins folder of the build, as the host loads it, and runs in a flow.</summary>
public class NotificationPluginTests
{
    static string PluginFolder => Path.Combine(AppContext.BaseDirectory, "plugins");

    [Fact]
    public void The_built_plugin_loads_in_its_own_load_context_and_describes_its_activity()
    {
        var registry = ActivityRegistry.CreateDefault();
        var result = Assert.Single(PluginLoader.LoadFrom(PluginFolder, registry));
        Assert.Null(result.Error);
        Assert.Equal(["Governance.Notifications.SendSms"], result.Activities);
        Assert.Equal(["sms-sandbox"], result.Channels.Select(c => c.Name));
        Assert.True(registry.TryGet("Governance.Notifications.SendSms", out var activity, out var descriptor));
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(activity.GetType().Assembly));
        Assert.Equal("通知", descriptor.Category);
        Assert.Equal(["Done", "InvalidRecipient"], descriptor.Ports);
        Assert.Contains(descriptor.Inputs, i => i is { Name: "phone", Required: true });
        Assert.Equal("Governance.Plugins.Notifications", descriptor.Source);
    }

    [Fact]
    public async Task A_flow_using_the_plugin_writes_to_the_outbox_in_the_step_commit_and_the_relay_delivers_it()
    {
        var registry = ActivityRegistry.CreateDefault();
        Assert.Null(PluginLoader.LoadFrom(PluginFolder, registry).Single().Error);
        var store = await Stores.Sqlite();
        var runtime = Fixtures.Runtime(store, registry: registry);
        var flow = Chain("notify",
            Activity("sms", "Governance.Notifications.SendSms",
                ("phone", "JavaScript", "return getInput('phone');"),
                ("message", "Liquid", "您好，事件 {{ Input.caseNo }} 已派遣至您单位，请及时签收。")),
            Activity("wait", "Elsa.Event", ("eventName", "Literal", "签收")));
        await runtime.PublishAsync(flow);
        var ok = await runtime.StartAsync("notify", new StartOptions(new Dictionary<string, System.Text.Json.Nodes.JsonNode?> { ["phone"] = "138 0013 8000", ["caseNo"] = "SJ-2026-0001" }));
        var bad = await runtime.StartAsync("notify", new StartOptions(new Dictionary<string, System.Text.Json.Nodes.JsonNode?> { ["phone"] = "12345", ["caseNo"] = "SJ-2026-0002" }));
        Assert.Equal(InstanceStatus.Suspended, ok.Status);
        Assert.Equal(["短信未发送：手机号“12345”无效"], bad.Lines);

        await using (var db = store.CreateDbContext())
        {
            var message = Assert.Single(await db.Outbox.ToListAsync());
            Assert.Equal(("sms", "13800138000", ok.InstanceId), (message.Channel, message.Recipient, message.InstanceId));
            Assert.Equal("您好，事件 SJ-2026-0001 已派遣至您单位，请及时签收。", message.Body);
            Assert.Null(message.SentAt);
        }

        var gateway = new RecordingChannel();
        var relay = new OutboxRelay(store, [gateway]);
        Assert.Equal(1, await relay.DeliverPendingAsync());
        Assert.Equal(0, await relay.DeliverPendingAsync());
        Assert.Equal(["13800138000"], gateway.Sent.Select(m => m.Recipient));
    }

    [Fact]
    public async Task The_engine_wires_plugin_activities_and_channels_end_to_end()
    {
        var sandbox = TestTemp.Folder("sms-");
        Environment.SetEnvironmentVariable("GOVERNANCE_SMS_SANDBOX", sandbox);
        await using var services = new ServiceCollection().AddGovernanceCore(o => o.Plugins = PluginFolder)
            .AddGovernanceStorage(Governance.Storage.StorageOptions.Sqlite(Stores.TempSqlitePath())).BuildServiceProvider();
        await services.MigrateGovernanceAsync();
        var runtime = services.GetRequiredService<WorkflowRuntime>();
        await runtime.PublishAsync(Chain("urge",
            Activity("sms", "Governance.Notifications.SendSms", ("phone", "Literal", "13900139000"),
                ("message", "Literal", "【督办】请于今日 17:00 前办结"), ("channel", "Literal", "sms-sandbox"))));
        var run = await runtime.StartAsync("urge");
        Assert.Equal(InstanceStatus.Finished, run.Status);
        Assert.Equal(1, await services.GetRequiredService<OutboxRelay>().DeliverPendingAsync());
        var line = Assert.Single(File.ReadAllLines(Path.Combine(sandbox, "sms-sandbox.log")));
        Assert.EndsWith("\t13900139000\t\t【督办】请于今日 17:00 前办结", line);
    }

    [Fact]
    public void A_plugin_built_against_another_major_sdk_version_is_refused()
    {
        Assert.True(PluginLoader.IsCompatible(new Version(1, 0, 0, 0), new Version(1, 2, 0, 0)));
        Assert.False(PluginLoader.IsCompatible(new Version(1, 3, 0, 0), new Version(1, 2, 0, 0)));
        Assert.False(PluginLoader.IsCompatible(new Version(2, 0, 0, 0), new Version(1, 0, 0, 0)));
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(1, 99)]
    public void A_plugin_assembly_built_against_an_incompatible_sdk_is_not_loaded(int major, int minor)
    {
        var folder = TestTemp.Folder("plugins-");
        FakePluginAssembly.Write(Path.Combine(folder, "Future.Plugin.dll"), "Future.Plugin", new Version(major, minor, 0, 0));
        var registry = ActivityRegistry.CreateDefault();
        var before = registry.Descriptors.Count;
        var result = Assert.Single(PluginLoader.LoadFrom(folder, registry));
        Assert.StartsWith("WF-PLUGIN-SDK-VERSION", result.Error);
        Assert.Contains($"{major}.{minor}.0.0", result.Error);
        Assert.Equal(before, registry.Descriptors.Count);
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_reported_not_loaded()
    {
        var folder = TestTemp.Folder("plugins-");
        File.WriteAllText(Path.Combine(folder, "Broken.dll"), "not an assembly");
        var result = Assert.Single(PluginLoader.LoadFrom(folder, ActivityRegistry.CreateDefault()));
        Assert.StartsWith("WF-PLUGIN-INVALID", result.Error);
    }

    sealed class RecordingChannel : INotificationChannel
    {
        public List<NotificationMessage> Sent { get; } = [];
        public string Name => "sms";

        public Task SendAsync(NotificationMessage message, CancellationToken cancellationToken)
        {
            Sent.Add(message);
            return Task.CompletedTask;
        }
    }
}
