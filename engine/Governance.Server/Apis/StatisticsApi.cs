using System.Security.Claims;
using Governance.Core.Command;
using Governance.Core.ReadSide;
using Governance.Server.Auth;
using Governance.Core.Packages;
using Governance.Server.Command;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Apis;

/// <summary>
/// Statistics from the read side, within the caller's scope: per handling unit (the workspace's old table), and any
/// grouping of the case and assignment measures for the statistics page.
/// </summary>
public static class StatisticsApi
{
    public sealed record UnitStatistics(string Unit, string Name, long Received, long Closed, long Overdue, double? OnTimeRate, double? Satisfaction);

    public sealed record FigureRowView(IReadOnlyList<string?> Keys, IReadOnlyList<string?> Names, CaseMeasures Cases, AssignmentMeasures? Assignments,
        double? OnTimeRate, double? Satisfaction);

    public sealed record FiguresView(IReadOnlyList<string> By, IReadOnlyList<FigureRowView> Rows);

    public static void MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/statistics").WithTags("Statistics").RequireAuthorization().AddEndpointFilter<CommandProblems>();
        api.MapGet("/", Get);
        api.MapGet("/figures", Figures);
    }

    static async Task<Ok<List<UnitStatistics>>> Get(ClaimsPrincipal user, DefinitionSet set, CommandCenter center, CancellationToken ct,
        DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var viewer = center.ViewerOf(user.ToActor(), set);
        var rows = await center.Figures.CasesAsync(new FigureQuery { Scope = viewer.Scope, From = from, To = to }.By(Dimension.Handler), ct);
        var weights = set.Command.Assessment.Weights;
        return TypedResults.Ok(rows.Where(r => r.Key is not null).Select(r => new UnitStatistics(r.Key!, HandlerName(set, r.Key!),
                r.Measures.Reported, r.Measures.Closed, r.Measures.Overdue, r.Measures.OnTimeRate, r.Measures.Satisfaction(weights)))
            .OrderByDescending(r => r.Received).ToList());
    }

    /// <summary>Case (and, with <c>assignments=true</c>, assignment) measures grouped by the comma-separated dimensions in <c>by</c>.</summary>
    static async Task<Ok<FiguresView>> Figures(ClaimsPrincipal user, DefinitionSet set, CommandCenter center, CancellationToken ct,
        string? by = null, DateTimeOffset? from = null, DateTimeOffset? to = null, string? unit = null, bool assignments = false)
    {
        var viewer = DashboardApi.Narrowed(center.ViewerOf(user.ToActor(), set), unit, set);
        var dimensions = FigureNames.ParseDimensions(by);
        var query = new FigureQuery { Scope = viewer.Scope, From = from, To = to, GroupBy = dimensions };
        var cases = await center.Figures.CasesAsync(query, ct);
        var tasks = assignments ? (await center.Figures.AssignmentsAsync(query, ct)).ToDictionary(r => string.Join("|", r.Keys), r => r.Measures) : null;
        var weights = set.Command.Assessment.Weights;
        var names = new Names(set);
        return TypedResults.Ok(new FiguresView(dimensions.Select(FigureNames.Code).ToList(), cases.Select(r => new FigureRowView(r.Keys,
            r.Keys.Select((k, i) => k is null ? null : FigureNames.Name(names, dimensions[i], k)).ToList(), r.Measures,
            tasks?.GetValueOrDefault(string.Join("|", r.Keys)), r.Measures.OnTimeRate, r.Measures.Satisfaction(weights)))
            .OrderByDescending(r => r.Cases.Reported).ToList()));
    }

    static string HandlerName(DefinitionSet set, string code) =>
        set.City!.Departments.Any(d => d.Code == code) ? new Names(set).Department(code) : new Names(set).Place(code);
}
