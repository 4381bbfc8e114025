using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Persistence;
using Governance.Core.Workflows.Runtime;
using Governance.Core.Workflows.Serialization;
using Governance.Storage;
using Governance.Storage.Workflows;

namespace Governance.Workflows.Tests.Workers;

/// <summary>
/// Commands of the worker process. Each prints one JSON line per result on stdout.
///   start   --store S --flow F [--durable] [--lease-seconds N] [--hang]
///   resume  --store S --bookmark ID
///   recover --store S
///   timers  --store S --owner O --seconds N   (fires due timers until none are left or N seconds pass)
/// S is sqlite:&lt;path&gt; or pg:&lt;connection string&gt;.
/// </summary>
public static class WorkerCommands
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || args[0] != "worker") { Console.Error.WriteLine("usage: worker <command> …"); return 2; }
        var options = Options(args[2..]);
        return args[1] switch
        {
            "start" => Start(options).GetAwaiter().GetResult(),
            "resume" => Resume(options).GetAwaiter().GetResult(),
            "recover" => Recover(options).GetAwaiter().GetResult(),
            "timers" => Timers(options).GetAwaiter().GetResult(),
            _ => 2,
        };
    }

    static async Task<int> Start(Dictionary<string, string> o)
    {
        var (runtime, _) = await Runtime(o);
        var definition = ElsaJsonReader.Read(File.ReadAllText(o["flow"]));
        if (await runtime.Store.GetDefinitionAsync(definition.DefinitionId, null) is null) await runtime.PublishAsync(definition);
        var run = await runtime.StartAsync(definition.DefinitionId, new StartOptions(Durable: o.ContainsKey("durable")));
        Print(new JsonObject
        {
            ["event"] = "started", ["instanceId"] = run.InstanceId, ["status"] = run.Status.ToString(),
            ["bookmarks"] = new JsonArray(run.Bookmarks.Select(b => (JsonNode)b.Id).ToArray()),
        });
        if (o.ContainsKey("hang")) Thread.Sleep(Timeout.Infinite);
        return 0;
    }

    static async Task<int> Resume(Dictionary<string, string> o)
    {
        var (runtime, _) = await Runtime(o);
        var result = await runtime.ResumeAsync(o["bookmark"], null);
        Print(new JsonObject { ["event"] = "resumed", ["status"] = result.Status.ToString(), ["instanceStatus"] = result.Run?.Status.ToString() });
        return 0;
    }

    static async Task<int> Recover(Dictionary<string, string> o)
    {
        var (runtime, _) = await Runtime(o);
        Print(new JsonObject { ["event"] = "recovered", ["count"] = await runtime.RecoverAsync() });
        return 0;
    }

    static async Task<int> Timers(Dictionary<string, string> o)
    {
        var (runtime, store) = await Runtime(o);
        var scheduler = new TimerScheduler(runtime, batchSize: 5);
        var deadline = DateTime.UtcNow.AddSeconds(int.Parse(o.GetValueOrDefault("seconds", "60")));
        while (DateTime.UtcNow < deadline)
        {
            await scheduler.FireDueAsync();
            if (await store.NextDueAsync() is null) break;
            await Task.Delay(20);
        }
        Print(new JsonObject { ["event"] = "timers", ["owner"] = runtime.Options.Owner, ["fired"] = scheduler.Fired, ["claimed"] = scheduler.Claimed });
        return 0;
    }

    static async Task<(WorkflowRuntime, IWorkflowStore)> Runtime(Dictionary<string, string> o)
    {
        var spec = o["store"];
        var storage = spec.StartsWith("sqlite:") ? StorageOptions.Sqlite(spec["sqlite:".Length..]) : StorageOptions.PostgreSql(spec["pg:".Length..]);
        var store = new EfWorkflowStore(storage);
        await store.MigrateAsync();
        var registry = ActivityRegistry.CreateDefault();
        registry.Register(new CrashOnce(), "test");
        var options = new RuntimeOptions
        {
            Owner = o.GetValueOrDefault("owner") ?? $"worker-{Environment.ProcessId}",
            Lease = TimeSpan.FromSeconds(int.Parse(o.GetValueOrDefault("lease-seconds", "30"))),
            Sandbox = new Governance.Core.Expressions.SandboxOptions { Timeout = TimeSpan.FromSeconds(20) }, // wall clock: see Fixtures.Relaxed
        };
        return (new WorkflowRuntime(store, registry, TimeProvider.System, options), store);
    }

    static Dictionary<string, string> Options(string[] args)
    {
        var result = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--")) continue;
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--");
            result[args[i][2..]] = hasValue ? args[++i] : "true";
        }
        return result;
    }

    static void Print(JsonObject o)
    {
        Console.Out.WriteLine(o.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Console.Out.Flush();
    }
}
