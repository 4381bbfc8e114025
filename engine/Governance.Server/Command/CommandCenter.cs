using Governance.Core.Command;
using Governance.Core.Command.Assessment;
using Governance.Core.Command.Briefings;
using Governance.Core.Command.Dashboard;
using Governance.Core.Command.Warnings;
using Governance.Core.ReadSide;
using Governance.Server.Hosting;
using Governance.Storage.Command;
using Governance.Storage.ReadSide;

namespace Governance.Server.Command;

/// <summary>
/// The command center on the engine's database: the read side, alerts and briefings stores, and the services the
/// dashboard, assessment, warning and briefing APIs call. <see cref="Owner"/> names this server in job leases.
/// </summary>
public sealed class CommandCenter
{
    public required IFigureReader Figures { get; init; }
    public required IAlertStore Alerts { get; init; }
    public required IBriefingStore BriefingStore { get; init; }
    public required DashboardService Dashboard { get; init; }
    public required AssessmentService Assessment { get; init; }
    public required WarningEvaluator Warnings { get; init; }
    public required BriefingService Briefings { get; init; }
    public required Names Names { get; init; }
    public required TimeZoneInfo Zone { get; init; }
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public static CommandCenter Create(GovernanceEngine engine, TimeProvider clock)
    {
        var storage = engine.Cases.Options;
        var definitions = engine.Definitions;
        var zone = engine.Service.Projector.CalendarFor(definitions.City!).Zone;
        var figures = new SqlFigureReader(storage, zone);
        var alerts = new SqlAlertStore(storage);
        var briefings = new SqlBriefingStore(storage);
        return new CommandCenter
        {
            Figures = figures, Alerts = alerts, BriefingStore = briefings, Zone = zone, Names = new Names(definitions),
            Dashboard = new DashboardService(figures, alerts, definitions, zone, clock),
            Assessment = new AssessmentService(figures, definitions, zone),
            Warnings = new WarningEvaluator(figures, alerts, engine.Service, definitions, clock),
            Briefings = new BriefingService(figures, alerts, briefings, definitions, zone, clock),
        };
    }

    /// <summary>Who is asking, as the command center scopes figures.</summary>
    public Viewer ViewerOf(Core.Cases.Model.Actor actor, GovernanceEngine engine) =>
        Viewer.Of(actor, engine.Service.Permissions, engine.Definitions.City!.Org);
}
