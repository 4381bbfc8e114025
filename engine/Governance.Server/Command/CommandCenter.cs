using Governance.Core.Cases.Services;
using Governance.Core.Command;
using Governance.Core.Command.Assessment;
using Governance.Core.Command.Briefings;
using Governance.Core.Command.Dashboard;
using Governance.Core.Command.Warnings;
using Governance.Core.Packages;
using Governance.Core.ReadSide;

namespace Governance.Server.Command;

/// <summary>
/// The command center on the engine's database: the read side, alerts and briefings stores, and the services the
/// dashboard, assessment, warning and briefing APIs call. <see cref="Owner"/> names this server in job leases.
/// The services read the package in force per operation; <see cref="Names"/> and <see cref="Zone"/> are of it now.
/// </summary>
public sealed class CommandCenter(IFigureReader figures, IAlertStore alerts, IBriefingStore briefingStore, DashboardService dashboard,
    AssessmentService assessment, WarningEvaluator warnings, BriefingService briefings, CaseService cases, IPackageProvider packages)
{
    public IFigureReader Figures => figures;
    public IAlertStore Alerts => alerts;
    public IBriefingStore BriefingStore => briefingStore;
    public DashboardService Dashboard => dashboard;
    public AssessmentService Assessment => assessment;
    public WarningEvaluator Warnings => warnings;
    public BriefingService Briefings => briefings;
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Names users read, from the package in force now.</summary>
    public Names Names => new(packages.Current);

    /// <summary>The city's time zone in the package in force now.</summary>
    public TimeZoneInfo Zone => Period.ZoneOf(packages.Current);

    /// <summary>Who is asking, as the command center scopes figures, in a request's package.</summary>
    public Viewer ViewerOf(Core.Definitions.Model.Actor actor, DefinitionSet set) => Viewer.Of(actor, cases.Permissions, set.City!.Org);
}
