using System.Security.Claims;
using System.Text.Json.Nodes;
using Governance.Core.Packages;
using Governance.Core.Packages.Admin;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Admin;

/// <summary>The package as administrators edit it: documents, drafts, validation, publish, versions, diff and restore.</summary>
public static class AdminPackagesApi
{
    public sealed record PublishDto(string? Comment);

    /// <summary>A scope's draft checked: valid or not, and every problem of the package with it.</summary>
    public sealed record DraftCheckView(bool Valid, IReadOnlyList<ProblemView> Problems);

    public static void MapAdminPackagesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin").WithTags("Admin: packages").RequireAuthorization(AdminAccess.Policy).AddEndpointFilter<AdminProblems>();
        api.MapGet("/scopes", Scopes);
        api.MapGet("/packages/audit", Audit);
        var scope = api.MapGroup("/packages/{scope}");
        scope.MapGet("/documents", Documents);
        scope.MapGet("/documents/{*path}", Document);
        scope.MapGet("/history", History);
        scope.MapPut("/drafts/{*path}", SaveDraft).Accepts<JsonObject>("application/json");
        scope.MapDelete("/drafts/{*path}", DiscardDocument);
        scope.MapDelete("/drafts", DiscardDraft);
        scope.MapPost("/validate", Validate);
        scope.MapPost("/publish", Publish);
        scope.MapGet("/versions", Versions);
        scope.MapGet("/diff", Diff);
        scope.MapPost("/versions/{version:int}/restore", Restore);
    }

    static async Task<Ok<IReadOnlyList<ScopeInfo>>> Scopes(ClaimsPrincipal user, PackageAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.ScopesAsync(user.Editor(), ct));

    static async Task<Ok<IReadOnlyList<PackageAuditEntry>>> Audit(ClaimsPrincipal user, PackageAdmin admin, CancellationToken ct, string? scope = null, int max = 100) =>
        TypedResults.Ok(await admin.AuditLogAsync(user.Editor(), scope, max, ct));

    static async Task<Ok<IReadOnlyList<DocumentInfo>>> Documents(string scope, ClaimsPrincipal user, PackageAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.DocumentsAsync(user.Editor(), scope, ct));

    /// <summary>A document as published (or at <paramref name="version"/>); with <c>draft=true</c> the draft's when there is one.</summary>
    static async Task<Ok<DocumentContent>> Document(string scope, string path, ClaimsPrincipal user, PackageAdmin admin, CancellationToken ct,
        bool draft = false, int? version = null) =>
        TypedResults.Ok(await admin.DocumentAsync(user.Editor(), scope, path, draft, version, ct));

    static async Task<Ok<IReadOnlyList<PackageVersion>>> History(string scope, string path, ClaimsPrincipal user, PackageAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.HistoryAsync(user.Editor(), scope, path, ct));

    /// <summary>The whole document into the draft (the request body is the JSON document); answers the problems of the package with it.</summary>
    static async Task<Ok<DraftCheckView>> SaveDraft(string scope, string path, HttpRequest request, ClaimsPrincipal user, PackageAdmin admin, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        return TypedResults.Ok(View(await admin.SaveDraftAsync(user.Editor(), scope, path, json, ct)));
    }

    /// <summary>Drops the draft's change of a document; with <c>remove=true</c> the draft removes the document instead.</summary>
    static async Task<Ok<DraftCheckView>> DiscardDocument(string scope, string path, ClaimsPrincipal user, PackageAdmin admin, CancellationToken ct, bool remove = false)
    {
        if (remove) return TypedResults.Ok(View(await admin.RemoveInDraftAsync(user.Editor(), scope, path, ct)));
        await admin.DiscardDraftAsync(user.Editor(), scope, path, ct);
        return TypedResults.Ok(View(await admin.CheckDraftAsync(user.Editor(), scope, ct)));
    }

    static async Task<NoContent> DiscardDraft(string scope, ClaimsPrincipal user, PackageAdmin admin, CancellationToken ct)
    {
        await admin.DiscardDraftAsync(user.Editor(), scope, null, ct);
        return TypedResults.NoContent();
    }

    static async Task<Ok<DraftCheckView>> Validate(string scope, ClaimsPrincipal user, PackageAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(View(await admin.CheckDraftAsync(user.Editor(), scope, ct)));

    /// <summary>Publishes the draft as the scope's next version, or refuses with 422 and every problem.</summary>
    static async Task<Results<Ok<PackageVersion>, ProblemHttpResult>> Publish(string scope, PublishDto? dto, ClaimsPrincipal user, PackageAdmin admin, CancellationToken ct)
    {
        var result = await admin.PublishAsync(user.Editor(), scope, dto?.Comment, ct);
        return result.Version is { } v ? TypedResults.Ok(v) : (ProblemHttpResult)AdminProblems.Refused(result.Problems);
    }

    static async Task<Ok<IReadOnlyList<PackageVersion>>> Versions(string scope, ClaimsPrincipal user, PackageAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.VersionsAsync(user.Editor(), scope, ct));

    /// <summary>Two versions compared, document by document and element by element (<c>from</c>/<c>to</c>: version numbers or "draft").</summary>
    static async Task<Ok<PackageDiff>> Diff(string scope, ClaimsPrincipal user, PackageAdmin admin, CancellationToken ct, string? from = null, string? to = null) =>
        TypedResults.Ok(await admin.DiffAsync(user.Editor(), scope, from, to, ct));

    /// <summary>Publishes an old version's documents as a new version, or refuses with 422 and every problem.</summary>
    static async Task<Results<Ok<PackageVersion>, ProblemHttpResult>> Restore(string scope, int version, PublishDto? dto, ClaimsPrincipal user,
        PackageAdmin admin, CancellationToken ct)
    {
        var result = await admin.RestoreAsync(user.Editor(), scope, version, dto?.Comment, ct);
        return result.Version is { } v ? TypedResults.Ok(v) : (ProblemHttpResult)AdminProblems.Refused(result.Problems);
    }

    static DraftCheckView View(DraftCheck check) => new(check.Valid, ProblemView.Of(check.Problems));
}
