using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Governance.Demo;

namespace Governance.Security.Tests.Support;

/// <summary>A case the scenario made: its id and number, the reporter's name and phone, and the open task if any.</summary>
public sealed record SeededCase(string Key, string Id, string Number, string Reporter, string Phone)
{
    public string? Task { get; set; }
    public string? Attachment { get; set; }
}

/// <summary>
/// Cases at the points of the loop the security suite looks at, made through the API as the users would: in 城东区
/// (990102) one at each kind of handler (department, street, community, grid), one closed and rated by its
/// reporter on the public page; in 城西区 (990103) the same as "another county". Every reporter has a name and
/// phone found nowhere else, and one description and one 督办 comment quote a reporter's phone, so a scan of the
/// answers finds every leak.
/// </summary>
public sealed class Scenario
{
    public Dictionary<string, SeededCase> Cases { get; } = [];

    /// <summary>The parties of the dispute case: personal fields of a sub-table.</summary>
    public static readonly string[] Parties = ["令狐冲天", "任盈盈月"];

    public SeededCase this[string key] => Cases[key];

    /// <summary>An export job the city administrator queued: nobody else may see it.</summary>
    public string ExportJob { get; private set; } = "";

    /// <summary>Every personal value a masked viewer must never see in full.</summary>
    public IEnumerable<string> Secrets => Cases.Values.SelectMany(c => new[] { c.Reporter, c.Phone }).Concat(Parties);

    public static async Task<Scenario> BuildAsync(SecurityFactory api)
    {
        var s = new Scenario();
        var citizen = api.CreateClient();
        var op = await api.As("op-990102");
        var opWest = await api.As("op-990103");

        async Task<SeededCase> Report(string key, string item, string grid, string reporter, string phone, string? description = null, JsonObject? form = null)
        {
            var body = new JsonObject
            {
                ["channel"] = "web", ["itemCode"] = item, ["description"] = description ?? "路边设施损坏，影响通行，请尽快处理", ["gridCode"] = grid,
                // No point: with the package's boundaries a point decides the grid, and the seeded cases name their grids.
                ["address"] = "测试路 1 号", ["reporterName"] = reporter, ["reporterPhone"] = phone, ["form"] = form,
            };
            var created = await citizen.PostAsJsonAsync("/api/cases", body).Ok();
            var c = new SeededCase(key, created["case"]!["id"]!.GetValue<string>(), created["case"]!["number"]!.GetValue<string>(), reporter, phone);
            s.Cases[key] = c;
            return c;
        }

        async Task Register(HttpClient center, SeededCase c) => await center.Act(await center.TaskOf(c.Id), "register", "信息完整，予以立案").Ok();

        // 城东区: one waiting at the center, one at each kind of handler.
        var accept = await Report("accept", "01001", "990102001001002", "欧阳明月", "13612345601");
        accept.Task = await op.TaskOf(accept.Id);
        var water = await Report("water", "01001", "990102001001001", "司马青云", "13612345602", "井盖缺失，有人险些踩空，请联系 13612345602 了解情况");
        await Register(op, water);
        var waterHandler = await api.As("h-sw-990102");
        water.Task = await waterHandler.TaskOf(water.Id);
        water.Attachment = await waterHandler.Upload(water.Id, DemoForms.Photo, "现场.png");
        var street = await Report("street", "03001", "990102001001001", "上官秋水", "13612345603");
        await Register(op, street);
        var streetHandler = await api.As("st-990102001");
        street.Task = await streetHandler.TaskOf(street.Id);
        street.Attachment = await streetHandler.Upload(street.Id, DemoForms.Photo, "现场.png");
        var community = await Report("community", "06007", "990102001001001", "诸葛长风", "13612345604");
        await Register(op, community);
        var communityHandler = await api.As("cm-990102001001");
        community.Task = await communityHandler.TaskOf(community.Id);
        community.Attachment = await communityHandler.Upload(community.Id, DemoForms.Photo, "现场.png");
        var dispute = new JsonObject
        {
            ["disputeType"] = "neighbour", ["mediated"] = "no",
            ["parties"] = new JsonArray(new JsonObject { ["name"] = Parties[0], ["role"] = "applicant", ["phone"] = "13712345611" },
                new JsonObject { ["name"] = Parties[1], ["role"] = "respondent" }),
        };
        var grid = await Report("grid", "11001", "990102002001001", "东方晓白", "13612345605", "楼上住户长期噪音扰民，多次协商未果", dispute);
        await Register(op, grid);
        var gridWorker = await api.As("gw-990102002001001");
        grid.Task = await gridWorker.TaskOf(grid.Id);
        grid.Attachment = await gridWorker.Upload(grid.Id, DemoForms.Photo, "现场.png");

        // 城东区: closed, and rated by its reporter on the public page (a citizen's name in the journal).
        var rated = await Report("rated", "01001", "990102001001001", "慕容雪晴", "13612345606");
        await Register(op, rated);
        var task = await waterHandler.TaskOf(rated.Id);
        var photo = await waterHandler.Upload(rated.Id, DemoForms.Photo, "处置前.png");
        rated.Attachment = photo;
        await waterHandler.Act(task, "reply", "已更换井盖", new { form = DemoForms.Reply("已更换井盖并设置警示标志", api.Clock.GetUtcNow(), photo) }).Ok();
        await op.Act(await op.TaskOf(rated.Id), "pass", "现场核查已修复").Ok();
        await citizen.PostAsJsonAsync($"/api/public/cases/{rated.Number}/rating", new { phone = rated.Phone, satisfaction = "satisfied", comment = "很满意" }).Ok();

        // 督办 quoting a reporter's phone: the notices to the department go out masked.
        await (await api.As("sup-990102")).PostAsJsonAsync($"/api/cases/{water.Id}/urge", new { comment = "请尽快联系群众 13612345602 处理" }).Ok();

        // 城西区: another county's case at its water department, and one waiting at its center.
        var west = await Report("west", "01001", "990103001001001", "皇甫云舒", "13612345607");
        await Register(opWest, west);
        var westWater = await api.As("h-sw-990103");
        west.Task = await westWater.TaskOf(west.Id);
        west.Attachment = await westWater.Upload(west.Id, DemoForms.Photo, "现场.png");
        var westAccept = await Report("west-accept", "01001", "990103001001002", "尉迟晨光", "13612345608");
        westAccept.Task = await opWest.TaskOf(westAccept.Id);
        s.ExportJob = (await (await api.As("admin")).PostAsJsonAsync("/api/reports/exports", new { kind = "report", report = "event-disposal", period = "2026-03" }).Ok())["id"]!.GetValue<string>();
        return s;
    }
}
