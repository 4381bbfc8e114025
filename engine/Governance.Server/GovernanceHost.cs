using Governance.Core.Cases.Services;
using Governance.Core.Hosting;
using Governance.Core.Messages;
using Governance.Core.Packages;
using Governance.Storage;
using Governance.Server.Admin;
using Governance.Server.Apis;
using Governance.Server.Auth;
using Governance.Server.Hosting;
using Governance.Server.Security;
using Governance.Server.Integrations;
using Governance.Server.Open311;
using Governance.Storage.Cases;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.FileProviders;
using System.Threading.RateLimiting;

namespace Governance.Server;

/// <summary>Wiring: what the server registers and how requests flow. Handlers call core services only.</summary>
public static class GovernanceHost
{
    const string SmartScheme = "cookie-or-bearer";

    public static void AddGovernance(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Governance").Get<GovernanceOptions>() ?? new GovernanceOptions();
        var root = options.Definitions ?? FindUp(builder.Environment.ContentRootPath, "definitions");

        builder.Services.AddSingleton(options);
        var configuration = builder.Configuration;
        builder.Services.AddGovernanceCore(core =>
        {
            core.Plugins = options.Plugins;
            core.NotificationChannel = options.NotificationChannel;
            core.PluginSettings = plugin => new ConfigurationPluginSettings(configuration, plugin);
        });
        var storage = StorageOptions.Parse(options.Storage, root);
        builder.Services.AddGovernanceStorage(storage);
        builder.Services.AddGovernanceWorkflowHttp(options);
        builder.Services.AddSingleton(new DefinitionsFolder(root));
        builder.Services.AddSingleton<ICaseAudit, LoggingAudit>();
        builder.Services.AddSingleton<UserStore>();
        builder.Services.AddSingleton<IPackageListener, UserSync>();
        // In this order: start-up puts the package in force before the timers and the watcher run.
        builder.Services.AddHostedService<StartupWork>();
        builder.Services.AddHostedService<BackgroundWork>();
        builder.Services.AddHostedService<PackageWatcher>();
        // A request's package: the one in force when it began, whatever is published meanwhile.
        builder.Services.AddScoped(sp => sp.GetRequiredService<IPackageProvider>().Current);
        builder.Services.AddGovernanceReports(options, root);
        builder.AddGovernanceIntake();
        builder.AddGovernanceSecurity(storage);
        builder.Services.AddSingleton<Core.Integrations.IApiClientStore>(new Storage.Integrations.EfApiClientStore(storage));
        builder.Services.AddSingleton<Integrations.ApiClientGate>();
        var session = builder.Configuration.GetSection("Governance:Security").Get<SecurityOptions>()?.SessionLifetime ?? new SecurityOptions().SessionLifetime;
        builder.Services.AddCommandCenter();

        builder.Services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, null, o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
                    ? BearerTokenDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "governance";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                // A sign-in lasts as long as its session row (Security/SessionGuard), which any server can end earlier.
                o.ExpireTimeSpan = session;
                o.SlidingExpiration = false;
                o.TimeProvider = TimeProvider.System; // wall-clock time, like the session; the domain clock is the cases' (tests move it by days)
                // An API answers 401/403; it never redirects to a login page.
                o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = 401; return Task.CompletedTask; };
                o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = 403; return Task.CompletedTask; };
            })
            .AddBearerToken(o => o.TimeProvider = TimeProvider.System);
        builder.Services.AddAuthorization(Admin.AdminAccess.AddPolicy);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // Enums read as their camel-case names ("published", "override"), as the browser shows them; numbers are
            // numbers (the web default also reads them from strings, which makes every number "number | string" in
            // the types generated for the browser).
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        // Public submissions (report, rate, upload) per client address: a fixed window, answered with a Chinese 429.
        builder.Services.AddRateLimiter(o =>
        {
            o.AddPolicy(PublicApi.RateLimitPolicy, http => http.User.Identity?.IsAuthenticated == true
                ? RateLimitPartition.GetNoLimiter("staff") // staff are accountable by login; the limit is for anonymous callers
                : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PublicRequestsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            // The public map's reads (boundaries, a point's grid, place names): many per report, so a limit of their own.
            o.AddPolicy(PlacesApi.RateLimitPolicy, http => http.User.Identity?.IsAuthenticated == true
                ? RateLimitPartition.GetNoLimiter("staff")
                : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PublicReadsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await context.HttpContext.Response.WriteAsJsonAsync(new
                {
                    title = "RATE-LIMITED", status = 429, code = "RATE-LIMITED",
                    detail = Text.Format("RATE-LIMITED", options.PublicRequestsPerMinute),
                }, ct);
            };
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
    }

    public static void UseGovernance(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseSessionCheck();
        app.UseAuthorization();
        // The public reads' per-address limits (the map, the catalog); public submissions use the shared throttles.
        app.UseRateLimiter();
        app.MapOpenApi();
        // Every API on one group, so each request's text fields are checked against the input limits.
        var api = app.MapApis();
        api.MapDefinitionsApi();
        api.MapAuthApi();
        api.MapCasesApi();
        api.MapTasksApi();
        api.MapStatisticsApi();
        api.MapReportsApi();
        api.MapCollectionsApi();
        api.MapPublicApi();
        api.MapIntakeApi();
        api.MapAuditApi();
        api.MapAdminPackagesApi();
        api.MapAdminToolsApi();
        api.MapAdminUsersApi();
        api.MapPlacesApi();
        api.MapPublicGroupsApi();
        api.MapCommandCenter(app);
        api.MapApiClientsApi();
        api.MapOpen311Api();
        // A flow's HTTP endpoints (body size limited for every request; the path like any other parameter).
        api.MapWorkflowHttp();

        var designer = app.Configuration["Governance:Designer"] ?? FindUp(app.Environment.ContentRootPath, "designer");
        var dist = Path.Combine(designer, "dist");
        var site = Directory.Exists(dist) ? dist : designer;
        if (Directory.Exists(site))
        {
            var files = new PhysicalFileProvider(Path.GetFullPath(site));
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
    }

    /// <summary>The named folder in the start folder or the nearest folder above it (the repository's, when run from a checkout).</summary>
    static string FindUp(string start, string name)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine(start, name);
    }
}
