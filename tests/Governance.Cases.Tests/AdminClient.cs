using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Governance.Cases.Tests;

/// <summary>The admin API as the console calls it: read a document, put it in the draft, publish.</summary>
public static class AdminClient
{
    public static async Task<JsonNode> Document(this HttpClient c, string scope, string path, bool draft = false) =>
        (await c.GetAsync($"/api/admin/packages/{scope}/documents/{path}?draft={(draft ? "true" : "false")}").Ok())["content"]!;

    public static Task<HttpResponseMessage> PutDraft(this HttpClient c, string scope, string path, JsonNode document) =>
        c.PutAsync($"/api/admin/packages/{scope}/drafts/{path}", new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> Publish(this HttpClient c, string scope, string comment) =>
        c.PostAsJsonAsync($"/api/admin/packages/{scope}/publish", new { comment });

    /// <summary>Reads a document, changes it, puts it in the draft and publishes it; returns the new version.</summary>
    public static async Task<int> Change(this HttpClient c, string scope, string path, Action<JsonNode> change, string comment)
    {
        JsonNode doc;
        try { doc = await c.Document(scope, path, draft: true); }
        catch (Xunit.Sdk.TrueException) { doc = new JsonObject(); } // a county document that does not exist yet
        change(doc);
        await c.PutDraft(scope, path, doc).Ok();
        return (await c.Publish(scope, comment).Ok())["version"]!.GetValue<int>();
    }
}
