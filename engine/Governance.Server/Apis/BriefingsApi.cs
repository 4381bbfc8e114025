using System.Security.Claims;
using Governance.Core.Command;
using Governance.Core.Command.Briefings;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.Packages;
using Governance.Server.Auth;
using Governance.Server.Command;
using Governance.Server.Exports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Apis;

/// <summary>
/// Briefings (日研判、周分析、月综报、要情专报) for the caller's place: the list, one briefing to read, as a workbook,
/// and 要情专报 as a Word document (.docx) to send on.
/// </summary>
public static class BriefingsApi
{
    public sealed record DefinitionView(string Id, string Name, BriefingPeriod Period);

    public sealed record BriefingList(IReadOnlyList<DefinitionView> Definitions, IReadOnlyList<BriefingSummary> Items);

    public static void MapBriefingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/briefings").WithTags("Briefings").RequireAuthorization().AddEndpointFilter<CommandProblems>();
        api.MapGet("/", List);
        api.MapGet("/{id}", Get);
        api.MapGet("/{id}/export", Export);
        api.MapGet("/{id}/document", Document);
    }

    static async Task<Ok<BriefingList>> List(ClaimsPrincipal user, DefinitionSet set, CommandCenter center, CancellationToken ct,
        string? definition = null, int limit = 50)
    {
        var scopes = ScopesOf(center.ViewerOf(user.ToActor(), set), set);
        var items = await center.BriefingStore.ListAsync(scopes, definition, Math.Clamp(limit, 1, 500), ct);
        return TypedResults.Ok(new BriefingList(set.Command.Briefings.Select(d => new DefinitionView(d.Id, d.Name, d.Period)).ToList(), items));
    }

    static async Task<Ok<Briefing>> Get(string id, ClaimsPrincipal user, DefinitionSet set, CommandCenter center, CancellationToken ct) =>
        TypedResults.Ok(await Visible(id, user, set, center, ct));

    static async Task<IResult> Export(string id, ClaimsPrincipal user, DefinitionSet set, CommandCenter center, CancellationToken ct)
    {
        var briefing = await Visible(id, user, set, center, ct);
        var buffer = new MemoryStream();
        await BriefingWorkbook.WriteAsync(buffer, briefing, Core.Command.Period.ZoneOf(set), ct);
        buffer.Position = 0;
        return TypedResults.File(buffer, Workbook.ContentType, Text.Format("BRIEF-FILE", briefing.Content.Title, "xlsx"));
    }

    static async Task<IResult> Document(string id, ClaimsPrincipal user, DefinitionSet set, CommandCenter center, CancellationToken ct)
    {
        var briefing = await Visible(id, user, set, center, ct);
        if (briefing.Period != BriefingPeriod.Alert) throw new CommandException("COMMAND-BRIEFING-NO-DOCUMENT", 400) { Field = "id" };
        var buffer = new MemoryStream();
        BriefingDocument.Write(buffer, briefing, Core.Command.Period.ZoneOf(set));
        buffer.Position = 0;
        return TypedResults.File(buffer, BriefingDocument.ContentType, Text.Format("BRIEF-FILE", briefing.Content.Title, "docx"));
    }

    static async Task<Briefing> Visible(string id, ClaimsPrincipal user, DefinitionSet set, CommandCenter center, CancellationToken ct)
    {
        var briefing = await center.BriefingStore.GetAsync(id, ct) ?? throw new CommandException("COMMAND-BRIEFING-NOT-FOUND", 404, id);
        var scopes = ScopesOf(center.ViewerOf(user.ToActor(), set), set);
        if (scopes is not null && !scopes.Contains(briefing.ScopeCode)) throw new CommandException("COMMAND-BRIEFING-FORBIDDEN", 403, briefing.Content.Title);
        return briefing;
    }

    /// <summary>The scopes whose briefings the viewer reads: all (null) for the city; its place and the units inside it otherwise.</summary>
    static IReadOnlyCollection<string>? ScopesOf(Viewer viewer, DefinitionSet set) => viewer.Scope.All ? null
        : set.City!.Org.Units.Where(u => viewer.Scope.PlaceUnderCode is { } p && u.Code.StartsWith(p, StringComparison.Ordinal))
            .Select(u => u.Code).ToList();
}
