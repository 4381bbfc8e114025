using System.Net.Http.Json;
using System.Text.Json;
using Governance.Core.Cases.Services;
using Governance.Core.Packages;
using Governance.Server.Command;
using Governance.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Governance.Command.Tests.Infrastructure;

/// <summary>
/// The real server in process on a SQLite file or a PostgreSQL database, with a clock the test moves. The command
/// center's scheduled work waits an hour between passes, so a test sees only what intake wakes or what it runs itself.
/// </summary>
public sealed class CommandServer(string? storage = null, string? definitions = null, DateTimeOffset? start = null) : WebApplicationFactory<Program>
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "gov-cmd-" + Guid.NewGuid().ToString("N"));
    public ManualClock Clock { get; } = new(start ?? Time.At("2026-02-20T10:00"));
    public string StorageSetting => storage ?? $"sqlite:{Path.Combine(dir, "test.db")}";
    public StorageOptions Storage => StorageOptions.Parse(StorageSetting, definitions ?? RepoFiles.Definitions);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(dir);
        builder.UseContentRoot(Path.Combine(RepoFiles.Root, "engine", "Governance.Server"));
        builder.UseSetting("Governance:Storage", StorageSetting);
        builder.UseSetting("Governance:DemoCases", "0");
        builder.UseSetting("Governance:PasswordIterations", "1000");
        builder.UseSetting("Governance:PollInterval", "01:00:00");
        builder.UseSetting("Governance:LivePollInterval", "00:00:00.200");
        builder.UseSetting("Governance:PublicRequestsPerMinute", "10000");
        if (definitions is not null) builder.UseSetting("Governance:Definitions", definitions);
        builder.ConfigureServices(s =>
        {
            s.RemoveAll<TimeProvider>();
            s.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>The package in force on the server now.</summary>
    public DefinitionSet Definitions => Services.GetRequiredService<IPackageProvider>().Current;
    public CaseService Cases => Services.GetRequiredService<CaseService>();
    public CommandCenter Center => Services.GetRequiredService<CommandCenter>();

    /// <summary>A client signed in as the user (cookie).</summary>
    public async Task<HttpClient> As(string username)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var r = await client.PostAsJsonAsync("/api/auth/login", new { username, password = "Demo@2026" });
        r.EnsureSuccessStatusCode();
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(dir, true); } catch (IOException) { }
    }
}

public static class Time
{
    public static DateTimeOffset At(string local) => DateTimeOffset.Parse(local + "+08:00", System.Globalization.CultureInfo.InvariantCulture);
}

public static class Json
{
    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<JsonElement> GetJson(this HttpClient c, string url)
    {
        var r = await c.GetAsync(url);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{url}: {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static double? Double(this JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetDouble();

    public static long Long(this JsonElement e, string name) => e.GetProperty(name).GetInt64();

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;
}
