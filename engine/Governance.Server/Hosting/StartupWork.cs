using Governance.Core.Calendar;
using Governance.Core.Cases;
using Governance.Core.Cases.Services;
using Governance.Core.Packages;
using Governance.Demo;
using Governance.Storage;

namespace Governance.Server.Hosting;

/// <summary>
/// What a server does before it serves: the database migrated, definitions/ imported when the database is empty,
/// the published package put in force (flows published, users stored), demo cases on a first start. Throws —
/// and the server does not start — when the package is invalid, listing every problem.
/// </summary>
public sealed class StartupWork(IServiceProvider services, GovernanceOptions options, DefinitionsFolder folder, IPackageProvider packages,
    CaseFlows flows, ICaseStore cases, StorageOptions storage, TimeProvider clock, ILogger<StartupWork> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        // Start-up lines for operators, left in place: a structured-logging template must be a constant.
        log.LogInformation("数据库：{Provider} {Target}", storage.Provider, storage.Provider == StorageProvider.Sqlite ? storage.ConnectionString : "");
        await services.StartGovernanceAsync(folder.Path, ct);
        var set = packages.Current;
        log.LogInformation("定义包：{Name}", set.Name);
        foreach (var p in flows.LastPublished.Where(p => p.IsNew))
            log.LogInformation("已发布流程 {Definition} 版本 {Version}", p.DefinitionId, p.Version);
        if (CalendarCoverage.Warning(set.City!.Calendar, clock.GetUtcNow()) is { } calendarWarning)
            log.LogWarning("{Warning}", calendarWarning);
        if (folder.DiffersFrom(set) is { Count: > 0 } differing)
            log.LogWarning("{Folder} 与数据库中的定义包不同（{Files} 等），数据库中的版本生效；要导入请用 governance package import", folder.Path, string.Join("、", differing.Take(3)));

        if (options.DemoCases > 0 && (await cases.SearchAsync(new CaseQuery(PageSize: 1), ct)).Total == 0)
        {
            var runtime = services.GetRequiredService<Core.Workflows.Runtime.WorkflowRuntime>();
            var made = await new DemoSeeder(set, seedClock => new CaseService(cases, runtime, packages, seedClock))
                .SeedAsync(options.DemoCases, clock.GetUtcNow(), ct: ct);
            log.LogInformation("已生成 {Count} 个演示事件", made);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}

/// <summary>The definitions folder the server was given: it seeds an empty database.</summary>
public sealed record DefinitionsFolder(string Path)
{
    /// <summary>The documents of the folder that differ from the package in force (empty when they agree).</summary>
    public IReadOnlyList<string> DiffersFrom(DefinitionSet set)
    {
        if (!Directory.Exists(Path)) return [];
        var folder = Core.Documents.DocumentSet.FromFolder(Path);
        return folder.Paths.Union(set.Documents.Paths, StringComparer.Ordinal)
            .Where(p => folder.Read(p) is not { } a || set.Documents.Read(p) is not { } b || !a.AsSpan().SequenceEqual(b))
            .Order(StringComparer.Ordinal).ToList();
    }
}
