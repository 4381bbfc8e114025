using System.Text;
using System.Text.Json.Nodes;
using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Http;
using Governance.Core.Workflows.Runtime;
using Governance.Core.Workflows.Validation;
using Governance.Workflows.Tests.Infrastructure;
using static Governance.Workflows.Tests.Infrastructure.TestFlows;

namespace Governance.Workflows.Tests.Http;

/// <summary>
/// Requests routed to flows by the runtime, without a web server: Elsa's HTTP Endpoint as a trigger and as a wait,
/// Elsa's HTTP Response, and what happens to a request nothing or several flows answer.
/// </summary>
public class HttpEndpointTests
{
    static HttpRequestData Request(string method, string path, JsonNode? body = null, string? user = null, params string[] roles) =>
        new(method, path, new Dictionary<string, string[]> { ["q"] = ["1"] }, new Dictionary<string, string[]> { ["X-Trace"] = ["t-1"] },
            body is null ? null : "application/json", body, body is null ? 0 : Encoding.UTF8.GetByteCount(body.ToJsonString()), user, roles);

    static JsonObject Endpoint(string id, string path, string methods = "[\"POST\"]", bool trigger = true) =>
        Activity(id, "Elsa.HttpEndpoint", ("path", "Literal", path), ("supportedMethods", "Object", methods))
            .With("customProperties", new JsonObject { ["canStartWorkflow"] = trigger });

    static JsonObject Respond(string id, string content, string syntax = "JavaScript", string status = "OK") =>
        Activity(id, "Elsa.WriteHttpResponse", ("statusCode", "Literal", status), ("content", syntax, content));

    [Fact]
    public async Task Reference_05_starts_on_get_and_writes_its_line_with_an_empty_answer()
    {
        var runtime = Fixtures.Runtime();
        await runtime.PublishAsync(Fixtures.Elsa("05-http-endpoint-trigger.json"));
        var dispatch = await runtime.DispatchHttpAsync(Request("GET", "/test"));
        Assert.Equal(HttpDispatchStatus.Ran, dispatch.Status);
        Assert.Equal(["Hello from http"], dispatch.Run!.Lines);
        Assert.Equal(InstanceStatus.Finished, dispatch.Run.Status);
        Assert.Null(dispatch.Response);
        Assert.Equal(HttpDispatchStatus.MethodNotAllowed, (await runtime.DispatchHttpAsync(Request("POST", "/test"))).Status);
        Assert.Equal(HttpDispatchStatus.NotFound, (await runtime.DispatchHttpAsync(Request("GET", "/test/more"))).Status);
    }

    [Fact]
    public async Task Reference_06_answers_hello_world_as_text()
    {
        var runtime = Fixtures.Runtime();
        await runtime.PublishAsync(Fixtures.Elsa("06-http-endpoint-write-response.json"));
        var response = (await runtime.DispatchHttpAsync(Request("GET", "/Hello-World/"))).Response!;
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.ContentType);
        Assert.Equal("Hello World!", Encoding.UTF8.GetString(response.Body));
    }

    [Fact]
    public async Task Route_values_body_query_and_headers_reach_the_flow_and_an_object_is_answered_as_json()
    {
        var flow = Chain("tickets", Endpoint("ep", "tickets/{id}"),
            Respond("answer", "const body = getParsedContentFromEp(); return { id: getRouteDataFromEp().id, title: body.title, q: getQueryStringDataFromEp().q, trace: getHeadersFromEp()['X-Trace'] };",
                status: "Created"));
        var runtime = Fixtures.Runtime();
        await runtime.PublishAsync(flow);
        var response = (await runtime.DispatchHttpAsync(Request("POST", "/tickets/T-9", new JsonObject { ["title"] = "井盖缺失" }))).Response!;
        Assert.Equal(201, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal("""{"id":"T-9","title":"井盖缺失","q":"1","trace":"t-1"}""", Encoding.UTF8.GetString(response.Body));
    }

    [Fact]
    public async Task An_endpoint_inside_a_flow_waits_for_its_request_and_answers_it()
    {
        var flow = Chain("approval", WriteLine("start", "等待审批"), Endpoint("ep", "approvals/A-1", trigger: false),
            Respond("answer", "已收到 {{ Variables.Who }}", "Liquid"));
        var runtime = Fixtures.Runtime();
        var run = await runtime.PublishAndStart(flow);
        var bookmark = Assert.Single(run.Bookmarks);
        Assert.Equal(("Elsa.HttpEndpoint", "/approvals/A-1"), (bookmark.Name, bookmark.Key));
        Assert.Equal(HttpDispatchStatus.MethodNotAllowed, (await runtime.DispatchHttpAsync(Request("GET", "/approvals/A-1"))).Status);
        var dispatch = await runtime.DispatchHttpAsync(Request("POST", "/approvals/A-1", new JsonObject()));
        Assert.Equal(run.InstanceId, dispatch.Run!.InstanceId);
        Assert.Equal(InstanceStatus.Finished, dispatch.Run.Status);
        Assert.Equal("已收到 ", Encoding.UTF8.GetString(dispatch.Response!.Body));
        Assert.Equal(HttpDispatchStatus.NotFound, (await runtime.DispatchHttpAsync(Request("POST", "/approvals/A-1", new JsonObject()))).Status);
    }

    [Fact]
    public async Task A_flow_that_waits_before_answering_has_lost_its_request_as_in_elsa()
    {
        var flow = Chain("late", Endpoint("ep", "late"), Activity("wait", "Elsa.Event", ("eventName", "Literal", "批准")), Respond("answer", "'太迟'"));
        var runtime = Fixtures.Runtime();
        await runtime.PublishAsync(flow);
        var dispatch = await runtime.DispatchHttpAsync(Request("POST", "/late", new JsonObject()));
        Assert.Equal(InstanceStatus.Suspended, dispatch.Run!.Status);
        Assert.Null(dispatch.Response);
        var resumed = Assert.Single((await runtime.RaiseEventAsync("批准")).Resumed);
        Assert.Equal(InstanceStatus.Faulted, resumed.Run!.Status);
        Assert.Equal("WF-HTTP-NO-REQUEST", resumed.Run.Fault!.Code);
    }

    [Fact]
    public async Task An_endpoint_for_signed_in_users_refuses_anonymous_callers_and_other_roles()
    {
        var endpoint = Endpoint("ep", "secure").With("authorize", new JsonObject { ["typeName"] = "Boolean", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = true } })
            .With("policy", new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "operator" } });
        var runtime = Fixtures.Runtime();
        await runtime.PublishAsync(Chain("secure", endpoint, Respond("answer", "'ok'")));
        Assert.Equal(HttpDispatchStatus.Unauthorized, (await runtime.DispatchHttpAsync(Request("POST", "/secure", new JsonObject()))).Status);
        Assert.Equal(HttpDispatchStatus.Forbidden, (await runtime.DispatchHttpAsync(Request("POST", "/secure", new JsonObject(), "h-sw", "handler"))).Status);
        Assert.Equal(HttpDispatchStatus.Ran, (await runtime.DispatchHttpAsync(Request("POST", "/secure", new JsonObject(), "op", "operator"))).Status);
    }

    [Fact]
    public async Task Two_flows_on_one_path_and_method_are_refused_as_ambiguous_but_a_literal_route_wins_over_a_parameter()
    {
        var runtime = Fixtures.Runtime();
        await runtime.PublishAsync(Chain("a", Endpoint("ep", "same"), Respond("r", "'a'")));
        await runtime.PublishAsync(Chain("b", Endpoint("ep", "same"), Respond("r", "'b'")));
        var dispatch = await runtime.DispatchHttpAsync(Request("POST", "/same", new JsonObject()));
        Assert.Equal(HttpDispatchStatus.Ambiguous, dispatch.Status);
        Assert.Equal(["a", "b"], dispatch.Candidates!.Order());

        await runtime.PublishAsync(Chain("byid", Endpoint("ep", "orders/{id}"), Respond("r", "'id'")));
        await runtime.PublishAsync(Chain("new", Endpoint("ep", "orders/new"), Respond("r", "'new'")));
        Assert.Equal("new", Encoding.UTF8.GetString((await runtime.DispatchHttpAsync(Request("POST", "/orders/new", new JsonObject()))).Response!.Body));
        Assert.Equal("id", Encoding.UTF8.GetString((await runtime.DispatchHttpAsync(Request("POST", "/orders/7", new JsonObject()))).Response!.Body));
    }

    [Fact]
    public void Paths_computed_by_script_and_child_activities_on_status_codes_are_refused_at_publish()
    {
        var registry = ActivityRegistry.CreateDefault();
        var dynamic = Flow("dyn", [Activity("ep", "Elsa.HttpEndpoint", ("path", "JavaScript", "'a' + 'b'"))], []);
        var error = Assert.Single(WorkflowValidator.Validate(dynamic, registry));
        Assert.Equal(("WF-HTTP-PATH-CONSTANT", "$.root.activities[0].path"), (error.Code, error.Path));

        var cases = Flow("cases", [Activity("send", "Elsa.SendHttpRequest", ("url", "Literal", "http://127.0.0.1/"))
            .With("expectedStatusCodes", new JsonArray(new JsonObject { ["statusCode"] = 200, ["activity"] = WriteLine("ok", "好") }))], []);
        Assert.Equal("WF-HTTP-CASES-UNSUPPORTED", Assert.Single(WorkflowValidator.Validate(cases, registry)).Code);
    }
}
