using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Governance.Cases.Tests;

/// <summary>The real server in process, on a fresh SQLite file (or a PostgreSQL database), with a clock the test moves.</summary>
public sealed class ApiFactory(string? storage = null, string? definitions = null, int publicPerMinute = 1000) : WebApplicationFactory<Program>
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "gov-api-" + Guid.NewGuid().ToString("N"));
    public ManualClock Clock { get; } = new(Repo.At("2026-02-12T09:00")); // a Thursday before Spring Festival

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(dir);
        builder.UseContentRoot(Path.Combine(Repo.Root, "engine", "Governance.Server")); // also when hosted by the benchmark console
        builder.UseSetting("Governance:Storage", storage ?? $"sqlite:{Path.Combine(dir, "test.db")}");
        builder.UseSetting("Governance:DemoCases", "0");
        builder.UseSetting("Governance:PasswordIterations", "1000");
        builder.UseSetting("Governance:PollInterval", "01:00:00"); // tests raise warnings themselves
        builder.UseSetting("Governance:Intake:RetrainInterval", "01:00:00"); // tests train models themselves
        builder.UseSetting("Governance:PublicRequestsPerMinute", publicPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (definitions is not null) builder.UseSetting("Governance:Definitions", definitions);
        builder.ConfigureServices(s =>
        {
            s.RemoveAll<TimeProvider>();
            s.AddSingleton<TimeProvider>(Clock);
        });
    }

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

public static class Http
{
    public static async Task<JsonNode> Json(this HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("empty body");
    }

    public static async Task<JsonNode> Ok(this Task<HttpResponseMessage> call)
    {
        var r = await call;
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    public static Task<HttpResponseMessage> Act(this HttpClient c, string taskId, string action, string? comment = null, object? data = null) =>
        c.PostAsJsonAsync($"/api/tasks/{taskId}/actions/{action}", new { comment, data });

    /// <summary>回单 with a complete reply form, as the workspace sends it.</summary>
    public static Task<HttpResponseMessage> Reply(this HttpClient c, string taskId, string comment) =>
        c.Act(taskId, "reply", comment, new { form = Governance.Demo.DemoForms.Reply(comment, DateTimeOffset.UtcNow) });

    /// <summary>The one open task of the case in this client's inbox.</summary>
    public static async Task<string> TaskOf(this HttpClient c, string caseId)
    {
        var inbox = (await c.GetAsync("/api/tasks").Ok()).AsArray();
        return inbox.Single(e => (string?)e!["case"]!["id"] == caseId)!["task"]!["id"]!.GetValue<string>();
    }
}
