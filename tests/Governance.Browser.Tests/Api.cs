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

    /// <summary>A request expected to be refused: its status and problem body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> PostForProblemAsync(string url, object body)
    {
        var r = await http.PostAsJsonAsync(url, body);
        return (r.StatusCode, JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    public void Dispose() => http.Dispose();
}
