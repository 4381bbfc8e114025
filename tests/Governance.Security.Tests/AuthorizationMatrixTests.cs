using Governance.Security.Tests.Support;

namespace Governance.Security.Tests;

/// <summary>
/// Every operation of the OpenAPI document, asked by every role about its own scope and another's, answers as the
/// authorization table says, and no answer to a masked role carries a reporter's name or phone in full.
/// </summary>
public abstract class AuthorizationMatrixTests(ScenarioServer server)
{
    [Fact]
    public async Task Every_operation_answers_every_role_in_and_out_of_its_scope_as_the_table_says()
    {
        var operations = await OpenApiOperations.ReadAsync(server.Api.CreateClient());
        var unknown = operations.Where(o => !AuthorizationTable.Rules.ContainsKey(o.Key)).Select(o => o.Key).ToList();
        Assert.True(unknown.Count == 0, "operations the authorization table does not know — add each to AuthorizationTable.Rules in "
            + "tests/Governance.Security.Tests/Support/AuthorizationTable.cs (how to ask it for a role's own and another scope, and who may): "
            + string.Join(", ", unknown));
        var gone = AuthorizationTable.Rules.Keys.Except(operations.Select(o => o.Key)).ToList();
        Assert.True(gone.Count == 0, "the table describes operations the server no longer has: " + string.Join(", ", gone));

        var failures = new List<string>();
        var leaks = new List<string>();
        var asked = 0;
        foreach (var role in Roles.All)
        {
            var client = await server.ClientFor(role);
            foreach (var op in operations)
                foreach (var scope in new[] { Scope.Own, Scope.Other })
                {
                    var rule = AuthorizationTable.Rules[op.Key];
                    if (rule.Request(role, scope, server.Scenario) is not { } probe) continue;
                    var expected = rule.Expected(role, scope);
                    var sender = probe.FreshSession ? await server.Api.As(role.Username) : client;
                    using var request = new HttpRequestMessage(new HttpMethod(op.Method), probe.Url) { Content = probe.Body };
                    using var answer = await sender.SendAsync(request);
                    var body = await answer.Content.ReadAsStringAsync();
                    asked++;
                    if (!AuthorizationTable.Meets(expected, (int)answer.StatusCode))
                        failures.Add($"{role} {scope} {op.Key} ({probe.Url}): expected {expected}, got {(int)answer.StatusCode} {Trim(body)}");
                    if (role.Masked && answer.IsSuccessStatusCode && server.Scenario.Secrets.FirstOrDefault(body.Contains) is { } secret)
                        leaks.Add($"{role} {scope} {op.Key}: {secret}");
                }
        }
        Assert.True(asked > 300, $"only {asked} requests asked: is the table still filling the matrix?");
        Assert.True(failures.Count == 0, $"{failures.Count} of {asked} answers differ from the table:\n" + string.Join("\n", failures));
        Assert.True(leaks.Count == 0, "personal data in full to a masked role:\n" + string.Join("\n", leaks));
    }

    static string Trim(string s) => s.Length > 300 ? s[..300] + "…" : s;
}

[Collection(SqliteCollection.Name)]
public sealed class AuthorizationMatrixOnSqlite(SqliteScenario server) : AuthorizationMatrixTests(server);

[Collection(PostgresCollection.Name)]
public sealed class AuthorizationMatrixOnPostgres(PostgresScenario server) : AuthorizationMatrixTests(server);
