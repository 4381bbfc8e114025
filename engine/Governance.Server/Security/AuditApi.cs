using System.Security.Claims;
using Governance.Core.Audit;
using Governance.Core.Messages;
using Governance.Core.Packages;
using Governance.Server.Auth;
using Governance.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Security;

/// <summary>The audit log for administrators: the city's sees every line, a county's the lines about its county.</summary>
public static class AuditApi
{
    public sealed record AuditLine(DateTimeOffset At, string Actor, string? ActorName, string? Role, string? Unit, string Kind, string KindName,
        string? Target, string? Detail, string? Address, string? County);

    /// <summary>A page of lines, and every kind of line there is (the browser's filter offers the server's list).</summary>
    public sealed record AuditPageView(IReadOnlyList<AuditLine> Items, int Total, int Page, int PageSize, IReadOnlyList<AuditKindView> Kinds);

    public sealed record AuditKindView(string Code, string Name);

    public static void MapAuditApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/admin/audit", List).WithTags("Admin").RequireAuthorization();

    static async Task<Results<Ok<AuditPageView>, ProblemHttpResult>> List(ClaimsPrincipal user, DefinitionSet definitions, IAuditTrail trail, CancellationToken ct,
        DateTimeOffset? from = null, DateTimeOffset? to = null, string? actor = null, string? kind = null, string? target = null, string? county = null,
        int page = 1, int pageSize = 50)
    {
        var (isAdmin, own) = AdminScope.Of(user.ToActor(), definitions);
        if (!isAdmin) return Refusals.Typed(403, "AUTH-ADMIN-ONLY", null, Text.Format("AUTH-VERB-AUDIT"));
        if (own is not null && county is not null && county != own) return Refusals.Typed(403, "AUTH-ADMIN-SCOPE", "county", county, own);
        var result = await trail.ListAsync(new AuditQuery(from, to, actor, kind, target, own ?? county, page, Math.Clamp(pageSize, 1, 200)), ct);
        return TypedResults.Ok(new AuditPageView(result.Items.Select(e => new AuditLine(e.At, e.Actor, e.ActorName, e.Role, e.Unit, e.Kind,
            KindName(e.Kind), e.Target, e.Detail, e.Address, e.County)).ToList(),
            result.Total, result.Page, result.PageSize, AuditKinds.All.Select(k => new AuditKindView(k, KindName(k))).ToList()));
    }

    static string KindName(string kind) => Text.Contains(AuditKinds.Code(kind)) ? Text.Format(AuditKinds.Code(kind)) : kind;
}
