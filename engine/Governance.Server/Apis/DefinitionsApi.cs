using System.Globalization;
using Governance.Core.Calendar;
using Governance.Core.Cases.Actions;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Core.Definitions.Model;
using Governance.Core.Forms.Model;
using Governance.Core.Packages;
using Governance.Core.Dispatch;
using Governance.Core.Messages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Apis;

/// <summary>Read-only views of the running definitions: catalog, org tree, routing and deadlines.</summary>
public static class DefinitionsApi
{
    public static void MapDefinitionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Definitions");
        api.MapGet("/definitions/summary", Summary);
        api.MapGet("/dictionaries", DictionariesOf);
        // What the public pages read without an account is rate-limited per address like every anonymous call.
        api.MapGet("/catalog", Catalog).RequireRateLimiting(PlacesApi.RateLimitPolicy);
        api.MapGet("/org/{code}", Unit).RequireRateLimiting(PlacesApi.RateLimitPolicy);
        api.MapGet("/route", Route);
        api.MapGet("/deadline", Deadline);
        api.MapGet("/forms/{id}", Form).Produces<System.Text.Json.Nodes.JsonObject>(StatusCodes.Status200OK, "application/json")
            .RequireRateLimiting(PlacesApi.RateLimitPolicy);
        api.MapGet("/forms/sources/{source}", SourceOptions).RequireAuthorization();
    }

    public sealed record SourceOption(string Value, string Label);

    /// <summary>
    /// The options of a named source (units, departments, users…) for a choice field, in the caller's county. Users are
    /// those of the caller's own department, or unit when the caller has none: the people who can be named on its forms.
    /// </summary>
    static Results<Ok<List<SourceOption>>, ProblemHttpResult> SourceOptions(string source, System.Security.Claims.ClaimsPrincipal user, IPackageProvider packages)
    {
        var set = packages.Current;
        if (!Governance.Core.Forms.Sources.DefinitionFormSources.Knows(source))
            return Problem(404, Text.Format("DEF-FORM-SOURCE", source, string.Join("、", Governance.Core.Forms.Validation.FormSourceNames.All)), "source");
        var actor = Auth.AuthApi.ToActor(user);
        var package = set.For(actor.UnitCode);
        if (source == Governance.Core.Forms.Validation.FormSourceNames.Users)
            return TypedResults.Ok(package.Users
                .Where(u => actor.DepartmentCode is { } d ? u.Department == d : u.Unit == actor.UnitCode)
                .Select(u => new SourceOption(u.Username, u.Name)).ToList());
        return TypedResults.Ok(Governance.Core.Forms.Sources.DefinitionFormSources.For(package).Options(source)
            .Select(o => new SourceOption(o.Value, o.Value == o.Label ? o.Label : $"{o.Label}（{o.Value}）")).ToList());
    }

    static Ok<DefinitionsSummary> Summary(IPackageProvider packages, TimeProvider clock)
    {
        var set = packages.Current;
        var city = set.City!;
        return TypedResults.Ok(new DefinitionsSummary(new CodeName(city.City.Code, city.City.Name), city.Calendar.TimeZone, city.Categories.Count, city.Items.Count,
            city.Routes.Count, city.Org.Units.Count(), city.Departments.Count, city.Calendar.Years, set.OverlaidCounties.ToList(),
            CalendarCoverage.Warning(city.Calendar, clock.GetUtcNow()), set.Stamp?.Revision ?? 0));
    }

    /// <summary>Every code the browser shows, with its name: one list per dictionary, for a county's package when given.</summary>
    static Ok<Dictionaries> DictionariesOf(IPackageProvider packages, string? county = null)
    {
        var p = packages.Current.For(county);
        static List<CodeName> Names<T>(Func<T, string> code, Func<T, string> name) where T : struct, Enum =>
            Enum.GetValues<T>().Select(v => new CodeName(code(v), name(v))).ToList();
        string Lower<T>(T v) where T : struct, Enum => v.ToString().ToLowerInvariant();
        return TypedResults.Ok(new Dictionaries(
            p.Channels.Select(c => new ChannelView(c.Code, c.Name, c.Public)).ToList(),
            p.Urgencies.Select(u => new CodeName(u.Code, u.Name)).ToList(),
            Names<CaseStatus>(Lower, Statuses.Name),
            new[] { Steps.Accept, Steps.Handle, Steps.Reassign, Steps.Verify, Steps.Callback, Steps.ApproveExtension, Steps.CoHandle }
                .Select(s => new CodeName(s, Steps.Name(s))).ToList(),
            Names<WarningLevel>(Lower, w => Text.Format("VALUE-WARNING-" + w.ToString().ToUpperInvariant())),
            Names<OrgLevel>(OrgLevels.Code, OrgLevels.Name),
            Names<Satisfaction>(Rate.CodeOf, Rate.NameOf),
            Names<TimeUnit>(Lower, u => Text.Format("VALUE-UNIT-" + u.ToString().ToUpperInvariant())),
            p.Roles.Select(r => new CodeName(r.Code, r.Name)).ToList(),
            new[] { "before", "after", "report" }.Select(s => new CodeName(s, Text.Format("VALUE-PHOTO-" + s.ToUpperInvariant()))).ToList()));
    }

    /// <summary>Categories with their items; <paramref name="q"/> filters by name, keyword or synonym.</summary>
    static Ok<List<CatalogCategoryView>> Catalog(IPackageProvider packages, string? county, string? q)
    {
        var p = packages.Current.For(county);
        bool Hit(CatalogItem i) => string.IsNullOrWhiteSpace(q) || i.Name.Contains(q) || i.Keywords.Concat(i.Synonyms).Any(k => k.Contains(q) || q.Contains(k));
        return TypedResults.Ok(p.Categories.Select(c => new CatalogCategoryView(c.Code, c.Name, c.Edition,
            p.Items.Where(i => i.Category == c.Code && Hit(i)).Select(i => new CatalogItemView(i.Code, i.Name, i.Group, i.Keywords, i.Synonyms, i.Urgencies,
                i.Department, OrgLevels.Code(i.LowestLevel), IntakeForms.FormId(p, i) ?? CaseService.GenericIntakeForm)).ToList())).ToList());
    }

    static Results<Ok<OrgUnitView>, ProblemHttpResult> Unit(IPackageProvider packages, string code)
    {
        var set = packages.Current;
        var city = set.City!;
        var org = city.Org;
        if (org.Find(code) is not { } unit) return Problem(404, Text.Format("API-ORG-NOT-FOUND", code), "code");
        var shape = set.Places.Shape(code);
        return TypedResults.Ok(new OrgUnitView(unit.Code, unit.Name, OrgLevels.Code(unit.Level), unit.ParentCode,
            shape is null ? null : new PlacesApi.Centroid(shape.Centroid.Lat, shape.Centroid.Lon), shape is null ? null : PlacesApi.GeometryOf(shape),
            org.Units.Where(u => u.ParentCode == code).Select(u => new CodeName(u.Code, u.Name)).ToList(),
            city.Departments.Where(d => d.UnitCode == code).Select(d => new DepartmentView(d.Code, d.Name, d.Function)).ToList()));
    }

    static Results<Ok<RouteView>, ProblemHttpResult> Route(IPackageProvider packages, string item, string grid, string? channel, string? urgency)
    {
        var package = packages.Current.For(grid);
        var router = new Router(package);
        var (result, failure) = router.Resolve(item, grid, channel, urgency);
        if (result is null)
            return Problem(422, RouteExplanation.Failure(failure!, item, grid), failure!.Kind == RouteFailureKind.UnknownPlace ? "grid" : "item");
        var candidates = router.Matching(package.FindItem(item)!, package.Org.Find(grid)!, channel, urgency).Count;
        return TypedResults.Ok(new RouteView(result.HandlerName, OrgLevels.Code(result.Level), new CodeName(result.Unit.Code, result.Unit.Name),
            result.Department?.Code, result.FellBackUp, new RouteRuleView(result.Rule.Id, result.Rule.Description, result.Rule.Source.ToString()),
            RouteExplanation.Describe(package, result, candidates, naming: false)));
    }

    static Results<Ok<DeadlineView>, ProblemHttpResult> Deadline(IPackageProvider packages, DateTimeOffset from, int amount, string unit, string? county)
    {
        if (amount <= 0 || amount > MaxAmount) return Problem(400, Text.Format("API-LIMIT-AMOUNT"), "amount");
        if (Governance.Core.Input.Codes.Parse<TimeUnit>(unit) is not { } u) return Problem(400, Text.Format("API-LIMIT-UNIT"), "unit");
        // Far beyond any calendar the package can have, a wall-clock limit would run past the end of time.
        if (from.Year < MinYear || from.Year > MaxYear) return Problem(400, Text.Format("INPUT-DATE-RANGE", "from", MinYear, MaxYear), "from");
        try
        {
            var calendar = new WorkCalendar(packages.Current.For(county).Calendar);
            var deadline = new TimeLimitClock(from, new TimeLimit(amount, u)).Deadline(calendar)!.Value;
            return TypedResults.Ok(new DeadlineView(TimeZoneInfo.ConvertTime(deadline, calendar.Zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)));
        }
        catch (CalendarException e)
        {
            return Problem(422, e.Message, "from");
        }
    }

    const int MaxAmount = 100_000, MinYear = 1900, MaxYear = 2200;

    /// <summary>A form definition as written in definitions/forms: the browser renders it and evaluates its expressions.</summary>
    static IResult Form(IPackageProvider packages, string id, int? version)
    {
        var set = packages.Current;
        var form = version is { } v ? set.Forms.Get(id, v) : set.Forms.Latest(id);
        if (form is null) return Problem(404, version is null ? Text.Format("API-FORM-NOT-FOUND", id) : Text.Format("API-FORM-VERSION-NOT-FOUND", id, version), "id");
        return TypedResults.Bytes(set.Documents.Read(form.Source.File)!, "application/json; charset=utf-8");
    }

    static ProblemHttpResult Problem(int status, string detail, string field) =>
        TypedResults.Problem(detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["field"] = field });
}
