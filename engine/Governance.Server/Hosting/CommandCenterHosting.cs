using System.Text.Json;
using System.Text.Json.Serialization;
using Governance.Core.Command.Assessment;
using Governance.Core.Command.Briefings;
using Governance.Core.Command.Dashboard;
using Governance.Core.Command.Warnings;
using Governance.Core.ReadSide;
using Governance.Server.Apis;
using Governance.Server.Command;
using Governance.Server.Live;
using Governance.Storage;
using Governance.Storage.Command;
using Governance.Storage.ReadSide;

namespace Governance.Server.Hosting;

/// <summary>
/// Registers the command center on the engine's database: the read side and its stores, the services (each reads the
/// package in force per operation), the warning/briefing work, the live feed and hub, and its APIs.
/// </summary>
public static class CommandCenterHosting
{
    public static void AddCommandCenter(this IServiceCollection services)
    {
        services.AddSingleton<IFigureReader, SqlFigureReader>();
        services.AddSingleton<IAlertStore>(sp => new SqlAlertStore(sp.GetRequiredService<StorageOptions>()));
        services.AddSingleton<IBriefingStore>(sp => new SqlBriefingStore(sp.GetRequiredService<StorageOptions>()));
        services.AddSingleton<DashboardService>();
        services.AddSingleton<AssessmentService>();
        services.AddSingleton<WarningEvaluator>();
        services.AddSingleton<BriefingService>();
        services.AddSingleton<CommandCenter>();
        services.AddSingleton<ArrivalSignal>();
        services.AddSingleton<LiveFeed>();
        // After start-up work (registered before): the package is in force before the first pass reads it.
        services.AddHostedService(sp => sp.GetRequiredService<LiveFeed>());
        services.AddHostedService<CommandWork>();
        // Alert colours, levels and formats go to SignalR clients as camelCase names too (the HTTP APIs already do).
        var enums = new JsonStringEnumConverter(JsonNamingPolicy.CamelCase);
        services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(enums));
    }

    /// <summary>The command center's APIs (on the group that limits input) and its live feed hub.</summary>
    public static void MapCommandCenter(this IEndpointRouteBuilder api, WebApplication app)
    {
        api.MapDashboardApi();
        api.MapAssessmentApi();
        api.MapAlertsApi();
        api.MapBriefingsApi();
        app.MapHub<LiveHub>(LiveHub.Path);
    }
}
