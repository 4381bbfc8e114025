using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Messages;
using Governance.Core.Workflows.Http;
using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities.Http;

/// <summary>
/// Sends an HTTP request with the host's <see cref="HttpClient"/>, bounded by <see cref="WorkflowHttpOptions"/>, and
/// writes the status code, parsed content and response headers to its outputs, as Elsa's HTTP Request activities do.
/// What to do with the answer is the subclass's: ports by status code, or simply Done.
/// </summary>
public abstract class SendHttpRequestBase : IActivity
{
    public async ValueTask ExecuteAsync(IActivityContext context)
    {
        var options = context.Services.GetService(typeof(WorkflowHttpOptions)) as WorkflowHttpOptions ?? WorkflowHttpOptions.Default;
        var urlText = context.GetInput<string>("url");
        var name = context.ActivityName ?? context.ActivityId;
        if (!Uri.TryCreate(urlText, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            context.Fault("WF-HTTP-URL-INVALID", "HTTP", Text.Format("WF-HTTP-URL-INVALID", name, urlText));
            return;
        }
        if (options.AllowedHosts.Count > 0 && !options.AllowedHosts.Contains(url.Host, StringComparer.OrdinalIgnoreCase))
        {
            context.Fault("WF-HTTP-HOST-FORBIDDEN", "HTTP", Text.Format("WF-HTTP-HOST-FORBIDDEN", name, url.Host));
            return;
        }
        if (context.Services.GetService(typeof(HttpClient)) is not HttpClient client)
        {
            context.Fault("WF-HTTP-NO-CLIENT", "HTTP", Text.Format("WF-HTTP-NO-CLIENT"));
            return;
        }
        using var request = Prepare(context, url);
        using var timeout = new CancellationTokenSource(options.Timeout);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await ReadAsync(response.Content, options.MaxResponseBytes, timeout.Token);
            var status = (int)response.StatusCode;
            var headers = new JsonObject();
            foreach (var (key, values) in response.Headers.Concat(response.Content.Headers))
                headers[key] = values.Count() == 1 ? JsonValue.Create(values.First()) : new JsonArray(values.Select(x => (JsonNode?)x).ToArray());
            var parsed = Parse(body, response.Content.Headers.ContentType?.MediaType);
            context.SetOutput("statusCode", status);
            context.SetOutput("parsedContent", parsed);
            context.SetOutput("responseHeaders", headers);
            context.SetOutput("result", new JsonObject { ["statusCode"] = status, ["headers"] = headers.DeepClone(), ["content"] = parsed?.DeepClone() });
            OnResponse(context, status);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            context.WriteLine(Text.Format("WF-HTTP-TIMEOUT", name, url, options.Timeout.TotalSeconds));
            OnTimeout(context);
        }
        catch (HttpRequestException e)
        {
            context.WriteLine(Text.Format("WF-HTTP-FAILED", name, url, e.Message));
            OnFailedToConnect(context);
        }
    }

    /// <summary>Continues after a response arrived with this status code.</summary>
    protected abstract void OnResponse(IActivityContext context, int statusCode);

    /// <summary>Continues after the call took longer than the timeout.</summary>
    protected abstract void OnTimeout(IActivityContext context);

    /// <summary>Continues after the server could not be reached (or answered too much).</summary>
    protected abstract void OnFailedToConnect(IActivityContext context);

    static HttpRequestMessage Prepare(IActivityContext context, Uri url)
    {
        var request = new HttpRequestMessage(new HttpMethod((context.GetInput<string>("method") is { Length: > 0 } m ? m : "GET").ToUpperInvariant()), url);
        foreach (var (key, values) in HttpValues.Headers(context.GetInput("requestHeaders")))
            request.Headers.TryAddWithoutValidation(key, values);
        if (context.GetInput<string>("authorization") is { Length: > 0 } authorization)
        {
            if (context.GetInput<bool>("disableAuthorizationHeaderValidation")) request.Headers.TryAddWithoutValidation("Authorization", authorization);
            else request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }
        // As in Elsa: a body is sent only when both content and content type are given.
        var contentType = context.GetInput<string>("contentType");
        if (context.GetInput("content") is { } content && !string.IsNullOrWhiteSpace(contentType))
        {
            var (type, bytes) = HttpValues.Content(content, contentType);
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(type!);
        }
        return request;
    }

    static async Task<byte[]> ReadAsync(HttpContent content, long max, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) throw new HttpRequestException(Text.Format("WF-HTTP-RESPONSE-TOO-LARGE", max));
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>JSON as JSON (text when it does not parse), anything else as text; nothing when empty.</summary>
    static JsonNode? Parse(byte[] body, string? mediaType)
    {
        if (body.Length == 0) return null;
        var text = System.Text.Encoding.UTF8.GetString(body);
        if (mediaType is not null && mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
            try { return JsonNode.Parse(text); }
            catch (JsonException) { }
        return JsonValue.Create(text);
    }
}
