using System.Security.Claims;
using Governance.Core.Command;
using Governance.Core.Command.Warnings;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.Packages;
using Governance.Server.Auth;
using Governance.Server.Command;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Apis;

/// <summary>Early-warning alerts the caller may see (an alert is visible with any of its cases), and 已阅 for the center.</summary>
public static class AlertsApi
{
    public static void MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization().AddEndpointFilter<CommandProblems>();
        api.MapGet("/", List);
        api.MapPost("/{id}/acknowledge", Acknowledge);
    }

    static async Task<Ok<List<AlertLine>>> List(ClaimsPrincipal user, DefinitionSet set, CommandCenter center, CancellationToken ct,
        string? state = null, string? level = null, string? @case = null, int limit = 100)
    {
        var viewer = center.ViewerOf(user.ToActor(), set);
        var query = new AlertQuery(Parse<AlertState>(state, "state"), Parse<AlertLevel>(level, "level"), @case, null, Math.Clamp(limit, 1, 500));
        return TypedResults.Ok((await center.Alerts.ListAsync(viewer.Scope, query, ct)).Select(new Names(set).Line).ToList());
    }

    static async Task<Ok<AlertLine>> Acknowledge(string id, ClaimsPrincipal user, DefinitionSet set, CommandCenter center, TimeProvider clock, CancellationToken ct)
    {
        var actor = user.ToActor();
        if (actor.Role is not (Role.Operator or Role.Supervisor or Role.CityAdmin or Role.CountyAdmin))
            throw new CommandException("COMMAND-ALERT-FORBIDDEN", 403, Text.Format("COMMAND-REASON-CENTER-ONLY"));
        var viewer = center.ViewerOf(actor, set);
        // An alert outside the caller's scope is answered as missing: its existence is not the caller's to know.
        if ((await center.Alerts.ListAsync(viewer.Scope, new AlertQuery(Id: id, Limit: 1), ct)).Count == 0)
            throw new CommandException("COMMAND-ALERT-NOT-FOUND", 404, id);
        await center.Alerts.AcknowledgeAsync(id, actor.Username, clock.GetUtcNow(), ct);
        return TypedResults.Ok(new Names(set).Line((await center.Alerts.GetAsync(id, ct))!));
    }

    static T? Parse<T>(string? text, string field) where T : struct, Enum =>
        string.IsNullOrEmpty(text) ? null
        : Enum.TryParse<T>(text, true, out var v) ? v
        : throw new CommandException("COMMAND-PARAMETER", 400, field, text, string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))) { Field = field };
}
