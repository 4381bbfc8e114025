using System.Globalization;
using Governance.Core.Calendar;
using Governance.Core.Definitions;
using Governance.Core.Definitions.Model;
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
        // What the public pages read without an account is rate-limited per address like every anonymous call.
        api.MapGet("/catalog", Catalog).RequireRateLimiting(PlacesApi.RateLimitPolicy);
        api.MapGet("/org/{code}", Unit).RequireRateLimiting(PlacesApi.RateLimitPolicy);
        api.MapGet("/route", Route);
        api.MapGet("/deadline", Deadline);
        api.MapGet("/forms/{id}", Form).RequireRateLimiting(PlacesApi.RateLimitPolicy);
        api.MapGet("/forms/sources/{source}", SourceOptions).RequireAuthorization();
    }

    public sealed record SourceOption(string Value, string Label);

    /// <summary>
    /// The options of a named source (units, departments, users…) for a choice field, in the caller's county. Users are
    /// those of the caller's own department, or unit when the caller has none: the people who can be named on its forms.
    /// </summary>
    static Results<Ok<List<SourceOption>>, ProblemHttpResult> SourceOptions(string source, System.Security.Claims.ClaimsPrincipal user, DefinitionSet set)
    {
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

    static Ok<object> Summary(DefinitionSet set, TimeProvider clock)
    {
        var city = set.City!;
        return TypedResults.Ok<object>(new
        {
            city = new { city.City.Code, city.City.Name },
            // The browser shows every time in the city's zone, whatever zone the computer is set to.
            timeZone = city.Calendar.TimeZone,
            categories = city.Categories.Count, items = city.Items.Count, routes = city.Routes.Count,
            orgUnits = city.Org.Units.Count(), departments = city.Departments.Count,
            calendarYears = city.Calendar.Years, countyOverlays = set.OverlaidCounties,
            calendarWarning = CalendarCoverage.Warning(city.Calendar, clock.GetUtcNow()),
        });
    }

    /// <summary>Categories with their items; <paramref name="q"/> filters by name or keyword.</summary>
    static Ok<object> Catalog(DefinitionSet set, string? county, string? q)
    {
        var p = set.For(county);
        bool Hit(CatalogItem i) => string.IsNullOrWhiteSpace(q) || i.Name.Contains(q) || i.Keywords.Any(k => k.Contains(q) || q.Contains(k));
        return TypedResults.Ok<object>(p.Categories.Select(c => new
        {
            c.Code, c.Name, c.Edition,
            items = p.Items.Where(i => i.Category == c.Code && Hit(i)).Select(i => new
            {
                i.Code, i.Name, i.Group, i.Keywords, i.Urgencies, i.Department, lowestLevel = i.LowestLevel.ToString().ToLowerInvariant(),
                form = Governance.Core.Forms.Model.IntakeForms.FormId(p, i) ?? Governance.Core.Cases.Services.CaseService.GenericIntakeForm,
            }),
        }));
    }

    static Results<Ok<object>, ProblemHttpResult> Unit(DefinitionSet set, string code)
    {
        var org = set.City!.Org;
        if (org.Find(code) is not { } unit) return Problem(404, Text.Format("API-ORG-NOT-FOUND", code), "code");
        return TypedResults.Ok<object>(new
        {
            unit.Code, unit.Name, level = unit.Level.ToString().ToLowerInvariant(), parent = unit.ParentCode,
            // Where it is: a point inside it to centre a map on, and its boundary as a GeoJSON geometry (null without boundaries).
            centroid = set.Places.Shape(code) is { } shape ? new PlacesApi.Centroid(shape.Centroid.Lat, shape.Centroid.Lon) : null,
            boundary = set.Places.Shape(code) is { } s ? PlacesApi.GeometryOf(s) : null,
            children = org.Units.Where(u => u.ParentCode == code).Select(u => new { u.Code, u.Name }),
            departments = set.City.Departments.Where(d => d.UnitCode == code).Select(d => new { d.Code, d.Name, d.Function }),
        });
    }

    static Results<Ok<object>, ProblemHttpResult> Route(DefinitionSet set, string item, string grid, string? channel, string? urgency)
    {
        var (result, failure) = new Router(set.For(grid)).Resolve(item, grid, channel, urgency);
        if (result is null) return Problem(422, Text.Format("CASE-NO-ROUTE", failure!.Kind), failure.Kind == RouteFailureKind.UnknownPlace ? "grid" : "item");
        return TypedResults.Ok<object>(new
        {
            handler = result.HandlerName, level = result.Level.ToString().ToLowerInvariant(),
            unit = new { result.Unit.Code, result.Unit.Name }, department = result.Department?.Code,
            fellBackUp = result.FellBackUp, rule = new { result.Rule.Id, result.Rule.Description, source = result.Rule.Source.ToString() },
        });
    }

    static Results<Ok<object>, ProblemHttpResult> Deadline(DefinitionSet set, DateTimeOffset from, int amount, string unit, string? county)
    {
        if (amount <= 0) return Problem(400, Text.Format("API-LIMIT-AMOUNT"), "amount");
        if (!Enum.TryParse<TimeUnit>(unit, ignoreCase: true, out var u)) return Problem(400, Text.Format("API-LIMIT-UNIT"), "unit");
        try
        {
            var calendar = new WorkCalendar(set.For(county).Calendar);
            var deadline = new TimeLimitClock(from, new TimeLimit(amount, u)).Deadline(calendar)!.Value;
            return TypedResults.Ok<object>(new { deadline = TimeZoneInfo.ConvertTime(deadline, calendar.Zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) });
        }
        catch (CalendarException e)
        {
            return Problem(422, e.Message, "from");
        }
    }

    /// <summary>A form definition as written in definitions/forms: the browser renders it and evaluates its expressions.</summary>
    static async Task<IResult> Form(DefinitionSet set, string id, int? version)
    {
        var form = version is { } v ? set.Forms.Get(id, v) : set.Forms.Latest(id);
        if (form is null) return Problem(404, version is null ? Text.Format("API-FORM-NOT-FOUND", id) : Text.Format("API-FORM-VERSION-NOT-FOUND", id, version), "id");
        return TypedResults.Text(await File.ReadAllTextAsync(Path.Combine(set.Root, form.Source.File)), "application/json; charset=utf-8");
    }

    static ProblemHttpResult Problem(int status, string detail, string field) =>
        TypedResults.Problem(detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["field"] = field });
}
