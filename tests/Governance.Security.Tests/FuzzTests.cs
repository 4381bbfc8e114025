using System.Text.RegularExpressions;
using Governance.Security.Tests.Support;

namespace Governance.Security.Tests;

/// <summary>
/// Hostile requests against every operation of the OpenAPI document — path and query values, JSON bodies and uploads
/// bent by a seeded generator — as an anonymous caller, a center operator and a department handler with tasks of
/// their own: the server answers every one with a problem or a result, never a 5xx.
/// </summary>
public abstract partial class FuzzTests(ScenarioServer server)
{
    const int PerOperation = 24;

    [Fact]
    public async Task No_request_however_malformed_gets_a_server_error()
    {
        var api = server.Api;
        var operations = await OpenApiOperations.ReadAsync(api.CreateClient());
        // Cases of the fuzzer's own, so what it changes by chance changes nothing another test looks at.
        var op = await api.As("op-990102");
        var water = await api.As("h-sw-990102");
        var fresh = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var created = await op.PostAsync("/api/cases", System.Net.Http.Json.JsonContent.Create(new
            {
                channel = "hotline", itemCode = "01001", description = "模糊测试：井盖缺失", gridCode = "990102001002001", address = "模糊路 3 号",
            })).Ok();
            var id = created["case"]!["id"]!.GetValue<string>();
            fresh.Add(id);
            fresh.Add(await op.TaskOf(id));
            fresh.Add(created["case"]!["number"]!.GetValue<string>());
        }
        await op.Act(fresh[1], "register", "立案").Ok();
        fresh.Add(await water.TaskOf(fresh[0]));
        var known = fresh.Concat(["990102", "01001", "intake-generic", "departments", "register", "reply", "extend", "cohandle", "rate", "merge", "gw-990102001001002"]).ToList();

        var callers = new[] { api.CreateClient(), op, water };
        var fuzz = new Fuzzer(20261201, known);
        var failures = new List<string>();
        var sent = 0;
        foreach (var operation in operations)
            for (var i = 0; i < PerOperation; i++)
            {
                var caller = callers[fuzz.Next(callers.Length)];
                var url = Placeholder().Replace(operation.Path, _ => fuzz.PathValue());
                var query = operation.Parameters.Where(p => p.In == "query" && fuzz.Next(3) > 0).Select(p => $"{p.Name}={fuzz.QueryValue(p.Schema)}").ToList();
                if (query.Count > 0) url += "?" + string.Join("&", query);
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), url);
                if (operation.Body is { } schema && schema["properties"]?["file"] is not null)
                {
                    var (bytes, name) = fuzz.File();
                    var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name.Length == 0 ? "x" : name } };
                    if (fuzz.Next(2) == 0) form.Add(new StringContent(fuzz.Text()), "step");
                    request.Content = form;
                }
                else if (operation.Body is not null)
                    request.Content = new StringContent(fuzz.Body(operation.Body, operation.Components), System.Text.Encoding.UTF8, "application/json");
                foreach (var header in operation.Parameters.Where(p => p.In == "header"))
                    request.Headers.TryAddWithoutValidation(header.Name, Uri.EscapeDataString(fuzz.Text()));
                var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync();
                using var answer = await caller.SendAsync(request);
                sent++;
                if ((int)answer.StatusCode >= 500)
                    failures.Add($"{operation.Method} {Fuzzer.Describe(url)} {Fuzzer.Describe(body)} → {(int)answer.StatusCode} {Fuzzer.Describe(await answer.Content.ReadAsStringAsync())}");
            }
        Assert.True(sent >= operations.Count * PerOperation, $"only {sent} requests sent");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests got a server error:\n" + string.Join("\n", failures));
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Placeholder();
}

[Collection(SqliteCollection.Name)]
public sealed class FuzzOnSqlite(SqliteScenario server) : FuzzTests(server);

[Collection(PostgresCollection.Name)]
public sealed class FuzzOnPostgres(PostgresScenario server) : FuzzTests(server);
