using System.Text.Json.Nodes;
using Bogus;
using Governance.Core.Cases;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Core.Definitions;
using Governance.Core.Packages;
using Governance.Core.Definitions.Model;

namespace Governance.Demo;

/// <summary>
/// Creates realistic cases across the catalog, channels and org tree, and moves each to a stage of the loop
/// (reported, dispatched, handling, suspended, returned, verifying, closed, archived, rejected) by acting as the
/// seeded users would, so the product looks alive on first start. Deterministic for a given seed.
/// </summary>
public sealed class DemoSeeder(DefinitionSet definitions, Func<TimeProvider, CaseService> serviceFor)
{
    static readonly string[] Stages = ["reported", "dispatched", "handling", "suspended", "returned", "verifying", "closed", "archived", "rejected", "unsatisfied"];
    static readonly int[] StageWeights = [15, 12, 15, 3, 5, 10, 10, 24, 3, 3];
    static readonly string[] Channels = ["app", "hotline", "patrol", "police110", "video", "web"];
    static readonly int[] ChannelWeights = [25, 30, 30, 5, 5, 5];

    public sealed class SeedClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;
        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
    }

    /// <summary>Seeds <paramref name="count"/> cases reported over the days before <paramref name="until"/>. Returns how many were made.</summary>
    public async Task<int> SeedAsync(int count, DateTimeOffset until, int seed = 2026, Action<int>? progress = null, CancellationToken ct = default)
    {
        var faker = new Faker("zh_CN") { Random = new Randomizer(seed) };
        var text = new DemoText(faker);
        var city = definitions.City!;
        var grids = city.Org.Units.Where(u => u.Level == OrgLevel.Grid).ToList();
        var items = city.Items;
        var clock = new SeedClock(until);
        var service = serviceFor(clock);
        var made = 0;
        // Open cases were reported recently (a center keeps up with its inbox), finished ones over the last two weeks.
        // Earliest first, so numbers and journals read in order.
        var plan = Enumerable.Range(0, count).Select(_ =>
        {
            var stage = faker.Random.WeightedRandom(Stages, Normalized(StageWeights));
            var window = stage is "archived" or "rejected" or "closed" or "unsatisfied" ? 14 * 24 * 60 : 2 * 24 * 60;
            return (Stage: stage, At: until.AddMinutes(-faker.Random.Int(30, window)));
        }).OrderBy(p => p.At).ToList();
        foreach (var (stage, reportedAt) in plan)
        {
            ct.ThrowIfCancellationRequested();
            var grid = faker.PickRandom(grids);
            var item = faker.PickRandom(items.Where(i => i.Category != "05").ToList());
            var channel = faker.Random.WeightedRandom(Channels, Normalized(ChannelWeights));
            var package = definitions.For(grid.Code);
            if (package.FindItem(item.Code) is null) continue;
            clock.Now = reportedAt;
            var community = city.Org.Find(grid.ParentCode!)!;
            var street = city.Org.Find(community.ParentCode!)!;
            var point = PointIn(faker, grid.Code);
            var request = new IntakeRequest(channel, item.Code, faker.PickRandom(item.Urgencies.ToList()),
                text.Describe(item, community, street), grid.Code, text.Address(community, street),
                point?.Lon, point?.Lat, text.Name(), faker.PickRandom("13", "15", "17", "18", "19") + faker.Random.ReplaceNumbers("#########"), null,
                DemoForms.IntakeExtras(service.IntakeFormOf(package, item)));
            // Patrol reports are the grid worker's own (网格员巡查上报); the other channels are citizens'.
            var c = (await service.ReportAsync(request, channel == "patrol" ? WorkerOf(grid.Code) : null, ct)).Case;
            await AdvanceAsync(service, clock, faker, text, c, stage, until, ct);
            made++;
            progress?.Invoke(made);
        }
        return made;
    }

    async Task AdvanceAsync(CaseService service, SeedClock clock, Faker faker, DemoText text, Case c, string stage, DateTimeOffset until, CancellationToken ct)
    {
        async Task<bool> Act(string action, string? comment, JsonObject? data = null, bool withPhotos = false)
        {
            var task = (await service.Store.GetTasksAsync(c.Id, ct)).LastOrDefault(t => t.State == TaskState.Open && t.FromWorkflow);
            if (task is null || ActorFor(task) is not { } actor) return false;
            var next = clock.Now.AddMinutes(faker.Random.Int(10, 600));
            if (next >= until) return false; // never act in the future
            clock.Now = next;
            if (withPhotos)
            {
                // The reply names photos the handler uploaded to the case first, as the workspace does.
                var before = await service.AttachAsync(c.Id, "处置前.png", DemoForms.Photo, task.Step, actor, ct);
                var after = await service.AttachAsync(c.Id, "处置后.png", DemoForms.Photo, task.Step, actor, ct);
                data = new JsonObject { ["form"] = DemoForms.Reply(comment ?? "", clock.Now, before.Id, after.Id) };
            }
            c = await service.ActAsync(task.Id, action, new ActionRequest(comment, data), actor, ct);
            return true;
        }

        if (stage == "reported") return;
        if (stage == "rejected") { await Act("reject", "经核实不属于受理范围，已告知来电人"); return; }
        if (!await Act("register", "信息完整，予以立案")) return;
        if (stage == "dispatched") return;
        if (stage == "returned") { await Act("return", "经现场核实不属于本单位职责，请改派"); return; }
        if (!await Act("sign", null)) return;
        if (stage == "handling") return;
        if (stage == "suspended") { await Act("suspend", "需等待产权单位确认，暂时挂起"); return; }
        var reply = text.Reply();
        if (!await Act("reply", reply, withPhotos: true)) return;
        if (stage == "verifying") return;
        if (!await Act("pass", "现场核查，问题已解决")) return;
        if (stage == "closed") return;
        var unsatisfied = stage == "unsatisfied";
        await Act("rate", unsatisfied ? "群众反映问题反复出现，要求重新处理" : "群众对处理结果表示满意",
            new JsonObject { ["satisfaction"] = unsatisfied ? "unsatisfied" : faker.Random.Bool(0.8f) ? "satisfied" : "basic" });
    }

    Actor? WorkerOf(string grid) => definitions.City!.Users.FirstOrDefault(u => u.Role == Role.GridWorker && u.Unit == grid) is { } u
        ? new Actor(u.Username, u.Name, u.Role, u.Unit, u.Department) : null;

    /// <summary>A seeded user who may act on the task.</summary>
    Actor? ActorFor(CaseTask task)
    {
        var user = definitions.City!.Users.FirstOrDefault(u => task.Role switch
        {
            Role.Handler when task.DepartmentCode is not null => u.Role == Role.Handler && u.Department == task.DepartmentCode,
            Role.Handler => u.Role == Role.Handler && u.Department is null && u.Unit == task.UnitCode,
            var r => u.Role == r && u.Unit == task.UnitCode,
        });
        return user is null ? null : new Actor(user.Username, user.Name, user.Role, user.Unit, user.Department);
    }

    /// <summary>A point inside the grid (the server derives the grid from it); null when the package draws no boundaries.</summary>
    Core.Geography.GeoPoint? PointIn(Faker faker, string grid)
    {
        if (definitions.Places.Shape(grid) is not { } shape) return null;
        var ring = shape.Polygons[0][0];
        var (w, h) = (ring.Max(p => p[0]) - ring.Min(p => p[0]), ring.Max(p => p[1]) - ring.Min(p => p[1]));
        for (var i = 0; i < 20; i++)
        {
            var p = new Core.Geography.GeoPoint(shape.Centroid.Lat + faker.Random.Double(-h, h) / 3, shape.Centroid.Lon + faker.Random.Double(-w, w) / 3);
            if (definitions.Places.GridAt(p) == grid) return new Core.Geography.GeoPoint(Math.Round(p.Lat, 6), Math.Round(p.Lon, 6));
        }
        return shape.Centroid;
    }

    // Bogus wants weights that add up to 1.
    static float[] Normalized(int[] weights) => weights.Select(w => (float)w / weights.Sum()).ToArray();

}
