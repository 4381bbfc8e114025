using System.Security.Claims;
using Governance.Core.Command;
using Governance.Core.Command.Dashboard;
using Governance.Core.Packages;
using Governance.Server.Auth;
using Governance.Server.Command;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Apis;

/// <summary>The command center's dashboard: the viewer's figures (or a unit inside them), for the big screen and the statistics page.</summary>
public static class DashboardApi
{
    public static void MapDashboardApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/dashboard", Get).WithTags("Dashboard").RequireAuthorization().AddEndpointFilter<CommandProblems>();

    static async Task<Ok<DashboardView>> Get(ClaimsPrincipal user, DefinitionSet set, CommandCenter center, CancellationToken ct,
        string? unit = null, int days = 30) =>
        TypedResults.Ok(await center.Dashboard.BuildAsync(Narrowed(center.ViewerOf(user.ToActor(), set), unit, set), days, ct));

    /// <summary>The viewer, narrowed to a unit inside its place when one is asked for; a unit outside it is refused.</summary>
    internal static Viewer Narrowed(Viewer viewer, string? unit, DefinitionSet set)
    {
        if (string.IsNullOrEmpty(unit)) return viewer;
        var org = set.City!.Org;
        var found = org.Find(unit) ?? throw new CommandException("COMMAND-UNIT-UNKNOWN", 404, unit) { Field = "unit" };
        return viewer.Narrow(found, org) ?? throw new CommandException("COMMAND-UNIT-FORBIDDEN", 403, found.Name) { Field = "unit" };
    }
}
