using System.Text.Json.Nodes;
using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Http;
using Governance.Core.Workflows.Persistence;
using Governance.Core.Workflows.Runtime;
using Governance.Core.Workflows.Serialization;
using Governance.Integrations.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Governance.Integrations.Tests.Elsa;

/// <summary>Elsa's HTTP Request (flow) calling a department's API on loopback: outputs and the ports Elsa takes for each answer.</summary>
public sealed class SendHttpRequestTests : IAsyncLifetime
{
    readonly LoopbackServer department = new(async (http, body) =>
    {
        switch (http.Request.Path.Value)
        {
            case "/cases":
                http.Response.StatusCode = 201;
                await http.Response.WriteAsJsonAsync(new { id = "B-7", echo = JsonNode.Parse(body), auth = http.Request.Headers.Authorization.ToString() });
                break;
            case "/slow":
                await Task.Delay(TimeSpan.FromSeconds(10), http.RequestAborted);
                break;
            default:
                http.Response.StatusCode = 404;
                await http.Response.WriteAsync("没有这个资源");
                break;
        }
    });

    public async Task InitializeAsync() => await department.StartAsync();

    public async Task DisposeAsync() => await department.DisposeAsync();

    sealed class Services(WorkflowHttpOptions options) : IServiceProvider
    {
        readonly HttpClient client = new();

        public object? GetService(Type serviceType) =>
            serviceType == typeof(HttpClient) ? client : serviceType == typeof(WorkflowHttpOptions) ? options : null;
    }

    async Task<RunResult> Run(string url, string codes = "[201]", WorkflowHttpOptions? options = null)
    {
        var json = new JsonObject
        {
            ["definitionId"] = "call", ["toolVersion"] = "3.3.0.0",
            ["root"] = new JsonObject
            {
                ["id"] = "root", ["type"] = "Elsa.Flowchart",
                ["activities"] = new JsonArray(
                    new JsonObject
                    {
                        ["id"] = "send", ["name"] = "CallDepartment", ["type"] = "Elsa.FlowSendHttpRequest",
                        ["url"] = Input("Literal", url), ["method"] = Input("Literal", "POST"), ["contentType"] = Input("Literal", "application/json"),
                        ["content"] = Input("JavaScript", "({ item: '井盖缺失', grid: '990102001001001' })"),
                        ["authorization"] = Input("Literal", "Bearer 令牌-1".Replace("令牌", "token")),
                        ["expectedStatusCodes"] = Input("Object", codes),
                    },
                    Line("created", "Liquid", "已建单 {{ Variables.Dummy }}"),
                    Line("show", "JavaScript", "const r = getParsedContentFromCallDepartment(); return `${getStatusCodeFromCallDepartment()} ${r?.id ?? r} ${r?.echo?.item ?? ''} ${r?.auth ?? ''}`;"),
                    Line("unmatched", "Literal", "未预期的状态码"), Line("down", "Literal", "连接失败"), Line("slow", "Literal", "超时")),
                ["connections"] = new JsonArray(Edge("201", "created"), Edge("Done", "show"), Edge("Unmatched status code", "unmatched"),
                    Edge("Failed to connect", "down"), Edge("Timeout", "slow")),
            },
        };
        var runtime = new WorkflowRuntime(new InMemoryWorkflowStore(), ActivityRegistry.CreateDefault(), options: new RuntimeOptions
        {
            Services = new Services(options ?? new WorkflowHttpOptions()),
            Sandbox = new Core.Expressions.SandboxOptions { Timeout = TimeSpan.FromSeconds(20) },
        });
        var (published, errors) = await runtime.PublishAsync(ElsaJsonReader.Read(json));
        Assert.True(published is not null, string.Join("\n", errors));
        return await runtime.StartAsync("call");

        static JsonObject Input(string syntax, string value) => new() { ["expression"] = new JsonObject { ["type"] = syntax, ["value"] = value } };
        static JsonObject Line(string id, string syntax, string text) => new() { ["id"] = id, ["type"] = "Elsa.WriteLine", ["text"] = Input(syntax, text) };
        static JsonObject Edge(string port, string target) => new()
        {
            ["source"] = new JsonObject { ["activity"] = "send", ["port"] = port }, ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
        };
    }

    [Fact]
    public async Task An_expected_status_leaves_through_its_port_and_done_with_the_parsed_answer()
    {
        var run = await Run(department.Url + "/cases");
        Assert.True(run.Fault is null, run.Fault?.Message);
        Assert.Equal(["已建单 ", "201 B-7 井盖缺失 Bearer token-1"], run.Lines);
        var request = Assert.Single(department.Requests);
        Assert.Equal(("POST", "application/json; charset=utf-8"), (request.Method, request.Headers["Content-Type"]));
    }

    [Fact]
    public async Task Another_status_leaves_through_unmatched_and_done()
    {
        var run = await Run(department.Url + "/nothing");
        Assert.Equal(["未预期的状态码", "404 没有这个资源  "], run.Lines);
    }

    [Fact]
    public async Task No_server_leaves_through_failed_to_connect_and_a_slow_one_through_timeout()
    {
        var closed = new LoopbackServer((_, _) => Task.CompletedTask);
        await closed.StartAsync();
        var url = closed.Url;
        await closed.StopAsync();
        var down = await Run(url + "/cases");
        // The failure is noted in the instance journal (a case loop shows it in the case's journal), then the port.
        Assert.StartsWith($"HTTP 请求“CallDepartment”调用 {url}/cases 失败", down.Lines[0]);
        Assert.Equal("连接失败", down.Lines[1]);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var slow = await Run(department.Url + "/slow", options: new WorkflowHttpOptions { Timeout = TimeSpan.FromMilliseconds(500) });
        Assert.Equal([$"HTTP 请求“CallDepartment”调用 {department.Url}/slow 超过 0.5 秒未完成", "超时"], slow.Lines);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(9), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_host_outside_the_allowed_list_is_refused()
    {
        var run = await Run(department.Url + "/cases", options: new WorkflowHttpOptions { AllowedHosts = ["hotline.example.cn"] });
        Assert.Equal(InstanceStatus.Faulted, run.Status);
        Assert.Equal("WF-HTTP-HOST-FORBIDDEN", run.Fault!.Code);
        Assert.Empty(department.Requests);
    }
}
