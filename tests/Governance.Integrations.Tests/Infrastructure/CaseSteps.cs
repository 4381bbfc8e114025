using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Governance.Integrations.Tests.Infrastructure;

/// <summary>Works a case through the loop as its staff would: the task in the signed-in user's inbox, then an action on it.</summary>
public static class CaseSteps
{
    public static async Task<string> TaskOf(HttpClient c, string caseId)
    {
        var inbox = (await c.GetFromJsonAsync<JsonArray>("/api/tasks"))!;
        return inbox.Single(e => (string?)e!["case"]!["id"] == caseId)!["task"]!["id"]!.GetValue<string>();
    }

    public static async Task Act(HttpClient c, string caseId, string action, string comment, object? data = null)
    {
        var r = await c.PostAsJsonAsync($"/api/tasks/{await TaskOf(c, caseId)}/actions/{action}", new { comment, data });
        Assert.True(r.IsSuccessStatusCode, $"{action}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
    }
}
