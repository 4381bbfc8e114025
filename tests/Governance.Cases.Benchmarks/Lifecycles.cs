using Governance.Core.Definitions.Model;
using System.Diagnostics;
using System.Net.Http.Json;
using Governance.Cases.Tests;
using Governance.Core.Cases;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Demo;
using Governance.TestSupport;

namespace Governance.Cases.Benchmarks;

/// <summary>The whole loop of one case, done many times at once, through the API and, as a baseline, in memory.</summary>
public static class Lifecycles
{
    public static async Task<double> InMemoryAsync(int count)
    {
        var clock = new ManualClock(Repo.At("2026-03-09T09:00"));
        var service = (await TestEngine.StartAsync(null, Repo.Set, clock)).Service;
        var op = Repo.User("op-990102");
        var water = Repo.User("h-sw-990102");
        async Task One()
        {
            var c = (await service.ReportAsync(new IntakeRequest("hotline", "01001", "normal", "井盖缺失，存在安全隐患", "990102001001001", "东湖路 88 号", null, null, null, null, null))).Case;
            async Task Do(Actor a, string action, ActionRequest r) =>
                await service.ActAsync((await service.Store.GetTasksAsync(c.Id)).Last(t => t.State == TaskState.Open).Id, action, r, a);
            await Do(op, "register", new("立案"));
            var photo = await service.AttachAsync(c.Id, "处置前.png", DemoForms.Photo, Steps.Handle, water);
            await Do(water, "reply", new("已处理", new() { ["form"] = DemoForms.Reply("已更换井盖并设置警示标志", clock.GetUtcNow(), photo.Id) }));
            await Do(op, "pass", new("通过"));
            await Do(op, "rate", new("满意", new() { ["satisfaction"] = "satisfied" }));
        }
        for (var i = 0; i < 30; i++) await One(); // warm up
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < count; i++) await One();
        return count / sw.Elapsed.TotalSeconds;
    }

    public static async Task<double> HttpBaselineAsync(ApiFactory api, int count, int parallel)
    {
        var client = await api.As("op-990102");
        for (var i = 0; i < 500; i++) await client.GetAsync("/api/auth/me");
        var sw = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel },
            async (_, ct) => (await client.GetAsync("/api/auth/me", ct)).EnsureSuccessStatusCode());
        return count / sw.Elapsed.TotalSeconds;
    }

    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, double> Spent = new();
    static async Task<T> Timed<T>(string what, Func<Task<T>> call)
    {
        var sw = Stopwatch.StartNew();
        var r = await call();
        Spent.AddOrUpdate(what, sw.Elapsed.TotalMilliseconds, (_, v) => v + sw.Elapsed.TotalMilliseconds);
        return r;
    }

    /// <summary>Database commands (round trips) per lifecycle in the last measured run.</summary>
    public static double CommandsPerLifecycle { get; private set; }

    public static async Task<double> ThroughApiAsync(ApiFactory api, int count, int parallel)
    {
        var op = await api.As("op-990102");
        var water = await api.As("h-sw-990102");
        async Task One()
        {
            var id = (await Timed("report", () => op.PostAsJsonAsync("/api/cases", new { channel = "hotline", itemCode = "01001", description = "井盖缺失，存在安全隐患", gridCode = "990102001001001", address = "东湖路 88 号" }).Ok()))["case"]!["id"]!.GetValue<string>();
            async Task<string> Open() => (await Timed("detail", () => op.GetAsync($"/api/cases/{id}").Ok()))["tasks"]!.AsArray().Last(t => (string?)t!["state"] == "open")!["id"]!.GetValue<string>();
            var t = await Open(); await Timed("register", () => op.Act(t, "register", "立案").Ok());
            t = await Open(); await Timed("reply", () => water.Reply(t, "已更换井盖并设置警示标志").Ok());
            t = await Open(); await Timed("pass", () => op.Act(t, "pass", "通过").Ok());
            t = await Open(); await Timed("rate", () => op.Act(t, "rate", "满意", new { satisfaction = "satisfied" }).Ok());
        }
        // Warm up until the JIT has optimised the hot paths: tiered compilation starts every method unoptimised and
        // re-compiles the hot ones with profile data after some hundreds of calls; fewer warm-up rounds measured ~15 % less.
        for (var i = 0; i < Math.Max(300, count / 4); i++) await One();
        Spent.Clear();
        CommandCounter.Start();
        var sw = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (_, _) => await One());
        var rate = count / sw.Elapsed.TotalSeconds;
        CommandsPerLifecycle = CommandCounter.Stop() / (double)count;
        return rate;
    }
}
