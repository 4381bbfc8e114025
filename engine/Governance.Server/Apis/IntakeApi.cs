using System.Security.Claims;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions;
using Governance.Core.Definitions.Model;
using Governance.Core.Intake.Duplicates;
using Governance.Core.Intake.Suggestions;
using Governance.Server.Auth;
using Governance.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Apis;

/// <summary>Item suggestions for what someone wrote (public, rate-limited) and likely duplicates of a case (the center).</summary>
public static class IntakeApi
{
    public const int MaxText = 2000;

    public sealed record SuggestRequest(string? Text, string? County, string? Grid, int? Limit);

    public sealed record SuggestionView(string Code, string Name, string Category, string CategoryName, double Score, double Confidence,
        IReadOnlyList<string> Matched);

    /// <summary>The suggestions, best first, and the model that made them: the county's learned version, or null for the catalog alone.</summary>
    public sealed record SuggestResponse(IReadOnlyList<SuggestionView> Suggestions, string? County, int? ModelVersion);

    public sealed record DuplicateView(CaseSummary Case, double Score, double TextSimilarity, bool SameItem, string Reason);

    public static void MapIntakeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/intake").WithTags("Intake").AddEndpointFilter<CaseProblems>();
        api.MapPost("/suggest", Suggest).AllowAnonymous().RequireRateLimiting(PublicApi.RateLimitPolicy);
        api.MapGet("/duplicates", Duplicates).RequireAuthorization();
        app.MapIntakeModelsApi();
    }

    static async Task<Ok<SuggestResponse>> Suggest(SuggestRequest request, DefinitionSet set, IntakeSuggester suggester, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > MaxText)
            throw new CaseException("INTAKE-TEXT-REQUIRED", 400, MaxText) { Field = "text" };
        var county = CountyOf(set, request.County, request.Grid);
        var result = await suggester.SuggestAsync(set.For(county), county, request.Text, request.Limit ?? 3, ct);
        return TypedResults.Ok(new SuggestResponse(result.Items.Select(View).ToList(), result.County, result.ModelVersion));
    }

    /// <summary>The county a request names, by its code or one of its grids; null for none (the city catalog answers).</summary>
    internal static string? CountyOf(DefinitionSet set, string? county, string? grid)
    {
        var org = set.City!.Org;
        if (!string.IsNullOrWhiteSpace(grid))
        {
            if (org.Find(grid) is not { Level: OrgLevel.Grid } g) throw new CaseException("CASE-GRID-UNKNOWN", 400, grid) { Field = "grid" };
            return org.AncestorAt(g, OrgLevel.County)!.Code;
        }
        if (string.IsNullOrWhiteSpace(county)) return null;
        return org.Find(county) is { Level: OrgLevel.County } c ? c.Code : throw new CaseException("INTAKE-COUNTY-UNKNOWN", 400, county) { Field = "county" };
    }

    static SuggestionView View(ItemSuggestion s) =>
        new(s.Code, s.Name, s.Category, s.CategoryName, Math.Round(s.Score, 3), Math.Round(s.Confidence, 3), s.Matched);

    /// <summary>Open cases that may report the same event as this one, best first, each with why it was offered.</summary>
    static async Task<Ok<List<DuplicateView>>> Duplicates(string @case, ClaimsPrincipal user, GovernanceEngine engine, DuplicateFinder finder, CancellationToken ct)
    {
        var actor = user.ToActor();
        if (actor.Role is not (Role.Operator or Role.CityAdmin or Role.CountyAdmin or Role.Supervisor))
            throw new CaseException("INTAKE-DUPLICATES-FORBIDDEN", 403, RoleDefinition.CodeOf(actor.Role));
        var (c, _, _) = await engine.Service.GetAsync(@case, actor, ct);
        return TypedResults.Ok(await FindAsync(c, engine, finder, ct));
    }

    /// <summary>The duplicates of a case as the API shows them.</summary>
    internal static async Task<List<DuplicateView>> FindAsync(Case c, GovernanceEngine engine, DuplicateFinder finder, CancellationToken ct)
    {
        var query = new DuplicateQuery(c.Id, c.Place.GridCode, c.Place.Longitude, c.Place.Latitude, c.ItemCode, c.Description, c.ReportedAt);
        var found = await finder.FindAsync(query, engine.Definitions.For(c.Place.GridCode), c.CountyCode, ct: ct);
        return found.Select(d => new DuplicateView(CaseViews.Summary(d.Case, engine.Definitions), d.Score, d.TextSimilarity, d.SameItem, d.Reason)).ToList();
    }
}
