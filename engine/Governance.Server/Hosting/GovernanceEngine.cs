using Governance.Core.Cases;
using Governance.Core.Cases.Services;
using Governance.Core.Definitions;
using Governance.Core.Workflows.Runtime;
using Governance.Demo;
using Governance.Server.Auth;
using Governance.Storage;
using Governance.Storage.Cases;
using Governance.Storage.Workflows;

namespace Governance.Server.Hosting;

/// <summary>
/// Everything the server runs, started once: the database migrated, the loop's flows published from
/// definitions/workflows, users seeded from definitions/users, demo cases on a first start, and the case service.
/// </summary>
public sealed class GovernanceEngine
{
    public required DefinitionSet Definitions { get; init; }
    public required WorkflowEngine Workflows { get; init; }
    public required EfCaseStore Cases { get; init; }
    public required CaseService Service { get; init; }
    public required UserStore Users { get; init; }
    public required IReadOnlyList<WorkflowPublisher.Published> Published { get; init; }

    public static async Task<GovernanceEngine> StartAsync(GovernanceOptions options, DefinitionSet definitions, TimeProvider clock, ILogger log, CancellationToken ct = default)
    {
        var storage = CaseHost.DefaultOrParse(options.Storage, definitions.Root);
        var host = await CaseHost.StartAsync(storage, definitions, clock, options.Plugins, new LoggingAudit(log), ct, options.NotificationChannel);
        var (workflows, cases, service, published) = (host.Workflows, host.Cases, host.Service, host.Published);
        // Start-up lines for operators, left in place: a structured-logging template must be a constant.
        log.LogInformation("数据库：{Provider} {Target}", storage.Provider, storage.Provider == StorageProvider.Sqlite ? storage.ConnectionString : "");
        foreach (var p in published.Where(p => p.IsNew))
            log.LogInformation("已发布流程 {Definition} 版本 {Version}", p.DefinitionId, p.Version);

        if (Core.Calendar.CalendarCoverage.Warning(definitions.City!.Calendar, clock.GetUtcNow()) is { } calendarWarning)
            log.LogWarning("{Warning}", calendarWarning);

        var users = new UserStore(storage, options.PasswordIterations);
        var added = await users.SeedAsync(definitions.City!.Users, ct);
        if (added > 0) log.LogInformation("已导入 {Count} 个用户", added);

        if (options.DemoCases > 0 && (await cases.SearchAsync(new CaseQuery(PageSize: 1), ct)).Total == 0)
        {
            var made = await new DemoSeeder(definitions, seedClock => new CaseService(cases, workflows.Runtime, definitions, seedClock))
                .SeedAsync(options.DemoCases, clock.GetUtcNow(), ct: ct);
            log.LogInformation("已生成 {Count} 个演示事件", made);
        }
        return new GovernanceEngine { Definitions = definitions, Workflows = workflows, Cases = cases, Service = service, Users = users, Published = published };
    }

    sealed class LoggingAudit(ILogger log) : ICaseAudit
    {
        public void Refused(Core.Cases.Model.Actor actor, string what, string target, string reason) =>
            log.LogWarning("refused {User} ({Role}@{Unit}) {What} {Target}: {Reason}", actor.Username, actor.Role, actor.UnitCode, what, target, reason);

        public void Acted(Core.Cases.Model.Actor actor, string action, string target) =>
            log.LogInformation("{User} {Action} {Target}", actor.Username, action, target);
    }
}

/// <summary>Settings under "Governance" in configuration (appsettings.json, environment GOVERNANCE__…, command line).</summary>
public sealed class GovernanceOptions
{
    /// <summary>The definition package folder; default: the nearest definitions/ above the content root.</summary>
    public string? Definitions { get; set; }
    /// <summary>"sqlite:&lt;file&gt;" (default .data/governance.db beside definitions/) or "postgres:&lt;connection string&gt;".</summary>
    public string? Storage { get; set; }
    /// <summary>Folder for files every node shares (report exports); default .data beside definitions/.</summary>
    public string? DataDirectory { get; set; }
    /// <summary>Demo cases to create when the database has no case yet; 0 for none.</summary>
    public int DemoCases { get; set; } = 300;
    /// <summary>PBKDF2 iterations for stored password hashes (tests lower it to stay fast).</summary>
    public int PasswordIterations { get; set; } = 100_000;
    /// <summary>Folder of plugin assemblies; null for none.</summary>
    public string? Plugins { get; set; }
    /// <summary>Public submissions (report, rate, upload) allowed per client address and minute.</summary>
    public int PublicRequestsPerMinute { get; set; } = 30;

    /// <summary>
    /// The outbox channel for case notifications (督办, overdue): a plugin's INotificationChannel of this name sends
    /// them (the city's SMS platform); "sms-sandbox" with the sample plugin writes them to a file instead.
    /// </summary>
    public string NotificationChannel { get; set; } = "sms";
    /// <summary>Map reads of the public pages (boundaries, locating a point, place names) per client address and minute.</summary>
    public int PublicReadsPerMinute { get; set; } = 300;

    /// <summary>
    /// A tile layer under the drawn grids for a real install, as a URL template with {z}/{x}/{y} (天地图 with the city's
    /// key, say); none by default: the map draws the boundaries as vectors and needs no tile server.
    /// </summary>
    public string? MapTiles { get; set; }
    public string? MapAttribution { get; set; }
    public int MapMaxZoom { get; set; } = 18;

    /// <summary>How often timers, warnings and the outbox are looked at.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
