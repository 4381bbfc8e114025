using System.Globalization;
using Governance.Core.Cases;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Core.Definitions.Model;
using Governance.Core.Input;
using Governance.Core.Integrations;
using Governance.Core.Messages;
using Governance.Core.Packages;
using Governance.Server.Apis;
using Governance.Server.Integrations;

namespace Governance.Server.Open311;

/// <summary>
/// Open311 GeoReport v2 at <c>/open311/v2</c>, with mySociety's <c>servicerequestupdates</c>: a jurisdiction is a county,
/// a service an item of its catalog, a service request a case reported through the <c>open311</c> channel. The
/// catalog is public; requests need the <c>api_key</c> of a client with the <c>open311</c> scope, and a client reads
/// back only the requests made through Open311 (of its county, when it was registered for one), without reporters.
/// </summary>
public static class Open311Api
{
    public const string Channel = "open311";
    const int MaxRequests = 1000;

    public static void MapOpen311Api(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/open311/v2").WithTags("Open311").AllowAnonymous().DisableAntiforgery().AddEndpointFilter<Open311Problems>();
        api.MapGet("/discovery.{format}", Discovery).RequireRateLimiting(PlacesApi.RateLimitPolicy);
        api.MapGet("/services.{format}", Services).RequireRateLimiting(PlacesApi.RateLimitPolicy);
        api.MapGet("/services/{service_code}.{format}", ServiceDefinition).RequireRateLimiting(PlacesApi.RateLimitPolicy);
        api.MapPost("/requests.{format}", Open311Intake.Post);
        api.MapGet("/requests.{format}", Requests);
        api.MapGet("/requests/{service_request_id}.{format}", Request);
        api.MapGet("/tokens/{token}.{format}", Token);
        api.MapGet("/servicerequestupdates.{format}", Open311Updates.Get);
    }

    static IResult Discovery(string format, HttpContext http, TimeProvider clock)
    {
        var url = $"{http.Request.Scheme}://{http.Request.Host}/open311/v2/";
        var endpoint = new Open311Record().Add("specification", "http://wiki.open311.org/GeoReport_v2").Add("url", url)
            .Add("changeset", "2026-12-02T00:00:00+08:00").Add("type", "production")
            .Add("formats", new Open311List("format", ["text/xml", "application/json"]));
        return new Open311Document("discovery", new Open311Record().Add("changeset", "2026-12-02T00:00:00+08:00").Add("contact", Text.Format("OPEN311-CONTACT"))
            .Add("key_service", "/api/admin/clients").Add("endpoints", new Open311List("endpoint", [endpoint]))).Result(Open311Problems.Format(format));
    }

    /// <summary>The package a jurisdiction runs: a county code, or none for the city's catalog.</summary>
    public static EffectivePackage Jurisdiction(DefinitionSet set, string? jurisdiction)
    {
        if (string.IsNullOrWhiteSpace(jurisdiction)) return set.For(null);
        var org = set.City!.Org;
        if (org.Find(jurisdiction) is not { Level: OrgLevel.County })
            throw new Open311Exception(400, "OPEN311-JURISDICTION-UNKNOWN", jurisdiction,
                string.Join(", ", org.Units.Where(u => u.Level == OrgLevel.County).Select(u => u.Code)));
        return set.For(jurisdiction);
    }

    static IResult Services(string format, DefinitionSet set, CaseService cases, string? jurisdiction_id = null)
    {
        var package = Jurisdiction(set, jurisdiction_id);
        return new Open311Document("services", new Open311List("service", package.Items.Select(i => (object?)Open311Views.Service(package, i, set, cases)).ToList()))
            .Result(Open311Problems.Format(format));
    }

    static IResult ServiceDefinition(string service_code, string format, DefinitionSet set, CaseService cases, string? jurisdiction_id = null)
    {
        var package = Jurisdiction(set, jurisdiction_id);
        var item = package.FindItem(service_code) ?? throw new Open311Exception(404, "OPEN311-SERVICE-UNKNOWN", service_code);
        return new Open311Document("service_definition", Open311Views.Definition(package, item, set, cases)).Result(Open311Problems.Format(format));
    }

    static async Task<IResult> Requests(string format, HttpContext http, ApiClientGate gate, DefinitionSet set, CaseService cases, TimeProvider clock, CancellationToken ct,
        string? api_key = null, string? service_request_id = null, string? service_code = null, string? start_date = null, string? end_date = null,
        string? status = null, string? jurisdiction_id = null)
    {
        format = Open311Problems.Format(format);
        var client = await Open311Problems.ClientAsync(gate, http, api_key, "requests");
        if (jurisdiction_id is not null) Jurisdiction(set, jurisdiction_id);
        var closed = status switch
        {
            null or "" => (bool?)null, "open" => false, "closed" => true,
            _ => throw new Open311Exception(400, "OPEN311-STATUS", status),
        };
        List<Case> found;
        if (!string.IsNullOrWhiteSpace(service_request_id))
        {
            // With ids the other filters do not apply (the specification's rule).
            found = [];
            foreach (var number in service_request_id.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxRequests))
                if (await cases.Store.GetByNumberAsync(number, ct) is { } c && Readable(client, c)) found.Add(c);
        }
        else
        {
            // Without dates: the last 90 days, as the specification suggests.
            var to = Date(end_date, "end_date");
            var from = Date(start_date, "start_date") ?? (to ?? clock.GetUtcNow()).AddDays(-90);
            var page = await cases.Store.SearchAsync(new CaseQuery(ItemCode: Blank(service_code), Channel: Channel, From: from, To: to, Page: 1, PageSize: MaxRequests), ct);
            found = page.Items.Where(c => Readable(client, c) && (jurisdiction_id is null || c.CountyCode == jurisdiction_id)
                && (closed is null || Open311Views.IsClosed(c.Status) == closed)).ToList();
        }
        return new Open311Document("service_requests", new Open311List("request", await Views(found, client, set, cases, ct))).Result(format);
    }

    static async Task<IResult> Request(string service_request_id, string format, HttpContext http, ApiClientGate gate, DefinitionSet set, CaseService cases,
        CancellationToken ct, string? api_key = null)
    {
        format = Open311Problems.Format(format);
        var client = await Open311Problems.ClientAsync(gate, http, api_key, service_request_id);
        var c = await cases.Store.GetByNumberAsync(service_request_id, ct);
        if (c is null || !Readable(client, c)) throw new Open311Exception(404, "OPEN311-REQUEST-NOT-FOUND", service_request_id);
        return new Open311Document("service_requests", new Open311List("request", await Views([c], client, set, cases, ct))).Result(format);
    }

    /// <summary>A token is the case's id, given with the request; it names the request for as long as the case lives.</summary>
    static async Task<IResult> Token(string token, string format, HttpContext http, ApiClientGate gate, CaseService cases, CancellationToken ct, string? api_key = null)
    {
        format = Open311Problems.Format(format);
        var client = await Open311Problems.ClientAsync(gate, http, api_key, token);
        var c = await cases.Store.GetAsync(token, ct);
        if (c is null || !Readable(client, c)) throw new Open311Exception(404, "OPEN311-TOKEN-NOT-FOUND", token);
        return new Open311Document("service_requests", new Open311List("request",
            [new Open311Record().Add("service_request_id", c.Number).Add("token", c.Id)])).Result(format);
    }

    /// <summary>Requests made through Open311, of the client's county when it has one.</summary>
    public static bool Readable(ApiClient client, Case c) => c.Channel == Channel && (client.County is null || client.County == c.CountyCode);

    /// <summary>Who a client is when the disclosure policy asks: no one who sees personal data.</summary>
    public static Actor Viewer(ApiClient client) => new("client:" + client.Id, client.Name, Role.Citizen, client.County ?? "", null);

    static async Task<List<object?>> Views(IEnumerable<Case> found, ApiClient client, DefinitionSet set, CaseService cases, CancellationToken ct)
    {
        var viewer = Viewer(client);
        var list = new List<object?>();
        foreach (var c in found)
        {
            var journal = await cases.Store.GetJournalAsync(c.Id, ct);
            list.Add(Open311Views.Request(c, set, cases.Disclosure.For(viewer, c), journal.Count > 0 ? journal[^1].At : null, t => Local(set, c, cases, t)));
        }
        return list;
    }

    public static DateTimeOffset Local(DefinitionSet set, Case c, CaseService cases, DateTimeOffset t) =>
        TimeZoneInfo.ConvertTime(t, cases.Projector.CalendarFor(set.For(c.Place.GridCode)).Zone);

    public static DateTimeOffset? Date(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        TextInput.Check(text, field);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t
            : throw new Open311Exception(400, "OPEN311-DATE", field);
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
