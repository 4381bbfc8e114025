using Governance.Core.Packages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Apis;

/// <summary>The kinds of problem the public page offers in citizens' words, each with the catalog items it stands for.</summary>
public static class PublicGroupsApi
{
    public sealed record PublicGroupView(string Code, string Name, string? Hint, IReadOnlyList<string> Keywords, IReadOnlyList<string> Items);

    public static void MapPublicGroupsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/catalog/groups", Groups).WithTags("Definitions").AllowAnonymous().RequireRateLimiting(PlacesApi.RateLimitPolicy);

    /// <summary>
    /// The groups as a county runs them: only items its package has (the first is what a report is filed under);
    /// a group with none of them is left out.
    /// </summary>
    static Ok<List<PublicGroupView>> Groups(DefinitionSet set, string? county)
    {
        var package = set.For(county);
        return TypedResults.Ok(set.PublicGroups
            .Select(g => new PublicGroupView(g.Code, g.Name, g.Hint, g.Keywords, g.Items.Where(i => package.FindItem(i) is not null).ToList()))
            .Where(g => g.Items.Count > 0).ToList());
    }
}
