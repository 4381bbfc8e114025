using System.Security.Claims;
using System.Text.Json.Nodes;
using Governance.Core.Definitions;
using Governance.Core.Messages;
using Governance.Core.Reports.Building;
using Governance.Core.Reports.Collection;
using Governance.Excel;
using Governance.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Apis;

/// <summary>一表通 collection: a unit's sheet for a month, saving and submitting it, the street's review, corrections, and the offline workbook.</summary>
public static class CollectionsApi
{
    public sealed record SaveRequest(JsonObject? Data, int? Version, bool Submit);
    public sealed record ReviewRequest(bool Approve, string? Comment);
    public sealed record CorrectRequest(string? Reason);
    public sealed record OverviewRow(string Unit, string Name, string Level, string State, string StateName, int Revision, string? SubmittedBy, DateTimeOffset? UpdatedAt);
    public sealed record UploadView(int Accepted, IReadOnlyList<UploadError> Errors, CollectionView Sheet);
    public sealed record UploadError(string Cell, string Code, string Message);

    public static void MapCollectionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/collections/{unit}/{period}").WithTags("Collections").RequireAuthorization();
        api.MapGet("/", Open);
        api.MapPut("/", Save);
        api.MapPost("/review", Review);
        api.MapPost("/correct", Correct);
        api.MapGet("/overview", Overview);
        api.MapGet("/xlsx", Download);
        api.MapPost("/xlsx", Upload).DisableAntiforgery();
    }

    static Task<IResult> Open(string unit, string period, ClaimsPrincipal user, CollectionService service, CancellationToken ct) =>
        Handle(period, async p => TypedResults.Ok(await service.OpenAsync(user.ToActor(), unit, p, ct)));

    static Task<IResult> Save(string unit, string period, SaveRequest request, ClaimsPrincipal user, CollectionService service, CancellationToken ct) =>
        Handle(period, async p => TypedResults.Ok(await service.SaveAsync(user.ToActor(), unit, p, request.Data ?? [], request.Version, request.Submit, ct)));

    static Task<IResult> Review(string unit, string period, ReviewRequest request, ClaimsPrincipal user, CollectionService service, CancellationToken ct) =>
        Handle(period, async p => TypedResults.Ok(await service.ReviewAsync(user.ToActor(), unit, p, request.Approve, request.Comment, ct)));

    static Task<IResult> Correct(string unit, string period, CorrectRequest request, ClaimsPrincipal user, CollectionService service, CancellationToken ct) =>
        Handle(period, async p => TypedResults.Ok(await service.CorrectAsync(user.ToActor(), unit, p, request.Reason ?? "", ct)));

    static Task<IResult> Overview(string unit, string period, ClaimsPrincipal user, CollectionService service, CancellationToken ct) =>
        Handle(period, async p => TypedResults.Ok((await service.OverviewAsync(user.ToActor(), unit, p, ct)).Select(x => new OverviewRow(x.Unit.Code, x.Unit.Name,
            x.Unit.Level.ToString().ToLowerInvariant(), (x.Sheet?.State.ToString() ?? "none").ToLowerInvariant(), StateNames.Of(x.Sheet?.State), x.Sheet?.Revision ?? 0, x.Sheet?.SubmittedBy, x.Sheet?.UpdatedAt)).ToList()));

    static Task<IResult> Download(string unit, string period, ClaimsPrincipal user, CollectionService service, DefinitionSet set, CancellationToken ct) =>
        Handle(period, async p =>
        {
            var view = await service.OpenAsync(user.ToActor(), unit, p, ct);
            var last = await service.OpenAsync(user.ToActor(), unit, p.AddMonths(-1), ct);
            var lastValues = last.Data.Where(v => CollectionForm.Number(v.Value) is not null).ToDictionary(v => v.Key, v => CollectionForm.Number(v.Value)!.Value);
            var buffer = new MemoryStream();
            await CollectionWorkbook.WriteAsync(buffer, view, set.Reports, lastValues, ct);
            return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Text.Format("COLLECT-XLSX-FILE", view.UnitName, view.Period));
        });

    /// <summary>The filled workbook as the request body or a form file named "file"; at most 10 MB.</summary>
    static Task<IResult> Upload(string unit, string period, HttpRequest http, ClaimsPrincipal user, CollectionService service, CancellationToken ct) =>
        Handle(period, async p =>
        {
            var body = new MemoryStream();
            if (http.HasFormContentType && (await http.ReadFormAsync(ct)).Files.GetFile("file") is { } file) await file.CopyToAsync(body, ct);
            else await http.Body.CopyToAsync(body, ct);
            if (body.Length is 0 or > 10 * 1024 * 1024) return ReportsApi.Problem(400, "COLLECT-UPLOAD-SIZE", Text.Format("COLLECT-UPLOAD-SIZE"), "file");
            body.Position = 0;
            var upload = CollectionUpload.Read(body, unit, p.ToString());
            if (upload.Errors.Count > 0)
                return TypedResults.Problem(title: "COLLECT-UPLOAD-REFUSED", detail: string.Join("；", upload.Errors), statusCode: 400,
                    extensions: new Dictionary<string, object?> { ["code"] = "COLLECT-UPLOAD-REFUSED", ["errors"] = upload.Errors });
            var result = await service.ImportAsync(user.ToActor(), unit, p, upload.Values, ct);
            return TypedResults.Ok(new UploadView(result.Accepted,
                result.Refused.Select(e => new UploadError(upload.Where(e.Path), e.Code, $"{upload.Where(e.Path)}: {e.Message}")).ToList(), result.Sheet));
        });

    /// <summary>Runs a handler for a valid month, turning refusals into problems: a state or permission refusal with its code, field errors per element.</summary>
    static async Task<IResult> Handle(string period, Func<ReportPeriod, Task<IResult>> handler)
    {
        if (!ReportPeriod.TryParse(period, out var p)) return ReportsApi.Problem(400, "REPORT-PERIOD", Text.Format("REPORT-PERIOD", period), "period");
        try { return await handler(p); }
        catch (CollectionValidationException e)
        {
            return TypedResults.Problem(title: "COLLECT-INVALID", detail: Text.Format("COLLECT-INVALID", e.Errors.Count), statusCode: 400,
                extensions: new Dictionary<string, object?> { ["code"] = "COLLECT-INVALID", ["errors"] = e.Errors });
        }
        catch (CollectionException e) { return ReportsApi.Problem(e.Status, e.Code, e.Message, e.Field); }
    }
}
