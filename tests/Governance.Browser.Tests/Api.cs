using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Browser.Tests;

/// <summary>The server's API as a signed-in user, for arranging cases a test does not walk through in the browser.</summary>
public sealed class Api : IDisposable
{
    readonly HttpClient http;

    Api(Uri baseUri) => http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseUri };

    public static async Task<Api> SignInAsync(Uri baseUri, string? username)
    {
        var api = new Api(baseUri);
        if (username is not null)
            (await api.http.PostAsJsonAsync("api/auth/login", new { username, password = User.Password, useCookies = true })).EnsureSuccessStatusCode();
        return api;
    }

    public async Task<JsonElement> PostAsync(string url, object body)
    {
        var r = await http.PostAsJsonAsync(url, body);
        var text = await r.Content.ReadAsStringAsync();
        if (!r.IsSuccessStatusCode) throw new HttpRequestException($"{(int)r.StatusCode} {url}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string url)
    {
        var r = await http.GetAsync(url);
        return (r.StatusCode, JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>Stores a file with the case, as the reply form's upload does; returns the attachment (id, fileName, contentType, size).</summary>
    public async Task<JsonElement> UploadAsync(string caseId, string name, byte[] bytes, string? step = null)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        content.Add(file, "file", name);
        if (step is not null) content.Add(new StringContent(step), "step");
        var r = await http.PostAsync($"api/cases/{caseId}/attachments", content);
        var text = await r.Content.ReadAsStringAsync();
        if (!r.IsSuccessStatusCode) throw new HttpRequestException($"{(int)r.StatusCode} upload: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A request expected to be refused: its status and problem body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> PostForProblemAsync(string url, object body)
    {
        var r = await http.PostAsJsonAsync(url, body);
        return (r.StatusCode, JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>
    /// A citizen reports on the web (01001 供水井盖) and the county center (op-990102 unless <paramref name="center"/> says) registers it,
    /// so the case waits at the water department. Returns its number and id.
    /// </summary>
    public static async Task<(string Number, string Id)> ReportedAndRegisteredAsync(Uri baseUri, string description, string gridCode,
        string address, string reporterName, string reporterPhone, string center = "op-990102")
    {
        using var citizen = await SignInAsync(baseUri, null);
        var intake = await citizen.PostAsync("api/cases", new { channel = "web", itemCode = "01001", description, gridCode, address, reporterName, reporterPhone });
        var number = intake.GetProperty("case").GetProperty("number").GetString()!;
        var id = intake.GetProperty("case").GetProperty("id").GetString()!;
        using var operatorApi = await SignInAsync(baseUri, center);
        var (_, detail) = await operatorApi.GetAsync($"api/cases/{id}");
        var accept = detail.GetProperty("tasks").EnumerateArray().First(t => t.GetProperty("step").GetString() == "accept");
        await operatorApi.PostAsync($"api/tasks/{accept.GetProperty("id").GetString()}/actions/register", new { comment = "立案" });
        return (number, id);
    }

    /// <summary>A point inside the unit, as the server gives it to centre a map on.</summary>
    public static async Task<(double Lat, double Lon)> CentroidAsync(Uri baseUri, string code)
    {
        using var anonymous = await SignInAsync(baseUri, null);
        var (_, unit) = await anonymous.GetAsync($"api/org/{code}");
        var c = unit.GetProperty("centroid");
        return (c.GetProperty("lat").GetDouble(), c.GetProperty("lon").GetDouble());
    }

    public void Dispose() => http.Dispose();
}
