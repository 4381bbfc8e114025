using System.Text.Json.Nodes;

namespace Governance.Core.Workflows.Http;

/// <summary>
/// An inbound HTTP request as a flow sees it, free of any web framework: the server builds it from its own request
/// and hands it to <see cref="Runtime.WorkflowRuntime.DispatchHttpAsync"/>.
/// </summary>
/// <param name="Method">Upper-case method, e.g. <c>POST</c>.</param>
/// <param name="Path">The path under the workflows base path, e.g. <c>/hotline/tickets</c>.</param>
/// <param name="Query">Query string values.</param>
/// <param name="Headers">Request headers.</param>
/// <param name="ContentType">The Content-Type header, if any.</param>
/// <param name="ParsedContent">The body as the server parsed it: JSON as JSON, a form as an object, text as a string; null when empty.</param>
/// <param name="ContentLength">Body size in bytes.</param>
/// <param name="User">The signed-in user's name, or null for an anonymous caller.</param>
/// <param name="Roles">The signed-in user's roles.</param>
public sealed record HttpRequestData(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string[]> Query,
    IReadOnlyDictionary<string, string[]> Headers,
    string? ContentType = null,
    JsonNode? ParsedContent = null,
    long ContentLength = 0,
    string? User = null,
    IReadOnlyList<string>? Roles = null)
{
    /// <summary>A header's first value, ignoring the name's case.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    /// <summary>A query value's first value.</summary>
    public string? QueryValue(string name) => Query.TryGetValue(name, out var v) ? v.FirstOrDefault() : null;
}

/// <summary>What <c>Elsa.WriteHttpResponse</c> wrote: status, content type, headers and body.</summary>
public sealed record HttpResponseData(int StatusCode, string? ContentType, IReadOnlyDictionary<string, string[]> Headers, byte[] Body);

/// <summary>
/// One request and the response a flow writes to it, carried through the burst that the request started or resumed.
/// A flow that waits before writing its response has lost the request, as in Elsa.
/// </summary>
public sealed class HttpExchange(HttpRequestData request)
{
    public HttpRequestData Request { get; } = request;

    /// <summary>The route values of the endpoint's template that matched (<c>orders/{id}</c> → id).</summary>
    public IReadOnlyDictionary<string, string> RouteValues { get; internal set; } = new Dictionary<string, string>();

    public HttpResponseData? Response { get; internal set; }
}
