using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Cases.Tests;

/// <summary>The loop is data: a new version of its JSON changes new cases without a rebuild or a restart, and running cases keep their version.</summary>
public class LoopChangeTests
{
    [Fact]
    public async Task Removing_verification_for_a_category_changes_new_cases_and_running_cases_keep_their_version()
    {
        using var package = new Governance.TestSupport.PackageCopy();
        var definitions = package.Dir;
        var storage = $"sqlite:{Path.Combine(Path.GetTempPath(), $"gov-loop-{Guid.NewGuid():N}.db")}";
        try
        {
            using var after = new ApiFactory(storage, definitions);
            var oldCase = await Report(after, "06010");

            // An administrator imports the edited package (governance package import does the same); the server applies it at once.
            var loop = Path.Combine(definitions, "workflows", "case-loop.json");
            File.WriteAllText(loop, File.ReadAllText(loop).Replace("var skip = [];", "var skip = [\\\"06\\\"];"));
            await Governance.Core.Packages.PackageTransfer.ImportAsync(after.Services.GetRequiredService<Governance.Core.Packages.IPackageStore>(),
                Governance.Core.Documents.DocumentSet.FromFolder(definitions), "admin", "跳过 06 类核查", after.Clock.GetUtcNow());
            await after.Services.GetRequiredService<Governance.Core.Packages.PackageApplier>().RefreshAsync();

            var newCase = await Report(after, "06010");
            var otherCategory = await Report(after, "01001");

            Assert.Equal("closed", await Reply(after, newCase));        // no verification for 06 any more
            Assert.Equal("verifying", await Reply(after, otherCategory)); // other categories still verified
            Assert.Equal("verifying", await Reply(after, oldCase));       // the running case stays on version 1

            var op = await after.As("op-990102");
            Assert.Equal(1, (await op.GetAsync($"/api/cases/{oldCase}").Ok())["case"]!["workflowVersion"]!.GetValue<int>());
            Assert.Equal(2, (await op.GetAsync($"/api/cases/{newCase}").Ok())["case"]!["workflowVersion"]!.GetValue<int>());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(storage["sqlite:".Length..] + suffix);
        }
    }

    static async Task<string> Report(ApiFactory api, string item)
    {
        var op = await api.As("op-990102");
        var id = (await op.PostAsJsonAsync("/api/cases", new { channel = "hotline", itemCode = item, description = "测试事件，请按流程处理", gridCode = "990102001001001", address = "东湖路 88 号" }).Ok())["case"]!["id"]!.GetValue<string>();
        await op.Act(await op.TaskOf(id), "register", "立案").Ok();
        return id;
    }

    static async Task<string?> Reply(ApiFactory api, string id)
    {
        var op = await api.As("op-990102");
        var handler = (string?)(await op.GetAsync($"/api/cases/{id}").Ok())["case"]!["assignee"]!["department"] is { } d
            ? await api.As("h-" + d.ToLowerInvariant()) : await api.As("st-990102001");
        await handler.Reply(await handler.TaskOf(id), "已处理").Ok();
        return (string?)(await op.GetAsync($"/api/cases/{id}").Ok())["case"]!["status"];
    }
}
