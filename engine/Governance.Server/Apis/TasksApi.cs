using System.Security.Claims;
using System.Text.Json.Nodes;
using Governance.Core.Cases.Services;
using Governance.Server.Auth;
using Governance.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Apis;

/// <summary>The inbox and the actions on a task.</summary>
public static class TasksApi
{
    public sealed record ActionDto(string? Comment, JsonObject? Data);

    public static void MapTasksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization().AddEndpointFilter<CaseProblems>();
        api.MapGet("/", Inbox);
        api.MapPost("/{id}/actions/{action}", Act);
    }

    static async Task<Ok<List<InboxEntry>>> Inbox(ClaimsPrincipal user, GovernanceEngine engine, CancellationToken ct)
    {
        var actor = user.ToActor();
        return TypedResults.Ok((await engine.Service.InboxAsync(actor, ct)).Select(i =>
        {
            var d = engine.Service.Disclosure.For(actor, i.Case);
            return new InboxEntry(CaseViews.Task(i.Task, i.Case, d), CaseViews.Summary(i.Case, engine.Definitions, d));
        }).ToList());
    }

    static async Task<Ok<CaseSummary>> Act(string id, string action, ActionDto? dto, ClaimsPrincipal user, GovernanceEngine engine, CancellationToken ct)
    {
        var actor = user.ToActor();
        var c = await engine.Service.ActAsync(id, action, new ActionRequest(dto?.Comment, dto?.Data), actor, ct);
        return TypedResults.Ok(CaseViews.Summary(c, engine.Definitions, engine.Service.Disclosure.For(actor, c)));
    }
}
