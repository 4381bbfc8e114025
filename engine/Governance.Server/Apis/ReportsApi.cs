using System.Security.Claims;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.Reports.Building;
using Governance.Core.Reports.Collection;
using Governance.Excel;
using Governance.Server.Auth;
using Governance.Server.Hosting;
using Governance.Storage.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Apis;

/// <summary>一表通 reports: the catalog, a report's preview and workbook, the burden removed, and background exports.</summary>
public static class ReportsApi
{
    public static void MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization();
        api.MapGet("/", Catalog);
        api.MapGet("/burden", Burden);
        api.MapPost("/exports", Queue);
        api.MapGet("/exports/{id}", Job);
        api.MapGet("/exports/{id}/file", JobFile);
        api.MapGet("/{id}", Preview);
        api.MapGet("/{id}/xlsx", Workbook);
    }

    static Ok<ReportCatalogView> Catalog(ClaimsPrincipal user, DefinitionSet set, CollectionService collection)
    {
        var actor = user.ToActor();
        var access = collection.Access;
        var home = access.HomeUnit(actor);
        var org = set.City!.Org;
        var units = org.Units.Where(u => u.Level >= OrgLevel.Community && org.IsWithin(u, home) && access.CanRead(actor, u))
            .OrderBy(u => u.Code, StringComparer.Ordinal).Select(u => new UnitOption(u.Code, u.Name, u.Level.ToString().ToLowerInvariant(), u.ParentCode)).ToList();
        var own = org.Find(actor.UnitCode);
        var fill = own is not null && access.CanFill(actor, own) ? own.Code : null;
        var review = own is { Level: OrgLevel.Street } && access.CanReview(actor, org.Units.First(u => u.ParentCode == own.Code)) ? own.Code : null;
        var reports = set.Reports.Reports.Select(r => new ReportSummary(r.Id, r.Name, r.Issuer, Text.Format("REPORT-CYCLE-" + r.Cycle.ToString().ToUpperInvariant()),
            Text.Format("REPORT-ROWS-" + r.Rows.By.ToString().ToUpperInvariant()))).ToList();
        return TypedResults.Ok(new ReportCatalogView(reports, set.Reports.Elements.Count, set.Reports.Domains.Count, home, units, fill, review));
    }

    static async Task<Results<Ok<ReportView>, ProblemHttpResult>> Preview(string id, string? unit, string? period, ClaimsPrincipal user, DefinitionSet set,
        ReportBuilder builder, CollectionService collection, CancellationToken ct)
    {
        var (report, u, p, problem) = Resolve(id, unit, period, user, set, collection);
        if (problem is not null) return problem;
        return TypedResults.Ok(ReportView.Of(await builder.BuildAsync(report!, u!, p, ct)));
    }

    static async Task<IResult> Workbook(string id, string? unit, string? period, ClaimsPrincipal user, DefinitionSet set, ReportBuilder builder,
        CollectionService collection, HttpContext http, CancellationToken ct)
    {
        var (report, u, p, problem) = Resolve(id, unit, period, user, set, collection);
        if (problem is not null) return problem;
        var table = await builder.BuildAsync(report!, u!, p, ct);
        var buffer = new MemoryStream();
        await ReportWorkbook.WriteAsync(buffer, [table], ct);
        return TypedResults.File(buffer.ToArray(), Xlsx, $"{table.Title}-{u!.Name}-{p}.xlsx");
    }

    static async Task<Results<Ok<BurdenView>, ProblemHttpResult>> Burden(string? unit, string? period, ClaimsPrincipal user, DefinitionSet set,
        ReportBuilder builder, CollectionService collection, CancellationToken ct)
    {
        var (_, u, p, problem) = Resolve(null, unit, period, user, set, collection);
        if (problem is not null) return problem;
        // A street's burden is its own sheet and its communities'; a community's its own; above a street, every sheet below.
        var sheet = (u!.Level == OrgLevel.Community ? [OrgLevel.Community] : new[] { OrgLevel.Community, OrgLevel.Street })
            .SelectMany(level => CollectionForm.Elements(set.Reports, level, p)).DistinctBy(e => e.Code).ToList();
        var used = set.Reports.Reports.SelectMany(r => r.Elements).ToHashSet(StringComparer.Ordinal);
        var manual = sheet.Count(e => e.IsManual && used.Contains(e.Code));
        var derived = sheet.Count(e => !e.IsManual && used.Contains(e.Code));
        var cells = 0;
        foreach (var r in set.Reports.Reports) cells += (await builder.BuildAsync(r, u, p, ct)).CellCount;
        var count = set.Reports.Reports.Count;
        return TypedResults.Ok(new BurdenView(manual, derived, count, cells, Text.Format("REPORT-BURDEN", manual, derived, count, cells.ToString("N0"))));
    }

    static async Task<Results<Ok<ExportView>, ProblemHttpResult>> Queue(ExportRequest request, ClaimsPrincipal user, DefinitionSet set, CollectionService collection,
        EfExportJobs jobs, CancellationToken ct)
    {
        var kind = request.Kind ?? ReportExports.Set;
        if (kind is not (ReportExports.Report or ReportExports.Set or ReportExports.Cases)) return Problem(400, "REPORT-EXPORT-KIND", Text.Format("REPORT-EXPORT-KIND", kind), "kind");
        var (report, u, p, problem) = Resolve(kind == ReportExports.Report ? request.Report ?? "" : null, request.Unit, request.Period, user, set, collection);
        if (problem is not null) return problem;
        var job = await jobs.QueueAsync(kind, report?.Id ?? kind, u!.Code, p.ToString(), user.ToActor().Username, ct);
        return TypedResults.Ok(View(job));
    }

    static async Task<Results<Ok<ExportView>, ProblemHttpResult>> Job(string id, ClaimsPrincipal user, EfExportJobs jobs, CancellationToken ct) =>
        await jobs.GetAsync(id, ct) is { } job && job.RequestedBy == user.ToActor().Username ? TypedResults.Ok(View(job))
            : Problem(404, "REPORT-EXPORT-NOT-FOUND", Text.Format("REPORT-EXPORT-NOT-FOUND"), "id");

    static async Task<IResult> JobFile(string id, ClaimsPrincipal user, EfExportJobs jobs, CancellationToken ct)
    {
        if (await jobs.GetAsync(id, ct) is not { State: "done", Path: { } path } job || job.RequestedBy != user.ToActor().Username || !File.Exists(path))
            return Problem(404, "REPORT-EXPORT-NOT-FOUND", Text.Format("REPORT-EXPORT-NOT-FOUND"), "id");
        return TypedResults.PhysicalFile(path, Xlsx, job.FileName);
    }

    const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static ExportView View(ExportJob j) => new(j.Id, j.Kind, j.State, j.Done, j.Total, j.FileName, j.Size, j.Error,
        j.State == "done" ? $"/api/reports/exports/{j.Id}/file" : null);

    /// <summary>The report (when asked for), unit and period of a request, or the problem with them: unknown, not a month, outside the user's scope.</summary>
    static (Core.Reports.Model.ReportDefinition? Report, OrgUnit? Unit, ReportPeriod Period, ProblemHttpResult? Problem) Resolve(string? id, string? unit, string? period,
        ClaimsPrincipal user, DefinitionSet set, CollectionService collection)
    {
        var actor = user.ToActor();
        var report = id is null ? null : set.Reports.Report(id);
        if (id is not null && report is null) return (null, null, default, Problem(404, "REPORT-NOT-FOUND", Text.Format("REPORT-NOT-FOUND", id), "id"));
        if (!ReportPeriod.TryParse(period, out var p)) return (null, null, default, Problem(400, "REPORT-PERIOD", Text.Format("REPORT-PERIOD", period), "period"));
        var u = set.City!.Org.Find(unit ?? collection.Access.HomeUnit(actor));
        if (u is null) return (null, null, default, Problem(404, "REPORT-UNIT", Text.Format("REPORT-UNIT", unit), "unit"));
        if (!collection.Access.CanRead(actor, u) && !collection.Access.CanFill(actor, u))
            return (null, null, default, Problem(403, "REPORT-DENIED", Text.Format("REPORT-DENIED", u.Name), "unit"));
        return (report, u, p, null);
    }

    internal static ProblemHttpResult Problem(int status, string code, string detail, string? field) =>
        TypedResults.Problem(title: code, detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code, ["field"] = field });
}
