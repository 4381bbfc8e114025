using System.Security.Claims;
using System.Text.Json.Nodes;
using Governance.Core.Cases.Services;
using Governance.Server.Auth;
using Governance.Core.Packages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Apis;

/// <summary>The inbox and the actions on a task.</summary>
public static class TasksApi
{
    public sealed record ActionDto(string? Comment, JsonObject? Data);

    public static void MapTasksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization().AddEndpointFilter<CaseProblems>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/", Inbox);
        api.MapPost("/{id}/actions/{action}", Act);
    }

    static async Task<Ok<List<InboxEntry>>> Inbox(ClaimsPrincipal user, CaseService cases, IPackageProvider packages, CancellationToken ct)
    {
        var set = packages.Current;
        var actor = user.ToActor();
        return TypedResults.Ok((await cases.InboxAsync(actor, ct)).Select(i =>
        {
            var d = cases.Disclosure.For(actor, i.Case);
            return new InboxEntry(CaseViews.Task(i.Task, i.Case, set, d), CaseViews.Summary(i.Case, set, d));
        }).ToList());
    }

    static async Task<Ok<CaseSummary>> Act(string id, string action, ActionDto? dto, ClaimsPrincipal user, CaseService cases, IPackageProvider packages, CancellationToken ct)
    {
        var actor = user.ToActor();
        var c = await cases.ActAsync(id, action, new ActionRequest(dto?.Comment, dto?.Data), actor, ct);
        return TypedResults.Ok(CaseViews.Summary(c, packages.Current, cases.Disclosure.For(actor, c)));
    }
}
