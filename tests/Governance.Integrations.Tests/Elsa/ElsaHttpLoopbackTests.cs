using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Governance.Core.Workflows.Runtime;
using Governance.Core.Workflows.Serialization;
using Governance.Integrations.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Governance.Integrations.Tests.Elsa;

/// <summary>Elsa's reference files 05 and 06 published on the real server and called over real HTTP, with Elsa's results.</summary>
public sealed class ElsaHttpLoopbackTests : IClassFixture<ElsaHttpLoopbackTests.Server>
{
    public sealed class Server : IDisposable
    {
        public IntegrationServer Api { get; } = new();

        public Server()
        {
            foreach (var file in new[] { "05-http-endpoint-trigger.json", "06-http-endpoint-write-response.json" })
            {
                var (published, errors) = Api.Runtime.PublishAsync(
                    ElsaJsonReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Elsa3", file)))).GetAwaiter().GetResult();
                Assert.True(published is not null, string.Join("\n", errors));
            }
        }

        public void Dispose() => Api.Dispose();
    }

    readonly IntegrationServer api;

    public ElsaHttpLoopbackTests(Server server) => api = server.Api;

    [Fact]
    public async Task File_06_answers_hello_world_over_http()
    {
        using var client = api.Client();
        var response = await client.GetAsync("/workflows/hello-world");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Hello World!", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task File_05_starts_an_instance_that_writes_its_line_and_answers_empty()
    {
        using var client = api.Client();
        var response = await client.GetAsync("/workflows/test");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        // An instance of file 05 ran to its end on the server and wrote its line.
        await using var db = api.Store.CreateDbContext();
        var instance = Assert.Single(await db.WorkflowInstances.Where(i => i.DefinitionId == "HttpWorkflow").ToListAsync());
        Assert.Equal(InstanceStatus.Finished, instance.Status);
        var line = Assert.Single(await db.Journal.Where(j => j.InstanceId == instance.Id && j.Kind == "WriteLine").ToListAsync());
        Assert.Equal("Hello from http", line.Text);
    }

    [Fact]
    public async Task A_method_the_endpoint_does_not_take_and_an_unknown_path_are_refused_in_chinese()
    {
        using var client = api.Client();
        var post = await client.PostAsync("/workflows/hello-world", null);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Contains("不接受 POST 请求", (await post.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
        var missing = await client.GetAsync("/workflows/no-such-flow");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("WF-HTTP-NOT-FOUND", (await missing.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
    }
}
