using System.Diagnostics;
using System.Text.Json.Nodes;
using Governance.Core.Hosting;
using Governance.Core.Packages.Admin;
using Governance.Storage;
using Governance.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Cli.Tests;

/// <summary>The package out of the database and back: an export is the folder it came from, byte for byte, where nothing changed.</summary>
public sealed class PackageCommandTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("gov-package-").FullName;
    string Storage => "sqlite:" + Path.Combine(dir, "governance.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, true); } catch (IOException) { }
    }

    static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>`diff -r` of two folders: its exit code (0 the same, 1 different) and what it printed.</summary>
    static (int Code, string Output) Diff(string a, string b)
    {
        var p = Process.Start(new ProcessStartInfo("diff", ["-r", a, b]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output);
    }

    [Fact]
    public void A_freshly_imported_package_exports_to_exactly_the_files_it_came_from()
    {
        var (code, output, error) = Run("package", "import", RepoFiles.Definitions, "--storage", Storage);
        Assert.True(code == 0, error);
        Assert.Contains("990100 发布版本 1", output);
        Assert.Contains("990121 发布版本 1", output);
        Assert.Contains("与已发布版本相同", Run("package", "import", RepoFiles.Definitions, "--storage", Storage).Out); // nothing new the second time

        var export = Path.Combine(dir, "export");
        (code, output, error) = Run("package", "export", "--storage", Storage, "--out", export);
        Assert.True(code == 0, error);
        var (diff, differences) = Diff(RepoFiles.Definitions, export);
        Assert.True(diff == 0, differences);
        Assert.Equal(0, Run("validate", export).Code);
    }

    [Fact]
    public async Task After_changes_in_the_admin_console_the_export_validates_and_differs_only_where_something_changed()
    {
        await using (var services = new ServiceCollection().AddGovernanceCore().AddGovernanceStorage(StorageOptions.Parse(Storage, dir)).BuildServiceProvider())
        {
            await services.StartGovernanceAsync(RepoFiles.Definitions);
            var admin = services.GetRequiredService<PackageAdmin>();
            var county = new PackageEditor("admin-990121", false, "990121");
            var catalog = (await admin.DocumentAsync(county, "990121", "catalog.json", true, null)).Content;
            catalog["add"]!.AsArray().Add(JsonNode.Parse("""
                { "code": "11902", "category": "11", "name": "山林火灾隐患", "keywords": ["山林"], "edition": "local",
                  "urgencies": ["normal"], "department": "YJGL", "lowestLevel": "street" }
                """));
            await admin.SaveDraftAsync(county, "990121", "catalog.json", catalog.ToJsonString());
            await admin.SaveDraftAsync(county, "990121", "users.json", """{ "add": [ { "username": "gw-qs-new", "name": "李新", "role": "grid-worker", "unit": "990121001001001" } ] }""");
            Assert.NotNull((await admin.PublishAsync(county, "990121", "新增事项和网格员")).Version);
        }

        var export = Path.Combine(dir, "export");
        Assert.Equal(0, Run("package", "export", "--storage", Storage, "--out", export).Code);
        var (validate, output, _) = Run("validate", export);
        Assert.Equal(0, validate);
        Assert.Contains("442 users", output); // the county's new grid worker beside the city's 441

        var (diff, differences) = Diff(RepoFiles.Definitions, export);
        Assert.Equal(1, diff);
        var files = differences.Split('\n').Where(l => l.StartsWith("diff -r", StringComparison.Ordinal) || l.StartsWith("Only in", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, files.Count);
        Assert.Contains(files, f => f.EndsWith("counties/990121/catalog.json", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Contains("990121: users.json", StringComparison.Ordinal));
        // Only the added item shows in the catalog's diff: the rest of the document is laid out as it was.
        Assert.DoesNotContain(differences.Split('\n'), l => l.StartsWith('<'));
    }

    [Fact]
    public void Wrong_arguments_are_told_in_chinese()
    {
        Assert.Equal(2, Run("package").Code);
        Assert.Contains("package 需要 export 或 import", Run("package", "frobnicate").Err);
        Assert.Contains("缺少选项 --out", Run("package", "export", "--storage", Storage).Err);
        var (code, _, error) = Run("package", "export", "--storage", Storage, "--out", Path.Combine(dir, "x"));
        Assert.Equal(1, code);
        Assert.Contains("数据库中还没有定义包", error);
    }
}
