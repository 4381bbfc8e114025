using System.Net.Http.Json;
using Governance.Demo;

namespace Governance.Security.Tests.Support;

/// <summary>
/// What a request should get: 2xx; past authorization (anything but 401, 403 or 5xx: a domain refusal is fine); 401; 403;
/// hidden (403 or 404: another user's thing is not even said to exist).
/// </summary>
public enum Expect { Ok, Pass, Unauthorized, Forbidden, Hidden }

public enum Scope { Own, Other }

/// <summary>How to ask an operation as a role about its own or another scope; null when the pair does not apply.</summary>
public sealed record Probe(string Url, HttpContent? Body = null, bool FreshSession = false);

/// <summary>
/// The authorization table the matrix checks: for every operation of the OpenAPI document, how to build a request for a
/// role in its own scope and in another one, and what it must get. An operation missing here fails the matrix: whoever
/// adds an endpoint says here who may call it.
/// </summary>
public static class AuthorizationTable
{
    public sealed record Rule(Func<RoleUnderTest, Scope, Scenario, Probe?> Request, Func<RoleUnderTest, Scope, Expect> Expected);

    static readonly Func<RoleUnderTest, Scope, Expect> Everyone = (_, _) => Expect.Ok;
    static readonly Func<RoleUnderTest, Scope, Expect> SignedIn = (r, _) => r.Anonymous ? Expect.Unauthorized : Expect.Ok;
    static readonly Func<RoleUnderTest, Scope, Expect> SignedInPasses = (r, _) => r.Anonymous ? Expect.Unauthorized : Expect.Pass;

    /// <summary>A case of the role's scope may be read; another county's only by the city.</summary>
    static Expect ReadsCase(RoleUnderTest r, Scope s) => r.Anonymous ? Expect.Unauthorized : s == Scope.Own || r.CityWide ? Expect.Ok : Expect.Forbidden;

    static bool Center(RoleUnderTest r) => r.Username is { } u && (u.StartsWith("op-") || u.StartsWith("sup-") || u.StartsWith("admin"));

    /// <summary>Scope-free operations are asked once, as "own".</summary>
    static Probe? Once(Scope s, string url) => s == Scope.Own ? new Probe(url) : null;

    static string? CaseOf(RoleUnderTest r, Scope s, Scenario x) => (s == Scope.Own ? r.Own : r.Other) is { } key ? x[key].Id : null;

    static HttpContent Json(object o) => JsonContent.Create(o);

    static HttpContent Photo()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(DemoForms.Photo), "file", "照片.png");
        return form;
    }

    // The unified report (一表通): read within one's scope (a grid worker reads none); a community fills its own sheet,
    // its street and the centers above review it.
    const string Month = "2026-03", Community = "990102001001", OtherCommunity = "990103001001";

    static Expect ReadsReports(RoleUnderTest r, Scope s) =>
        r.Anonymous ? Expect.Unauthorized : r.Name == "grid-worker" ? Expect.Forbidden : s == Scope.Own || r.CityWide ? Expect.Ok : Expect.Forbidden;

    static Expect FillsSheet(RoleUnderTest r, Scope s) =>
        r.Anonymous ? Expect.Unauthorized : r.Name == "community" && s == Scope.Own ? Expect.Pass : Expect.Forbidden;

    static Expect ReviewsSheet(RoleUnderTest r, Scope s) =>
        r.Anonymous ? Expect.Unauthorized
        : r.Name is "city-operator" or "city-admin" || (s == Scope.Own && r.Name is "street" or "operator" or "county-admin") ? Expect.Pass : Expect.Forbidden;

    static string ReportUnit(Scope s) => s == Scope.Own ? "" : "&unit=990103";
    static string Sheet(Scope s) => $"/api/collections/{(s == Scope.Own ? Community : OtherCommunity)}/{Month}";

    static readonly Dictionary<string, Rule> ReportRules = new()
    {
        ["GET /api/reports"] = new((_, s, _) => Once(s, "/api/reports"), SignedIn),
        ["GET /api/reports/burden"] = new((_, s, _) => new Probe($"/api/reports/burden?period={Month}{ReportUnit(s)}"), ReadsReports),
        ["GET /api/reports/{id}"] = new((_, s, _) => new Probe($"/api/reports/event-disposal?period={Month}{ReportUnit(s)}"), ReadsReports),
        ["GET /api/reports/{id}/xlsx"] = new((_, s, _) => new Probe($"/api/reports/event-disposal/xlsx?period={Month}{ReportUnit(s)}"), ReadsReports),
        ["POST /api/reports/exports"] = new((_, s, _) => new Probe("/api/reports/exports",
            Json(new { kind = "report", report = "event-disposal", period = Month, unit = s == Scope.Own ? null : "990103" })), ReadsReports),
        // An export job is its requester's: another user's is not found, whoever asks.
        ["GET /api/reports/exports/{id}"] = new((_, s, x) => new Probe($"/api/reports/exports/{(s == Scope.Own ? "no-such-job" : x.ExportJob)}"),
            (r, s) => r.Anonymous ? Expect.Unauthorized : s == Scope.Own ? Expect.Pass : r.Name == "city-admin" ? Expect.Ok : Expect.Hidden),
        ["GET /api/reports/exports/{id}/file"] = new((_, s, x) => new Probe($"/api/reports/exports/{(s == Scope.Own ? "no-such-job" : x.ExportJob)}/file"),
            (r, s) => r.Anonymous ? Expect.Unauthorized : s == Scope.Own || r.Name == "city-admin" ? Expect.Pass : Expect.Hidden),
        ["GET /api/collections/{unit}/{period}"] = new((_, s, _) => new Probe(Sheet(s)), ReadsReports),
        ["GET /api/collections/{unit}/{period}/xlsx"] = new((_, s, _) => new Probe(Sheet(s) + "/xlsx"), ReadsReports),
        ["GET /api/collections/{unit}/{period}/overview"] = new((_, s, _) => new Probe($"/api/collections/{(s == Scope.Own ? "990102001" : "990103001")}/{Month}/overview"),
            (r, s) => r.Name == "community" ? Expect.Forbidden : ReadsReports(r, s)), // a community does not see its street's other communities
        ["PUT /api/collections/{unit}/{period}"] = new((_, s, _) => new Probe(Sheet(s), Json(new { data = new { }, submit = false })), FillsSheet),
        ["POST /api/collections/{unit}/{period}/correct"] = new((_, s, _) => new Probe(Sheet(s) + "/correct", Json(new { reason = "矩阵测试更正" })), FillsSheet),
        ["POST /api/collections/{unit}/{period}/xlsx"] = new((_, s, _) => new Probe(Sheet(s) + "/xlsx", Photo()), FillsSheet),
        ["POST /api/collections/{unit}/{period}/review"] = new((_, s, _) => new Probe(Sheet(s) + "/review", Json(new { approve = true, comment = "矩阵" })), ReviewsSheet),
    };

    // Intake suggestions are public; duplicates are for the center (who may merge them), within its scope; the
    // suggestion models are the administrators', a county's within its county.
    static Expect SeesDuplicates(RoleUnderTest r, Scope s) =>
        r.Anonymous ? Expect.Unauthorized : r.Name is "operator" or "county-admin" or "supervisor" or "city-operator" or "city-supervisor" or "city-admin"
            ? ReadsCase(r, s) : Expect.Forbidden;

    /// <summary>Administrators only, a county's within its county; past authorization a domain refusal is fine.</summary>
    static Expect Administers(RoleUnderTest r, Scope s) =>
        r.Anonymous ? Expect.Unauthorized : !r.Admin ? Expect.Forbidden : s == Scope.Own || r.CityWide ? Expect.Pass : Expect.Forbidden;

    static Expect NeedsClientKey(RoleUnderTest r, Scope s) => Expect.Unauthorized;

    static string AdminScopeOf(Scope s) => s == Scope.Own ? "990102" : "990103";

    static readonly Dictionary<string, Rule> IntakeRules = new()
    {
        ["POST /api/intake/suggest"] = new((_, s, _) => s == Scope.Own ? new Probe("/api/intake/suggest", Json(new { text = "小区门口井盖丢了", county = "990102" })) : null, Everyone),
        ["GET /api/intake/duplicates"] = new((r, s, x) => CaseOf(r, s, x) is { } id ? new Probe($"/api/intake/duplicates?case={id}") : null, SeesDuplicates),
        ["GET /api/intake/models"] = new((_, s, _) => Once(s, "/api/intake/models"), Administers),
        ["GET /api/intake/models/{county}"] = new((_, s, _) => new Probe($"/api/intake/models/{AdminScopeOf(s)}"), Administers),
        ["POST /api/intake/models/{county}/train"] = new((_, s, _) => new Probe($"/api/intake/models/{AdminScopeOf(s)}/train"), Administers),
        ["POST /api/intake/models/{county}/versions/{version}/activate"] = new((_, s, _) => new Probe($"/api/intake/models/{AdminScopeOf(s)}/versions/9999/activate"), Administers),
    };

    // The admin console: packages per scope (a county's administrator edits its county only), the users and org.
    // Probes that would change what other tests rely on ask for what does not exist (a domain refusal past authorization).
    static string Package(Scope s) => $"/api/admin/packages/{AdminScopeOf(s)}";

    static readonly Dictionary<string, Rule> AdminRules = new()
    {
        ["GET /api/admin/scopes"] = new((_, s, _) => Once(s, "/api/admin/scopes"), Administers),
        ["GET /api/admin/packages/audit"] = new((_, s, _) => Once(s, "/api/admin/packages/audit?max=5"), Administers),
        ["GET /api/admin/packages/{scope}/documents"] = new((_, s, _) => new Probe(Package(s) + "/documents"), Administers),
        ["GET /api/admin/packages/{scope}/documents/{path}"] = new((_, s, _) => new Probe(Package(s) + "/documents/package.json"), Administers),
        ["GET /api/admin/packages/{scope}/history"] = new((_, s, _) => new Probe(Package(s) + "/history?path=package.json"), Administers),
        ["PUT /api/admin/packages/{scope}/drafts/{path}"] = new((_, s, _) => new Probe(Package(s) + "/drafts/no-such-document.json", Json(new { })), Administers),
        ["DELETE /api/admin/packages/{scope}/drafts/{path}"] = new((_, s, _) => new Probe(Package(s) + "/drafts/no-such-document.json"), Administers),
        ["DELETE /api/admin/packages/{scope}/drafts"] = new((_, s, _) => new Probe(Package(s) + "/drafts"), Administers),
        ["POST /api/admin/packages/{scope}/validate"] = new((_, s, _) => new Probe(Package(s) + "/validate"), Administers),
        ["POST /api/admin/packages/{scope}/publish"] = new((_, s, _) => new Probe(Package(s) + "/publish", Json(new { comment = "矩阵" })), Administers),
        ["GET /api/admin/packages/{scope}/versions"] = new((_, s, _) => new Probe(Package(s) + "/versions"), Administers),
        ["GET /api/admin/packages/{scope}/diff"] = new((_, s, _) => new Probe(Package(s) + "/diff"), Administers),
        ["POST /api/admin/packages/{scope}/versions/{version}/restore"] = new((_, s, _) => new Probe(Package(s) + "/versions/9999/restore", Json(new { comment = "矩阵" })), Administers),
        ["GET /api/admin/packages/{scope}/route-test"] = new((_, s, _) => new Probe(Package(s) + "/route-test?item=01001&grid=" + (s == Scope.Own ? "990102001001001" : "990103001001001")), Administers),
        ["GET /api/admin/packages/{scope}/coverage"] = new((_, s, _) => new Probe(Package(s) + "/coverage"), Administers),
        ["GET /api/admin/packages/{scope}/deadline-preview"] = new((_, s, _) => new Probe(Package(s) + "/deadline-preview?from=2026-03-09T09:00:00%2B08:00&amount=3&unit=workday"), Administers),
        ["GET /api/admin/packages/{scope}/baseline"] = new((_, s, _) => new Probe(Package(s) + "/baseline"), Administers),
        ["POST /api/admin/packages/{scope}/reset-to-city"] = new((_, s, _) => new Probe(Package(s) + "/reset-to-city", Json(new { kind = "limit", key = "no-such" })), Administers),
        ["GET /api/admin/users"] = new((_, s, _) => Once(s, "/api/admin/users?q=gw-9901"), Administers),
        ["GET /api/admin/org"] = new((_, s, _) => Once(s, "/api/admin/org"), Administers),
        // API clients: a county administrator manages its county's (another's is not found), the city's every one.
        ["GET /api/admin/clients"] = new((_, s, _) => Once(s, "/api/admin/clients"), Administers),
        ["POST /api/admin/clients"] = new((_, s, _) => s == Scope.Own ? new Probe("/api/admin/clients", Json(new { name = "矩阵", scopes = new[] { "open311" } })) : null, Administers),
        ["POST /api/admin/clients/{id}/rotate"] = new((_, s, _) => Once(s, "/api/admin/clients/no-such-client/rotate"), Administers),
        ["POST /api/admin/clients/{id}/revoke"] = new((_, s, _) => Once(s, "/api/admin/clients/no-such-client/revoke"), Administers),
        // Open311: the catalog is public; requests open with a client's api_key, never with a sign-in (401 without one, whoever is signed in).
        ["GET /open311/v2/discovery.{format}"] = new((_, s, _) => Once(s, "/open311/v2/discovery.json"), Everyone),
        ["GET /open311/v2/services.{format}"] = new((_, s, _) => Once(s, "/open311/v2/services.json?jurisdiction_id=990102"), Everyone),
        ["GET /open311/v2/services/{service_code}.{format}"] = new((_, s, _) => Once(s, "/open311/v2/services/01001.xml"), Everyone),
        ["POST /open311/v2/requests.{format}"] = new((_, s, _) => s == Scope.Own ? new Probe("/open311/v2/requests.json",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["service_code"] = "01001", ["address_string"] = "测试路" })) : null, NeedsClientKey),
        ["GET /open311/v2/requests.{format}"] = new((_, s, _) => Once(s, "/open311/v2/requests.json"), NeedsClientKey),
        ["GET /open311/v2/requests/{service_request_id}.{format}"] = new((r, s, x) => CaseOf(r, s, x) is { } id ? new Probe($"/open311/v2/requests/{x.Cases.Values.First(c => c.Id == id).Number}.json") : null, NeedsClientKey),
        ["GET /open311/v2/tokens/{token}.{format}"] = new((r, s, x) => CaseOf(r, s, x) is { } id ? new Probe($"/open311/v2/tokens/{id}.json") : null, NeedsClientKey),
        ["GET /open311/v2/servicerequestupdates.{format}"] = new((_, s, _) => Once(s, "/open311/v2/servicerequestupdates.xml"), NeedsClientKey),
        // Another county's real user for a county administrator (refused); the city's administrator is not asked, so nobody is disabled.
        ["POST /api/admin/users/{username}/disable"] = new((r, s, _) => User(r, s) is { } u ? new Probe($"/api/admin/users/{u}/disable") : null, Administers),
        ["POST /api/admin/users/{username}/enable"] = new((r, s, _) => User(r, s) is { } u ? new Probe($"/api/admin/users/{u}/enable") : null, Administers),
        ["POST /api/admin/users/{username}/password"] = new((r, s, _) => User(r, s) is { } u ? new Probe($"/api/admin/users/{u}/password", Json(new { password = "x" })) : null, Administers),
    };

    // The command center: every signed-in user sees figures of their own place; another county's only the city's staff.
    static Expect SeesPlace(RoleUnderTest r, Scope s) => r.Anonymous ? Expect.Unauthorized : s == Scope.Own || r.CityWide ? Expect.Pass : Expect.Forbidden;

    static readonly Dictionary<string, Rule> CommandRules = new()
    {
        ["GET /api/dashboard"] = new((_, s, _) => new Probe(s == Scope.Own ? "/api/dashboard" : "/api/dashboard?unit=990103"), SeesPlace),
        ["GET /api/statistics/figures"] = new((_, s, _) => new Probe(s == Scope.Own ? "/api/statistics/figures" : "/api/statistics/figures?unit=990103"), SeesPlace),
        ["GET /api/assessment"] = new((_, s, _) => Once(s, "/api/assessment?period=2026-02&level=department"), SignedInPasses),
        ["GET /api/assessment/schemes"] = new((_, s, _) => Once(s, "/api/assessment/schemes"), SignedInPasses),
        // The cases behind a county department's ranking: the county's and the city's center staff, not the units below.
        ["GET /api/assessment/trace"] = new((_, s, _) => Once(s, "/api/assessment/trace?period=2026-02&level=department&code=SW-990102"),
            (r, _) => r.Anonymous ? Expect.Unauthorized : r.Name is "grid-worker" or "community" or "street" or "department" ? Expect.Forbidden : Expect.Pass),
        ["GET /api/assessment/export"] = new((_, s, _) => Once(s, "/api/assessment/export?period=2026-02&level=department"), SignedInPasses),
        ["GET /api/alerts"] = new((_, s, _) => Once(s, "/api/alerts"), SignedInPasses),
        // Signing an alert (签阅) is the center's: everyone else is refused before the alert is looked for.
        ["POST /api/alerts/{id}/acknowledge"] = new((_, s, _) => Once(s, "/api/alerts/no-such-alert/acknowledge"),
            (r, _) => r.Anonymous ? Expect.Unauthorized : Center(r) ? Expect.Pass : Expect.Forbidden),
        ["GET /api/briefings"] = new((_, s, _) => Once(s, "/api/briefings"), SignedInPasses),
        ["GET /api/briefings/{id}"] = new((_, s, _) => Once(s, "/api/briefings/no-such-briefing"), SignedInPasses),
        ["GET /api/briefings/{id}/export"] = new((_, s, _) => Once(s, "/api/briefings/no-such-briefing/export"), SignedInPasses),
        ["GET /api/briefings/{id}/document"] = new((_, s, _) => Once(s, "/api/briefings/no-such-briefing/document"), SignedInPasses),
    };

    // The public map's reads: anyone, like the report page itself.
    static readonly Dictionary<string, Rule> PlaceRules = new()
    {
        ["GET /api/places/map"] = new((_, s, _) => Once(s, "/api/places/map"), Everyone),
        ["GET /api/places/locate"] = new((_, s, _) => Once(s, "/api/places/locate?lat=30.2759798&lon=118.6091848"), Everyone),
        ["GET /api/places/search"] = new((_, s, _) => Once(s, "/api/places/search?q=" + Uri.EscapeDataString("东湖")), Everyone),
        ["GET /api/catalog/groups"] = new((_, s, _) => Once(s, "/api/catalog/groups"), Everyone),
    };

    static string? User(RoleUnderTest r, Scope s) => s == Scope.Own ? "no-such-user" : r.CityWide ? null : "gw-990103001001002";

    public static readonly IReadOnlyDictionary<string, Rule> Rules = new Dictionary<string, Rule>
    {
        ["GET /api/dictionaries"] = new((_, s, _) => Once(s, "/api/dictionaries"), Everyone),
        // Definitions: public (the report page reads them), except the option sources of forms.
        ["GET /api/definitions/summary"] = new((_, s, _) => Once(s, "/api/definitions/summary"), Everyone),
        ["GET /api/catalog"] = new((_, s, _) => Once(s, "/api/catalog?q=井盖"), Everyone),
        ["GET /api/org/{code}"] = new((_, s, _) => Once(s, "/api/org/990102"), Everyone),
        ["GET /api/route"] = new((_, s, _) => Once(s, "/api/route?item=01001&grid=990102001001001"), Everyone),
        ["GET /api/deadline"] = new((_, s, _) => Once(s, "/api/deadline?from=2026-03-09T09:00:00%2B08:00&amount=3&unit=workday"), Everyone),
        ["GET /api/forms/{id}"] = new((_, s, _) => Once(s, "/api/forms/intake-generic"), Everyone),
        ["GET /api/forms/sources/{source}"] = new((_, s, _) => Once(s, "/api/forms/sources/departments"), SignedIn),

        // Signing in and out, each on a session of its own so the role's own stays signed in.
        ["POST /api/auth/login"] = new((_, s, _) => s == Scope.Own
            ? new Probe("/api/auth/login", Json(new { username = "sup-990105", password = SecurityFactory.Password }), FreshSession: true) : null, Everyone),
        ["POST /api/auth/logout"] = new((_, s, _) => s == Scope.Own ? new Probe("/api/auth/logout", FreshSession: true) : null, Everyone),
        ["GET /api/auth/me"] = new((_, s, _) => Once(s, "/api/auth/me"), SignedIn),
        ["POST /api/auth/password"] = new((_, s, _) => s == Scope.Own
            ? new Probe("/api/auth/password", Json(new { currentPassword = "wrong-password-1", newPassword = "Another1pass" })) : null, SignedInPasses),

        // Cases: anyone may report through the public channels; reading and acting follow the scope.
        ["POST /api/cases"] = new((r, s, _) => s == Scope.Own ? new Probe("/api/cases", Json(new
        {
            channel = r.Anonymous ? "web" : "hotline", itemCode = "01001", description = "矩阵测试：井盖缺失", gridCode = "990102001002001",
            address = "矩阵路 2 号", reporterName = "测试人", reporterPhone = "13000000000",
        })) : null, Everyone),
        ["GET /api/cases"] = new((_, s, _) => Once(s, "/api/cases?pageSize=200"), SignedIn),
        ["GET /api/cases/{id}"] = new((r, s, x) => CaseOf(r, s, x) is { } id ? new Probe($"/api/cases/{id}") : null, ReadsCase),
        ["POST /api/cases/{id}/urge"] = new((r, s, x) => CaseOf(r, s, x) is { } id ? new Probe($"/api/cases/{id}/urge", Json(new { comment = "矩阵测试督办" })) : null,
            (r, s) => r.Anonymous ? Expect.Unauthorized : Center(r) ? ReadsCase(r, s) : Expect.Forbidden), // 督办 is the centers' and supervisors' 
        ["POST /api/cases/{id}/attachments"] = new((r, s, x) => CaseOf(r, s, x) is { } id ? new Probe($"/api/cases/{id}/attachments", Photo()) : null, ReadsCase),
        ["GET /api/cases/{id}/attachments/{attachmentId}"] = new((r, s, x) => (s == Scope.Own ? r.Own : r.Other) is { } key
            ? new Probe($"/api/cases/{x[key].Id}/attachments/{x[key].Attachment}") : null, ReadsCase),

        // Tasks: the inbox for anyone signed in; an action only on a task the role works (a made-up action past that: 400).
        ["GET /api/tasks"] = new((_, s, _) => Once(s, "/api/tasks"), SignedIn),
        ["POST /api/tasks/{id}/actions/{action}"] = new((r, s, x) =>
            (s == Scope.Own ? r.OwnTask ?? "water" : r.OtherTask) is { } key ? new Probe($"/api/tasks/{x[key].Task}/actions/made-up", Json(new { comment = "矩阵" })) : null,
            (r, s) => r.Anonymous ? Expect.Unauthorized : s == Scope.Own && r.OwnTask is not null ? Expect.Pass : Expect.Forbidden),
        ["GET /api/statistics"] = new((_, s, _) => Once(s, "/api/statistics"), SignedIn),

        // The public pages: by number and the reporter's phone, whoever asks.
        ["GET /api/public/cases/{number}"] = new((_, s, x) => s == Scope.Own ? new Probe($"/api/public/cases/{x["water"].Number}?phone={x["water"].Phone}") : null, Everyone),
        ["POST /api/public/cases/{number}/rating"] = new((_, s, x) => s == Scope.Own
            ? new Probe($"/api/public/cases/{x["water"].Number}/rating", Json(new { phone = x["water"].Phone, satisfaction = "satisfied" })) : null,
            (_, _) => Expect.Pass), // not closed yet: 409
        ["POST /api/public/cases/{number}/attachments"] = new((_, s, x) => s == Scope.Own
            ? new Probe($"/api/public/cases/{x["water"].Number}/attachments?phone={x["water"].Phone}", Photo()) : null, Everyone),

        // Administration: administrators only, a county's within its county.
        ["GET /api/admin/audit"] = new((_, s, _) => new Probe(s == Scope.Own ? "/api/admin/audit?pageSize=5" : "/api/admin/audit?county=990103"),
            (r, s) => r.Anonymous ? Expect.Unauthorized : !r.Admin ? Expect.Forbidden : s == Scope.Own || r.CityWide ? Expect.Ok : Expect.Forbidden),
    }.Concat(ReportRules).Concat(IntakeRules).Concat(AdminRules).Concat(CommandRules).Concat(PlaceRules).ToDictionary();

    /// <summary>What an answer's status means for an expectation.</summary>
    public static bool Meets(Expect expected, int status) => expected switch
    {
        Expect.Ok => status is >= 200 and < 300,
        Expect.Pass => status is not (401 or 403) and < 500,
        Expect.Unauthorized => status == 401,
        Expect.Forbidden => status == 403,
        Expect.Hidden => status is 403 or 404,
        _ => false,
    };
}
