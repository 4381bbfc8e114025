using Governance.Core.Definitions.Model;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Governance.Core.Calendar;
using Governance.Core.Cases;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Core.Audit;
using Governance.Core.Input;
using Governance.Core.Messages;
using Governance.Server.Auth;
using Governance.Core.Packages;
using Governance.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Server.Apis;

/// <summary>Intake, search, detail, supervision and attachments of cases.</summary>
public static class CasesApi
{
    public sealed record IntakeDto(string Channel, string ItemCode, string? Urgency, string Description, string GridCode, string? Address,
        double? Longitude, double? Latitude, string? ReporterName, string? ReporterPhone, JsonObject? Form);

    public sealed record UrgeDto(string? Comment);

    public static void MapCasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/cases").WithTags("Cases").AddEndpointFilter<CaseProblems>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/", Report).AllowAnonymous().AddEndpointFilter<PublicSubmissionLimit>();
        api.MapGet("/", Search).RequireAuthorization();
        api.MapGet("/{id}", Get).RequireAuthorization();
        api.MapPost("/{id}/urge", Urge).RequireAuthorization();
        api.MapPost("/{id}/attachments", Attach).RequireAuthorization().DisableAntiforgery();
        api.MapGet("/{id}/attachments/{attachmentId}", Download).RequireAuthorization();
    }

    static async Task<Results<Created<IntakeView>, Ok<IntakeView>, ProblemHttpResult>> Report(IntakeDto dto, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal user,
        CaseService cases, IPackageProvider packages, Core.Intake.Duplicates.DuplicateFinder duplicates,
        Command.ArrivalSignal arrivals, CancellationToken ct)
    {
        var signedIn = user.Identity?.IsAuthenticated == true;
        // Channels the package marks public take reports without a sign-in; the others are staff channels.
        if (!signedIn && !packages.Current.For(dto.GridCode).Channels.Any(c => c.Public && c.Code == dto.Channel))
            return TypedResults.Problem(title: "AUTH-REQUIRED", detail: Text.Format("AUTH-REQUIRED", dto.Channel), statusCode: 401,
                extensions: new Dictionary<string, object?> { ["field"] = "channel" });
        var actor = signedIn ? user.ToActor() : null;
        var result = await cases.ReportAsync(new IntakeRequest(dto.Channel ?? "", dto.ItemCode ?? "", dto.Urgency, dto.Description ?? "",
            dto.GridCode ?? "", dto.Address, dto.Longitude, dto.Latitude, dto.ReporterName, dto.ReporterPhone, idempotencyKey, dto.Form), actor, ct);
        if (result.Created) arrivals.Arrived(); // after the commit: warning rules and the live feed look now, intake does not wait for them
        var set = packages.Current;
        // The reporter gets back what they sent; likely duplicates are other people's cases: only staff who may see
        // them get them (and can merge them), each as the disclosure policy shows it to them.
        var similar = actor is not null && result.Created ? await IntakeApi.FindAsync(result.Case, set, duplicates, actor, cases, ct) : [];
        var view = new IntakeView(CaseViews.Summary(result.Case, set, cases.Disclosure.For(Actor.System, result.Case)), result.Created, similar);
        return result.Created ? TypedResults.Created($"/api/cases/{result.Case.Id}", view) : TypedResults.Ok(view);
    }

    static async Task<Ok<PageView>> Search(ClaimsPrincipal user, CaseService cases, IPackageProvider packages, CancellationToken ct,
        string? status = null, string? item = null, string? category = null, string? unit = null, string? department = null, string? channel = null,
        string? warning = null, DateTimeOffset? from = null, DateTimeOffset? to = null, string? q = null, int page = 1, int pageSize = 20)
    {
        // A page before the first or past the last is an empty page, never another page's cases.
        var query = new CaseQuery(
            Codes.Parse<CaseStatus>(status), item, category, unit, department, channel,
            Codes.Parse<WarningLevel>(warning), from, to, q, null, page, Math.Clamp(pageSize, 1, 200));
        var actor = user.ToActor();
        var result = await cases.SearchAsync(query, actor, ct);
        var set = packages.Current;
        return TypedResults.Ok(new PageView(result.Items.Select(c => CaseViews.Summary(c, set, cases.Disclosure.For(actor, c))).ToList(),
            result.Total, result.Page, result.PageSize));
    }

    public sealed record PageView(IReadOnlyList<CaseSummary> Items, int Total, int Page, int PageSize);

    static async Task<Ok<CaseDetail>> Get(string id, ClaimsPrincipal user, CaseService cases, IPackageProvider packages, RequestAudit audit, HttpContext http, CancellationToken ct)
    {
        var actor = user.ToActor();
        var (c, tasks, journal) = await cases.GetAsync(id, actor, ct);
        var files = await cases.Store.GetAttachmentsAsync(c.Id, ct);
        var disclosure = cases.Disclosure.For(actor, c);
        // Every look at a reporter's unmasked data is on record: who, when, which case, from where.
        if (disclosure.Unmasked && disclosure.HasPersonalData)
            await audit.WriteAsync(http, actor, AuditKinds.PersonalRead, c.Number, null, c.CountyCode);
        var canUrge = !c.IsFinished && cases.Permissions.CannotUrge(actor, c, tasks) is null;
        return TypedResults.Ok(CaseViews.Detail(c, tasks, journal, files, disclosure, packages.Current, cases.FormView(c, actor, tasks), canUrge));
    }

    static async Task<Ok<CaseSummary>> Urge(string id, UrgeDto dto, ClaimsPrincipal user, CaseService cases, IPackageProvider packages, CancellationToken ct)
    {
        var actor = user.ToActor();
        var c = await cases.UrgeAsync(id, dto.Comment, actor, ct);
        return TypedResults.Ok(CaseViews.Summary(c, packages.Current, cases.Disclosure.For(actor, c)));
    }

    static async Task<Created<AttachmentView>> Attach(string id, IFormFile file, [FromForm] string? step, ClaimsPrincipal user, CaseService cases, IPackageProvider packages, CancellationToken ct)
    {
        if (file.Length > CaseService.MaxAttachmentBytes)
            throw new CaseException("CASE-ATTACHMENT-SIZE", 413, file.FileName, CaseService.MaxAttachmentBytes / 1024 / 1024) { Field = "file" };
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var a = await cases.AttachAsync(id, file.FileName, buffer.ToArray(), step, user.ToActor(), ct);
        return TypedResults.Created($"/api/cases/{a.CaseId}/attachments/{a.Id}",
            new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size, a.Step, a.UploadedBy, a.UploadedAt, Attachment.Url(a.CaseId, a.Id)));
    }

    static async Task<FileContentHttpResult> Download(string id, string attachmentId, ClaimsPrincipal user, CaseService cases, IPackageProvider packages, CancellationToken ct)
    {
        var (c, _, _) = await cases.GetAsync(id, user.ToActor(), ct); // refuses with 403 when the case is not the user's to see
        var a = await cases.Store.GetAttachmentAsync(attachmentId, ct);
        if (a is null || a.CaseId != c.Id) throw new CaseException("CASE-NOT-FOUND", 404, attachmentId);
        return TypedResults.File(a.Content, a.ContentType, a.FileName);
    }
}
