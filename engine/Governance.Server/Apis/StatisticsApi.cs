using System.Security.Claims;
using Governance.Core.Cases;
using Governance.Server.Auth;
using Governance.Core.Cases.Services;
using Governance.Core.Packages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Apis;

/// <summary>Per handling unit: received, closed, overdue, on-time rate and satisfaction, within the caller's scope.</summary>
public static class StatisticsApi
{
    public static void MapStatisticsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/statistics", Get).WithTags("Statistics").RequireAuthorization();

    static async Task<Ok<List<UnitStatistics>>> Get(ClaimsPrincipal user, CaseService cases, IPackageProvider packages, CancellationToken ct,
        DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var city = packages.Current.City!;
        var rows = await cases.StatisticsAsync(from, to, user.ToActor(), ct);
        return TypedResults.Ok(rows.Select(r => r with
        {
            Name = city.Departments.FirstOrDefault(d => d.Code == r.Unit)?.Name ?? city.Org.Find(r.Unit)?.Name ?? r.Unit,
        }).ToList());
    }
}
