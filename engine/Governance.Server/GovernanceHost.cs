using Governance.Core.Definitions;
using Governance.Server.Apis;
using Microsoft.Extensions.FileProviders;

namespace Governance.Server;

/// <summary>Wiring: what the server registers and how requests flow. Handlers call core services only.</summary>
public static class GovernanceHost
{
    public static void AddGovernance(this WebApplicationBuilder builder)
    {
        var root = builder.Configuration["Governance:Definitions"] ?? FindUp(builder.Environment.ContentRootPath, "definitions");
        var set = DefinitionLoader.Load(root);
        if (!set.IsValid)
            throw new InvalidOperationException(
                $"定义包 {root} 无效，服务器不启动：\n" + string.Join("\n", set.Problems.Errors.Take(50)));
        builder.Services.AddSingleton(set);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
    }

    public static void UseGovernance(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapDefinitionsApi();

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
