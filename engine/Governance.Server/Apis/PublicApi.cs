using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Core.Packages;
using Governance.Server.Hosting;
using Governance.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Server.Apis;

/// <summary>What a citizen does without an account: follow a case by number and phone, rate it, add photos. Rate-limited.</summary>
public static class PublicApi
{
    public const string RateLimitPolicy = "public";

    /// <remarks>
    /// <c>stage</c>, <c>progress</c>, <c>answer</c> and <c>deadline</c> are the plain words the page shows (已受理, 已转城东区水务局办理,
    /// the handler's 处置措施, 应于…前办结); <c>journal</c> stays for API clients that read the staff's action names.
    /// </remarks>
    public sealed record PublicCase(string Number, string Status, string StatusName, string ItemName, string Description, DateTimeOffset ReportedAt,
        DateTimeOffset? ClosedAt, string? Satisfaction, bool CanRate, IReadOnlyList<PublicStep> Journal,
        string Stage, IReadOnlyList<PublicStepView> Progress, IReadOnlyList<PublicAnswerView> Answer, string? Deadline);

    public sealed record PublicStep(DateTimeOffset At, string Action);

    public sealed record RatingDto(string Phone, string Satisfaction, string? Comment);

    public sealed record RatedCase(string Number, string Status, string StatusName);

    public sealed record PublicAttachment(string Id, string FileName, string ContentType, long Size);

    public static void MapPublicApi(this IEndpointRouteBuilder app)
    {
        // Every lookup by number and phone is limited per number and per address (guessing a phone gains nothing).
        var api = app.MapGroup("/api/public/cases").WithTags("Public").AllowAnonymous().AddEndpointFilter<CaseProblems>().AddEndpointFilter<PhoneLookupLimit>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{number}", Track);
        api.MapPost("/{number}/rating", Rate).AddEndpointFilter<PublicSubmissionLimit>();
        api.MapPost("/{number}/attachments", Attach).AddEndpointFilter<PublicSubmissionLimit>().DisableAntiforgery();
    }

    static async Task<Ok<PublicCase>> Track(string number, string? phone, CaseService cases, IPackageProvider packages, CancellationToken ct)
    {
        var v = await cases.TrackAsync(number, phone ?? "", ct);
        var item = packages.Current.City!.FindItem(v.ItemCode)?.Name ?? v.ItemCode;
        return TypedResults.Ok(new PublicCase(v.Number, v.Status.ToString().ToLowerInvariant(), Statuses.Name(v.Status), item, v.Description,
            v.ReportedAt, v.ClosedAt, v.Satisfaction?.ToString().ToLowerInvariant(), v.CanRate, v.Timeline.Select(t => new PublicStep(t.At, t.Action)).ToList(),
            v.Progress!.Stage, v.Progress.Steps, v.Progress.Answer, v.Progress.Deadline));
    }

    static async Task<Ok<RatedCase>> Rate(string number, RatingDto dto, CaseService cases, CancellationToken ct)
    {
        if (Governance.Core.Input.Codes.Parse<Satisfaction>(dto.Satisfaction) is not { } satisfaction)
            throw new CaseException("CASE-FIELD-INVALID", 400, "satisfaction", "satisfied | basic | unsatisfied") { Field = "satisfaction" };
        var c = await cases.RateByReporterAsync(number, dto.Phone ?? "", satisfaction, dto.Comment, ct);
        return TypedResults.Ok(new RatedCase(c.Number, c.Status.ToString().ToLowerInvariant(), Statuses.Name(c.Status)));
    }

    static async Task<Created<PublicAttachment>> Attach(string number, [FromQuery] string? phone, IFormFile file, CaseService cases, CancellationToken ct)
    {
        if (file.Length > CaseService.MaxAttachmentBytes)
            throw new CaseException("CASE-ATTACHMENT-SIZE", 413, file.FileName, CaseService.MaxAttachmentBytes / 1024 / 1024) { Field = "file" };
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var a = await cases.AttachByReporterAsync(number, phone ?? "", file.FileName, buffer.ToArray(), ct);
        return TypedResults.Created((string?)null, new PublicAttachment(a.Id, a.FileName, a.ContentType, a.Size));
    }
}
