using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Governance.Security.Tests.Support;

public static class Http
{
    public static async Task<JsonNode> Json(this HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("empty body");
    }

    public static async Task<JsonNode> Ok(this Task<HttpResponseMessage> call)
    {
        var r = await call;
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{r.RequestMessage?.Method} {r.RequestMessage?.RequestUri?.PathAndQuery} → {(int)r.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    public static Task<HttpResponseMessage> Act(this HttpClient c, string taskId, string action, string? comment = null, object? data = null) =>
        c.PostAsJsonAsync($"/api/tasks/{taskId}/actions/{action}", new { comment, data });

    /// <summary>The open task of the case in this client's inbox.</summary>
    public static async Task<string> TaskOf(this HttpClient c, string caseId)
    {
        var inbox = (await c.GetAsync("/api/tasks").Ok()).AsArray();
        return inbox.First(e => (string?)e!["case"]!["id"] == caseId)!["task"]!["id"]!.GetValue<string>();
    }

    public static async Task<string> Upload(this HttpClient c, string caseId, byte[] bytes, string name)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(bytes), "file", name);
        return (await c.PostAsync($"/api/cases/{caseId}/attachments", content).Ok())["id"]!.GetValue<string>();
    }

    public static async Task<HttpResponseMessage> Send(this HttpClient c, HttpMethod method, string url, string? json = null, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null) request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        foreach (var (k, v) in headers ?? new Dictionary<string, string>()) request.Headers.TryAddWithoutValidation(k, v);
        return await c.SendAsync(request);
    }
}
