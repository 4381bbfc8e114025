using System.Security.Claims;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions;
using Governance.Core.Definitions.Model;
using Governance.Core.Intake.Learning;
using Governance.Core.Intake.Suggestions;
using Governance.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Apis;

/// <summary>
/// The suggestion models of each county, for administrators: versions with their held-out figures beside the catalog
/// alone, training now, and switching to any version (back to the previous one when a new one disappoints).
/// </summary>
public static class IntakeModelsApi
{
    public sealed record ModelVersionView(int Version, DateTimeOffset CreatedAt, string? CreatedBy, int Examples, int HeldOut,
        double? Top1, double? Top3, double? BaseTop1, double? BaseTop3, bool Active, string? Note);

    /// <summary>A county's registrations so far, its active version (null: the catalog alone answers) and every version, newest first.</summary>
    public sealed record CountyModelsView(string County, string CountyName, int Examples, int? ActiveVersion, IReadOnlyList<ModelVersionView> Versions);

    public static void MapIntakeModelsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/intake/models").WithTags("Intake").RequireAuthorization().AddEndpointFilter<CaseProblems>();
        api.MapGet("/", List);
        api.MapGet("/{county}", Get);
        api.MapPost("/{county}/train", Train);
        api.MapPost("/{county}/versions/{version:int}/activate", Activate);
    }

    static async Task<Ok<List<CountyModelsView>>> List(ClaimsPrincipal user, DefinitionSet set, IIntakeStore store, CancellationToken ct)
    {
        var actor = Admin(user);
        var counties = set.City!.Org.Units.Where(u => u.Level == OrgLevel.County && Manages(actor, u.Code, set)).ToList();
        var views = new List<CountyModelsView>();
        foreach (var c in counties) views.Add(await ViewAsync(c.Code, set, store, ct));
        return TypedResults.Ok(views);
    }

    static async Task<Ok<CountyModelsView>> Get(string county, ClaimsPrincipal user, DefinitionSet set, IIntakeStore store, CancellationToken ct) =>
        TypedResults.Ok(await ViewAsync(Managed(user, county, set), set, store, ct));

    static async Task<Created<ModelVersionView>> Train(string county, ClaimsPrincipal user, DefinitionSet set, IIntakeStore store, ModelTrainer trainer,
        IntakeSuggester suggester, CancellationToken ct)
    {
        var code = Managed(user, county, set);
        if (await store.CountExamplesAsync(code, null, ct) == 0)
            throw new CaseException("INTAKE-NO-EXAMPLES", 409, set.City!.Org.Find(code)?.Name ?? code);
        var version = await trainer.TrainAsync(code, set.For(code).Items, user.ToActor().Username, ct)
            ?? throw new CaseException("CASE-CONFLICT", 409, code);
        suggester.Forget(code);
        return TypedResults.Created($"/api/intake/models/{code}", View(version));
    }

    static async Task<Ok<ModelVersionView>> Activate(string county, int version, ClaimsPrincipal user, DefinitionSet set, IIntakeStore store,
        IntakeSuggester suggester, CancellationToken ct)
    {
        var code = Managed(user, county, set);
        if (!await store.ActivateAsync(code, version, ct))
            throw new CaseException("INTAKE-VERSION-UNKNOWN", 404, set.City!.Org.Find(code)?.Name ?? code, version) { Field = "version" };
        suggester.Forget(code);
        return TypedResults.Ok(View((await store.VersionsAsync(code, ct)).First(v => v.Version == version)));
    }

    static async Task<CountyModelsView> ViewAsync(string county, DefinitionSet set, IIntakeStore store, CancellationToken ct)
    {
        var versions = await store.VersionsAsync(county, ct);
        return new CountyModelsView(county, set.City!.Org.Find(county)?.Name ?? county, await store.CountExamplesAsync(county, null, ct),
            versions.FirstOrDefault(v => v.Active)?.Version, versions.Select(View).ToList());
    }

    static ModelVersionView View(ModelVersion v) => new(v.Version, v.CreatedAt, v.CreatedBy, v.Examples, v.HeldOut,
        Round(v.Top1), Round(v.Top3), Round(v.BaseTop1), Round(v.BaseTop3), v.Active, v.Note);

    static double? Round(double? x) => x is { } v ? Math.Round(v, 3) : null;

    static Actor Admin(ClaimsPrincipal user)
    {
        var actor = user.ToActor();
        return actor.Role is Role.CityAdmin or Role.CountyAdmin ? actor
            : throw new CaseException("INTAKE-FORBIDDEN", 403, RoleDefinition.CodeOf(actor.Role));
    }

    /// <summary>A city administrator manages every county; a county administrator only its own.</summary>
    static bool Manages(Actor admin, string county, DefinitionSet set) =>
        admin.Role == Role.CityAdmin || set.City!.Org.Find(county) is { } unit && set.City.Org.IsWithin(unit, admin.UnitCode);

    static string Managed(ClaimsPrincipal user, string county, DefinitionSet set)
    {
        var admin = Admin(user);
        var code = IntakeApi.CountyOf(set, county, null) ?? throw new CaseException("INTAKE-COUNTY-UNKNOWN", 400, county) { Field = "county" };
        return Manages(admin, code, set) ? code
            : throw new CaseException("INTAKE-COUNTY-FORBIDDEN", 403, set.City!.Org.Find(admin.UnitCode)?.Name ?? admin.UnitCode, set.City.Org.Find(code)?.Name ?? code);
    }
}
