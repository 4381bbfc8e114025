using System.Text.Json;
using System.Text.Json.Serialization;
using Governance.Server.Apis;
using Governance.Server.Command;
using Governance.Server.Live;

namespace Governance.Server.Hosting;

/// <summary>Registers the command center: its services, the warning/briefing work, the live feed and hub, and its APIs.</summary>
public static class CommandCenterHosting
{
    public static void AddCommandCenter(this IServiceCollection services)
    {
        services.AddSingleton(sp => CommandCenter.Create(sp.GetRequiredService<GovernanceEngine>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ArrivalSignal>();
        services.AddSingleton<LiveFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveFeed>());
        services.AddHostedService<CommandWork>();
        // Enums in the command center's answers (alert colours, levels, formats) are camelCase names, never numbers.
        var enums = new JsonStringEnumConverter(JsonNamingPolicy.CamelCase);
        services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(enums));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(enums));
    }

    public static void MapCommandCenter(this WebApplication app)
    {
        app.MapDashboardApi();
        app.MapAssessmentApi();
        app.MapAlertsApi();
        app.MapBriefingsApi();
        app.MapHub<LiveHub>(LiveHub.Path);
    }
}
