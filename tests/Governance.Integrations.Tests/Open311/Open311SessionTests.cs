using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Governance.Core.Geography;
using Governance.Core.Packages;
using Governance.Integrations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Integrations.Tests.Open311;

/// <summary>
/// A city app as an Open311 GeoReport v2 client over real HTTP: discovery, the county's services, a request posted with
/// its key by coordinates, read back in JSON and XML, and the update after the center closed the case — every answer
/// checked against the Open311 schemas. A wrong key is refused in the specification's error format.
/// </summary>
public sealed class Open311SessionTests : IAsyncLifetime
{
    const string County = "990102", Grid = "990102001001001";
    IntegrationServer server = null!;

    public Task InitializeAsync()
    {
        server = new IntegrationServer(new() { ["Governance:Security:ClientRequestsPerMinute"] = "60" });
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        server.Dispose();
        return Task.CompletedTask;
    }

    async Task<string> Register(string admin, string name, params string[] scopes)
    {
        var c = await server.As(admin);
        var r = await c.PostAsJsonAsync("/api/admin/clients", new { name, scopes });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return (string)(await r.Content.ReadFromJsonAsync<JsonNode>())!["key"]!;
    }

    /// <summary>A point inside the grid, from the package's own boundaries.</summary>
    GeoPoint PointIn(string grid)
    {
        var places = server.Services.GetRequiredService<IPackageProvider>().Current.Places;
        var point = places.Shape(grid)!.Centroid;
        Assert.Equal(grid, places.GridAt(point));
        return point;
    }

    static async Task<(HttpStatusCode Status, string Body)> Get(HttpClient c, string url)
    {
        var r = await c.GetAsync(url);
        return (r.StatusCode, await r.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_city_app_reports_by_coordinates_reads_the_request_back_and_sees_the_update_once_the_case_is_closed()
    {
        var key = await Register("admin", "城市服务App", "open311");
        using var app = server.Client();

        // Discovery, then the county's catalog and one service's attributes (the intake form's fields).
        var (status, discovery) = await Get(app, "/open311/v2/discovery.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var endpoint = JsonNode.Parse(discovery)!["endpoints"]![0]!;
        Assert.Equal(server.BaseUrl + "/open311/v2/", (string)endpoint["url"]!);
        Assert.Contains("application/json", endpoint["formats"]!.AsArray().Select(f => (string)f!));

        var (_, services) = await Get(app, $"/open311/v2/services.json?jurisdiction_id={County}");
        await Open311Schemas.Valid("services", services);
        var manhole = JsonNode.Parse(services)!.AsArray().Single(s => (string)s!["service_code"]! == "01001")!;
        Assert.True((bool)manhole["metadata"]!);
        var (_, servicesXml) = await Get(app, $"/open311/v2/services.xml?jurisdiction_id={County}");
        Open311Schemas.SameAsJson(servicesXml, "services", "service", JsonNode.Parse(services)!.AsArray());

        var (_, definition) = await Get(app, $"/open311/v2/services/01001.json?jurisdiction_id={County}");
        await Open311Schemas.Valid("service-definition", definition);
        var attributes = JsonNode.Parse(definition)!["attributes"]!.AsArray();
        var urgency = attributes.Single(a => (string)a!["code"]! == "urgency")!;
        Assert.Equal("singlevaluelist", (string)urgency["datatype"]!);
        Assert.Contains("urgent", urgency["values"]!.AsArray().Select(v => (string)v!["key"]!));
        Assert.DoesNotContain(attributes, a => (string)a!["code"]! is "reporterPhone" or "place");
        var (unknown, unknownBody) = await Get(app, "/open311/v2/services.json?jurisdiction_id=999999");
        Assert.Equal(HttpStatusCode.BadRequest, unknown);
        Assert.Contains("990102", (string)JsonNode.Parse(unknownBody)![0]!["description"]!);

        // A request posted with the key by coordinates: the grid is the one containing the point.
        var point = PointIn(Grid);
        var form = new Dictionary<string, string>
        {
            ["api_key"] = key, ["service_code"] = "01001", ["lat"] = point.Lat.ToString("R"), ["long"] = point.Lon.ToString("R"),
            ["address_string"] = "东湖路 88 号", ["description"] = "东湖路口供水井盖缺失，请联系13912345678", ["first_name"] = "秀英", ["last_name"] = "李",
            ["phone"] = "13912345678", ["media_url"] = "https://img.example.com/manhole.jpg", ["attribute[urgency]"] = "urgent", ["attribute[title]"] = "井盖缺失",
        };
        var wrong = await app.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>(form) { ["api_key"] = "gk_wrong" }));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        var refusal = JsonNode.Parse(await wrong.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(403, (int)Assert.Single(refusal)!["code"]!);
        Assert.False(string.IsNullOrEmpty((string?)refusal[0]!["description"]));
        var wrongXml = await app.GetAsync("/open311/v2/requests.xml?api_key=gk_wrong");
        Assert.Equal(HttpStatusCode.Forbidden, wrongXml.StatusCode);
        Assert.Equal("errors", XDocument.Parse(await wrongXml.Content.ReadAsStringAsync()).Root!.Name.LocalName);

        var posted = await app.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(form));
        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        var receipt = JsonNode.Parse(await posted.Content.ReadAsStringAsync())![0]!;
        var number = (string)receipt["service_request_id"]!;
        Assert.StartsWith("990102-20260310-", number);

        // The center sees an ordinary case of the open311 channel in the point's grid, with the reporter in full.
        var op = await server.As("op-990102");
        var detail = (await op.GetFromJsonAsync<JsonNode>($"/api/cases/{number}"))!;
        var c = detail["case"]!;
        Assert.Equal(("open311", "01001", "urgent"), ((string)c["channel"]!, (string)c["itemCode"]!, (string)c["urgency"]!));
        Assert.Equal("李秀英", (string?)detail["reporter"]!["name"]);
        var id = (string)c["id"]!;

        // Read back by id, by token and in the list, as JSON and XML: valid, open, and without the reporter.
        var (_, one) = await Get(app, $"/open311/v2/requests/{number}.json?api_key={key}");
        await Open311Schemas.Valid("requests", one);
        var request = JsonNode.Parse(one)![0]!;
        Assert.Equal(("open", "01001", Grid), ((string)request["status"]!, (string)request["service_code"]!, (string)request["address_id"]!));
        Assert.Equal(point.Lat, (double)request["lat"]!, 9);
        Assert.DoesNotContain("13912345678", one);
        Assert.DoesNotContain("李秀英", one);
        Assert.Contains("5678", (string)request["description"]!);
        var (_, oneXml) = await Get(app, $"/open311/v2/requests/{number}.xml?api_key={key}");
        Open311Schemas.SameAsJson(oneXml, "service_requests", "request", JsonNode.Parse(one)!.AsArray());

        var (_, token) = await Get(app, $"/open311/v2/tokens/{(string)receipt["token"]!}.json?api_key={key}");
        Assert.Equal(number, (string)JsonNode.Parse(token)![0]!["service_request_id"]!);
        var (_, list) = await Get(app, $"/open311/v2/requests.json?api_key={key}&service_code=01001&status=open");
        await Open311Schemas.Valid("requests", list);
        Assert.Equal([number], JsonNode.Parse(list)!.AsArray().Select(r => (string)r!["service_request_id"]!));
        var (_, none) = await Get(app, $"/open311/v2/requests.json?api_key={key}&status=closed");
        Assert.Empty(JsonNode.Parse(none)!.AsArray());

        // The center registers it, 水务局 handles and replies with a photo, the center verifies: closed.
        await CaseSteps.Act(op, id, "register", "立案");
        var water = await server.As("h-sw-990102");
        await CaseSteps.Act(water, id, "sign", "已签收");
        var upload = new MultipartFormDataContent { { new ByteArrayContent(Governance.Demo.DemoForms.Photo), "file", "现场.png" } };
        var photo = (string)(await (await water.PostAsync($"/api/cases/{id}/attachments", upload)).Content.ReadFromJsonAsync<JsonNode>())!["id"]!;
        server.Clock.Advance(TimeSpan.FromHours(3));
        await CaseSteps.Act(water, id, "reply", "已更换井盖", new { form = Governance.Demo.DemoForms.Reply("已更换井盖并设置警示桩", server.Clock.GetUtcNow(), photo) });
        await CaseSteps.Act(op, id, "pass", "现场核查已修复");

        // Now the request reads closed, and the updates say so after the case's journal.
        var (_, closed) = await Get(app, $"/open311/v2/requests.json?api_key={key}&status=closed");
        await Open311Schemas.Valid("requests", closed);
        Assert.Equal("closed", (string)JsonNode.Parse(closed)![0]!["status"]!);
        var (updatesStatus, updates) = await Get(app, $"/open311/v2/servicerequestupdates.json?api_key={key}&start_date=2026-03-10T00:00:00%2B08:00");
        Assert.Equal(HttpStatusCode.OK, updatesStatus);
        var lines = JsonNode.Parse(updates)!.AsArray();
        Assert.All(lines, l => Assert.Equal(number, (string)l!["service_request_id"]!));
        Assert.Equal("open", (string)lines[0]!["status"]!);
        Assert.Equal("closed", (string)lines[^1]!["status"]!);
        // Open until 结案, the last line: the reply and the verification came before it.
        Assert.Equal(lines.Count - 1, lines.Count(l => (string)l!["status"]! == "open"));
        Assert.Contains(lines, l => ((string)l!["description"]!).Contains("现场核查已修复"));
        Assert.DoesNotContain("13912345678", updates);
        Assert.Equal(lines.Select(l => (string)l!["update_id"]!).Distinct().Count(), lines.Count);
        var (_, updatesXml) = await Get(app, $"/open311/v2/servicerequestupdates.xml?api_key={key}&start_date=2026-03-10T00:00:00%2B08:00");
        Open311Schemas.SameAsJson(updatesXml, "service_requests_updates", "request_update", lines);
    }

    [Fact]
    public async Task A_request_refused_by_the_intake_rules_comes_back_in_the_error_format_and_makes_no_case()
    {
        var key = await Register("admin", "视频分析厂商", "open311");
        using var app = server.Client();
        async Task<(HttpStatusCode, JsonArray)> Post(Dictionary<string, string> form)
        {
            var r = await app.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(form));
            return (r.StatusCode, JsonNode.Parse(await r.Content.ReadAsStringAsync())!.AsArray());
        }
        var (outside, e1) = await Post(new() { ["api_key"] = key, ["service_code"] = "01001", ["lat"] = "0", ["long"] = "0" });
        Assert.Equal(HttpStatusCode.BadRequest, outside);
        Assert.Equal(400, (int)e1[0]!["code"]!);
        var (nowhere, e2) = await Post(new() { ["api_key"] = key, ["service_code"] = "01001" });
        Assert.Equal(HttpStatusCode.BadRequest, nowhere);
        Assert.Contains("lat", (string)e2[0]!["description"]!);
        var point = PointIn(Grid);
        var (badItem, e3) = await Post(new() { ["api_key"] = key, ["service_code"] = "99999", ["lat"] = point.Lat.ToString("R"), ["long"] = point.Lon.ToString("R") });
        Assert.Equal(HttpStatusCode.BadRequest, badItem);
        Assert.Contains("99999", (string)e3[0]!["description"]!);
        var (badAttribute, e4) = await Post(new()
        {
            ["api_key"] = key, ["service_code"] = "01001", ["lat"] = point.Lat.ToString("R"), ["long"] = point.Lon.ToString("R"), ["attribute[nothing]"] = "x",
        });
        Assert.Equal(HttpStatusCode.BadRequest, badAttribute);
        Assert.Contains("nothing", (string)e4[0]!["description"]!);

        var (_, list) = await Get(app, $"/open311/v2/requests.json?api_key={key}");
        Assert.Empty(JsonNode.Parse(list)!.AsArray());
    }
}
