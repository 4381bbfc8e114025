using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Messages;
using Governance.Core.Workflows.Http;
using Governance.Core.Workflows.Runtime;
using Governance.Server.Hosting;
using Microsoft.AspNetCore.Http.Features;

namespace Governance.Server.Apis;

/// <summary>
/// HTTP-triggered flows, as Elsa serves them: a request under <c>/workflows/</c> starts the published flow whose
/// <c>Elsa.HttpEndpoint</c> has that path and method (or resumes an instance waiting on it), and is answered with
/// what the flow's <c>Elsa.WriteHttpResponse</c> wrote — or 200 with no body when it wrote nothing, 500 when the flow
/// faulted. This file only translates HTTP; routing and running are the runtime's.
/// </summary>
public static class WorkflowHttpApi
{
    public const string BasePath = "/workflows";

    public static void MapWorkflowHttp(this IEndpointRouteBuilder app)
    {
        app.Map(BasePath + "/{**path}", Handle).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
    }

    static async Task Handle(HttpContext http, string? path, WorkflowRuntime runtime, GovernanceOptions options, CancellationToken ct)
    {
        var request = http.Request;
        if (request.ContentLength > options.WorkflowRequestBytes)
        {
            await Problem(http, 413, "WF-HTTP-TOO-LARGE", Text.Format("WF-HTTP-TOO-LARGE", options.WorkflowRequestBytes));
            return;
        }
        var (parsed, length, error) = await ReadBodyAsync(request, options.WorkflowRequestBytes, ct);
        if (error is { } e)
        {
            await Problem(http, e.Status, e.Code, e.Message);
            return;
        }
        var data = new HttpRequestData(request.Method, "/" + (path ?? ""),
            request.Query.ToDictionary(q => q.Key, q => q.Value.Select(v => v ?? "").ToArray()),
            request.Headers.ToDictionary(h => h.Key, h => h.Value.Select(v => v ?? "").ToArray(), StringComparer.OrdinalIgnoreCase),
            request.ContentType, parsed, length,
            http.User.Identity?.IsAuthenticated == true ? http.User.FindFirstValue(ClaimTypes.NameIdentifier) : null,
            http.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList());
        var dispatch = await runtime.DispatchHttpAsync(data, ct);
        await WriteAsync(http, dispatch);
    }

    static async Task WriteAsync(HttpContext http, HttpDispatch dispatch)
    {
        switch (dispatch.Status)
        {
            case HttpDispatchStatus.NotFound: await Problem(http, 404, "WF-HTTP-NOT-FOUND", Text.Format("WF-HTTP-NOT-FOUND", http.Request.Path)); return;
            case HttpDispatchStatus.MethodNotAllowed: await Problem(http, 405, "WF-HTTP-METHOD", Text.Format("WF-HTTP-METHOD", http.Request.Method, http.Request.Path)); return;
            case HttpDispatchStatus.Unauthorized: await Problem(http, 401, "WF-HTTP-UNAUTHORIZED", Text.Format("WF-HTTP-UNAUTHORIZED")); return;
            case HttpDispatchStatus.Forbidden: await Problem(http, 403, "WF-HTTP-FORBIDDEN", Text.Format("WF-HTTP-FORBIDDEN")); return;
            case HttpDispatchStatus.TooLarge: await Problem(http, 413, "WF-HTTP-TOO-LARGE", Text.Format("WF-HTTP-ENDPOINT-TOO-LARGE")); return;
            case HttpDispatchStatus.Ambiguous:
                await Problem(http, 500, "WF-HTTP-AMBIGUOUS", Text.Format("WF-HTTP-AMBIGUOUS", string.Join(", ", dispatch.Candidates ?? []))); return;
        }
        if (dispatch.Response is { } response)
        {
            http.Response.StatusCode = response.StatusCode;
            foreach (var (name, values) in response.Headers) http.Response.Headers[name] = values;
            if (response.ContentType is not null) http.Response.ContentType = response.ContentType;
            await http.Response.Body.WriteAsync(response.Body);
            return;
        }
        if (dispatch.Run is { Fault: { } fault } run)
        {
            await Problem(http, 500, fault.Code, fault.Message, run.InstanceId);
            return;
        }
        http.Response.StatusCode = 200; // Elsa answers a flow that wrote no response with an empty 200
    }

    /// <summary>The body as a flow reads it: JSON as JSON, a form as an object, text as text, anything else as nothing but its length.</summary>
    static async Task<(JsonNode? Parsed, long Length, (int Status, string Code, string Message)? Error)> ReadBodyAsync(HttpRequest request, long max, CancellationToken ct)
    {
        var media = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (request.HasFormContentType)
        {
            http(request).Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize = max;
            var form = await request.ReadFormAsync(ct);
            var fields = new JsonObject();
            foreach (var (key, values) in form) fields[key] = values.Count == 1 ? JsonValue.Create(values[0]) : new JsonArray(values.Select(v => (JsonNode?)v).ToArray());
            return (fields, request.ContentLength ?? 0, null);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) return (null, buffer.Length + read, (413, "WF-HTTP-TOO-LARGE", Text.Format("WF-HTTP-TOO-LARGE", max)));
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) return (null, 0, null);
        var text = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (media is not null && (media.EndsWith("/json", StringComparison.Ordinal) || media.EndsWith("+json", StringComparison.Ordinal)))
        {
            try { return (JsonNode.Parse(text), buffer.Length, null); }
            catch (JsonException e) { return (null, buffer.Length, (400, "WF-HTTP-JSON-INVALID", Text.Format("WF-HTTP-JSON-INVALID", e.LineNumber + 1, e.Message))); }
        }
        var isText = media is null || media.StartsWith("text/", StringComparison.Ordinal) || media.EndsWith("xml", StringComparison.Ordinal);
        return (isText ? JsonValue.Create(text) : null, buffer.Length, null);

        static HttpContext http(HttpRequest r) => r.HttpContext;
    }

    static Task Problem(HttpContext http, int status, string code, string detail, string? instanceId = null)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new { title = code, status, code, detail, instanceId }, (JsonSerializerOptions?)null, "application/problem+json");
    }
}
