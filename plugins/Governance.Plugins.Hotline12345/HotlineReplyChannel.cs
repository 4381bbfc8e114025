using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Governance.Sdk.Channels;
using Governance.Sdk.Plugins;

namespace Governance.Plugins.Hotline12345;

/// <summary>
/// Sends replies to the hotline platform: a JSON POST to the configured <c>ReplyUrl</c> with the platform's token in
/// <c>X-Hotline-Token</c> (<c>ReplyToken</c>). An answer other than 2xx, or no answer within ten seconds, throws, so the
/// outbox relay keeps the reply and tries again; the outbox id travels as <c>replyId</c>, so the platform can drop a
/// reply it already has.
/// </summary>
public sealed class HotlineReplyChannel(IPluginSettings settings) : INotificationChannel
{
    public const string Name = "hotline-12345";

    static readonly HttpClient Client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(10) };

    string INotificationChannel.Name => Name;

    public async Task SendAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        var url = settings["ReplyUrl"] ?? throw new InvalidOperationException("12345 热线回复地址（ReplyUrl）未配置");
        var data = message.DataJson is { } json ? JsonNode.Parse(json) as JsonObject ?? [] : [];
        data["replyId"] = message.Id;
        data["reply"] = message.Body;
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(data) };
        if (settings["ReplyToken"] is { Length: > 0 } token) request.Headers.Add(RegisterTicket.TokenHeader, token);
        using var response = await Client.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"12345 热线平台拒收回复：{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
    }
}
