using System.Security.Claims;
using Governance.Core.Packages.Admin;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Admin;

/// <summary>The admin console's tools: who gets it, route coverage, deadline preview, the city baseline of a county and reset to city.</summary>
public static class AdminToolsApi
{
    public sealed record ResetDto(OverrideKind Kind, string? Key);

    public static void MapAdminToolsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin/packages/{scope}").WithTags("Admin: tools").RequireAuthorization(AdminAccess.Policy).AddEndpointFilter<AdminProblems>();
        api.MapGet("/route-test", RouteTest);
        api.MapGet("/coverage", Coverage);
        api.MapGet("/deadline-preview", DeadlinePreview);
        api.MapGet("/baseline", Baseline);
        api.MapPost("/reset-to-city", ResetToCity);
    }

    /// <summary>Who gets a case of this item from this grid (channel and urgency optional); <c>draft=true</c> tests the scope's draft.</summary>
    static async Task<Ok<RouteTest>> RouteTest(string scope, string item, string grid, ClaimsPrincipal user, PackageAdmin admin, CancellationToken ct,
        string? channel = null, string? urgency = null, bool draft = false) =>
        TypedResults.Ok(await admin.RouteTestAsync(user.Editor(), scope, item, grid, channel, urgency, draft, ct));

    static async Task<Ok<IReadOnlyList<ProblemView>>> Coverage(string scope, ClaimsPrincipal user, PackageAdmin admin, CancellationToken ct, bool draft = false) =>
        TypedResults.Ok(ProblemView.Of(await admin.CoverageAsync(user.Editor(), scope, draft, ct)));

    /// <summary>The deadline of a task started at <c>from</c>: for an item and urgency, a step (accept, verify …), or an amount and unit.</summary>
    static async Task<Ok<DeadlinePreview>> DeadlinePreview(string scope, DateTimeOffset from, ClaimsPrincipal user, PackageAdmin admin, CancellationToken ct,
        string? item = null, string? urgency = null, string? step = null, int? amount = null, string? unit = null, bool draft = false) =>
        TypedResults.Ok(await admin.DeadlinePreviewAsync(user.Editor(), scope, new DeadlineQuery(from, item, urgency, step, amount, unit), draft, ct));

    static async Task<Ok<CountyBaseline>> Baseline(string scope, ClaimsPrincipal user, PackageAdmin admin, CancellationToken ct, bool draft = false) =>
        TypedResults.Ok(await admin.BaselineAsync(user.Editor(), scope, draft, ct));

    /// <summary>Drops a county's override (an item, a limit, a route, its office hours) from its draft.</summary>
    static async Task<Ok<AdminPackagesApi.DraftCheckView>> ResetToCity(string scope, ResetDto dto, ClaimsPrincipal user, PackageAdmin admin, CancellationToken ct)
    {
        var check = await admin.ResetToCityAsync(user.Editor(), scope, dto.Kind, dto.Key, ct);
        return TypedResults.Ok(new AdminPackagesApi.DraftCheckView(check.Valid, ProblemView.Of(check.Problems)));
    }
}
