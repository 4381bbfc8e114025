using System.Text.Json.Nodes;
using Governance.Security.Tests.Support;
using Governance.Storage.Workflows.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Security.Tests;

/// <summary>
/// Signs in as every role and reads every GET endpoint of the OpenAPI document — each case of the scenario through
/// the case view, search with and without words, the inbox, the public page — and looks in every answer for the full
/// name or phone of any seeded reporter or party: roles the disclosure policy masks find none. The notices sent to
/// departments and supervisors (the outbox) are read the same way.
/// </summary>
public abstract class PersonalDataScanTests(ScenarioServer server)
{
    [Fact]
    public async Task No_answer_to_a_masked_role_carries_a_reporters_name_or_phone_in_full()
    {
        var operations = await OpenApiOperations.ReadAsync(server.Api.CreateClient());
        var gets = operations.Where(o => o.Method == "GET").ToList();
        var x = server.Scenario;
        var leaks = new List<string>();
        var read = 0;
        foreach (var role in Roles.All.Where(r => r.Masked))
        {
            var client = await server.ClientFor(role);
            foreach (var url in Urls(gets, role, x))
            {
                var answer = await client.GetAsync(url);
                var body = await answer.Content.ReadAsStringAsync();
                Assert.True((int)answer.StatusCode < 500, $"{role} GET {url}: {(int)answer.StatusCode} {body}");
                if (!answer.IsSuccessStatusCode) continue;
                read++;
                foreach (var secret in x.Secrets.Where(body.Contains)) leaks.Add($"{role} GET {url}: {secret}");
            }
        }
        Assert.True(read > 60, $"only {read} answers read: is the scan still walking the endpoints?");
        Assert.True(leaks.Count == 0, $"{leaks.Count} leaks:\n" + string.Join("\n", leaks));
    }

    [Fact]
    public async Task The_masked_roles_still_see_who_reported_in_masked_form_and_the_center_in_full()
    {
        var water = server.Scenario["water"];
        var department = await (await server.ClientFor(Roles.Named("department"))).GetAsync($"/api/cases/{water.Id}").Ok();
        Assert.Equal("司*", ((string?)department["reporter"]!["name"])![..2]);
        Assert.Equal("*******5602", (string?)department["reporter"]!["phone"]);
        Assert.True(department["reporter"]!["masked"]!.GetValue<bool>());
        var center = await (await server.ClientFor(Roles.Named("operator"))).GetAsync($"/api/cases/{water.Id}").Ok();
        Assert.Equal(water.Reporter, (string?)center["reporter"]!["name"]);
        Assert.Equal(water.Phone, (string?)center["reporter"]!["phone"]);
    }

    [Fact]
    public async Task Notices_to_departments_and_supervisors_carry_no_reporters_data()
    {
        await using var db = Database.Open(server.Api);
        var notices = await db.Set<OutboxMessageRecord>().AsNoTracking().ToListAsync();
        Assert.NotEmpty(notices); // the scenario's 督办 quoted a reporter's phone
        var leaks = notices.Where(n => server.Scenario.Secrets.Any(s => n.Body.Contains(s))).Select(n => $"{n.Recipient}: {n.Body}").ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        Assert.Contains(notices, n => n.Body.Contains("*******5602"));
    }

    /// <summary>Every GET the scan reads for a role: each documented one as the table asks it, and every scenario case through the case-shaped ones.</summary>
    static IEnumerable<string> Urls(IReadOnlyList<Operation> gets, RoleUnderTest role, Scenario x)
    {
        foreach (var op in gets)
        {
            foreach (var scope in new[] { Scope.Own, Scope.Other })
                if (AuthorizationTable.Rules.TryGetValue(op.Key, out var rule) && rule.Request(role, scope, x) is { } probe) yield return probe.Url;
            foreach (var c in x.Cases.Values)
            {
                if (op.Path == "/api/cases/{id}") yield return $"/api/cases/{c.Id}";
                if (op.Path == "/api/cases/{id}/attachments/{attachmentId}" && c.Attachment is { } a) yield return $"/api/cases/{c.Id}/attachments/{a}";
                if (op.Path == "/api/public/cases/{number}") yield return $"/api/public/cases/{c.Number}?phone={c.Phone}";
                if (op.Path == "/api/cases") { yield return $"/api/cases?q={Uri.EscapeDataString(c.Reporter)}"; yield return $"/api/cases?q={c.Phone}"; }
            }
        }
        yield return "/api/cases?pageSize=200&status=archived";
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PersonalDataScanOnSqlite(SqliteScenario server) : PersonalDataScanTests(server);

[Collection(PostgresCollection.Name)]
public sealed class PersonalDataScanOnPostgres(PostgresScenario server) : PersonalDataScanTests(server);
