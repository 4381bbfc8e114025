using System.Security.Claims;
using Governance.Core.Command;
using Governance.Core.Command.Assessment;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.Packages;
using Governance.Server.Auth;
using Governance.Server.Command;
using Governance.Server.Exports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Apis;

/// <summary>
/// Monthly assessment (考核): the ranking of a level, the cases behind any subject's figures, and the ranking as a
/// workbook. Subjects outside the caller's scope are not listed; ranks are among all subjects of the level.
/// </summary>
public static class AssessmentApi
{
    public sealed record SchemeView(string Level, string Name, IReadOnlyList<IndicatorInfo> Indicators);

    public static void MapAssessmentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/assessment").WithTags("Assessment").RequireAuthorization().AddEndpointFilter<CommandProblems>();
        api.MapGet("/", Get);
        api.MapGet("/schemes", Schemes);
        api.MapGet("/trace", Trace);
        api.MapGet("/export", Export);
    }

    static Ok<List<SchemeView>> Schemes(DefinitionSet set) => TypedResults.Ok(set.Command.Assessment.Schemes
        .OrderBy(s => s.Level).Select(s => new SchemeView(LevelCode(s.Level), s.Name,
            s.Indicators.Select(i => new IndicatorInfo(i.Code, i.Name, i.Formula.Text, i.Format, i.Weight, i.Best, i.Worst, [])).ToList())).ToList());

    static async Task<Ok<AssessmentResult>> Get(ClaimsPrincipal user, DefinitionSet set, CommandCenter center, CancellationToken ct,
        string? period = null, string? level = null) =>
        TypedResults.Ok(await center.Assessment.AssessAsync(Period(period, set), Level(level), center.ViewerOf(user.ToActor(), set), ct));

    static async Task<Ok<AssessmentTrace>> Trace(ClaimsPrincipal user, DefinitionSet set, CommandCenter center, CancellationToken ct,
        string? period = null, string? level = null, string? code = null, string? indicator = null) =>
        TypedResults.Ok(await center.Assessment.TraceAsync(Period(period, set), Level(level), code ?? "", indicator, center.ViewerOf(user.ToActor(), set), ct));

    static async Task<IResult> Export(ClaimsPrincipal user, DefinitionSet set, CommandCenter center, CancellationToken ct,
        string? period = null, string? level = null)
    {
        var result = await center.Assessment.AssessAsync(Period(period, set), Level(level), center.ViewerOf(user.ToActor(), set), ct);
        var buffer = new MemoryStream();
        await AssessmentWorkbook.WriteAsync(buffer, result, ct);
        buffer.Position = 0;
        return TypedResults.File(buffer, Workbook.ContentType, Text.Format("XLSX-ASSESSMENT-FILE", result.SchemeName, result.Period));
    }

    static string Period(string? period, DefinitionSet set) =>
        period ?? Core.Command.Period.Today(DateTimeOffset.UtcNow, Core.Command.Period.ZoneOf(set)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    static AssessmentLevel Level(string? level) =>
        Enum.GetValues<AssessmentLevel>().FirstOrDefault(l => LevelCode(l) == level, (AssessmentLevel)(-1)) is var l && Enum.IsDefined(l) ? l
            : throw new CommandException("COMMAND-LEVEL", 400, level, string.Join(", ", Enum.GetValues<AssessmentLevel>().Select(LevelCode))) { Field = "level" };

    public static string LevelCode(AssessmentLevel l) => char.ToLowerInvariant(l.ToString()[0]) + l.ToString()[1..];
}
