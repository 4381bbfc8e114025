using Governance.Core.Workflows.Runtime;

namespace Governance.Core.Workflows.Http;

public enum HttpDispatchStatus
{
    /// <summary>A flow ran: see <see cref="HttpDispatch.Run"/> and the response it wrote, if any.</summary>
    Ran,
    /// <summary>No published endpoint or waiting flow has this path.</summary>
    NotFound,
    /// <summary>The path exists, but not for this method.</summary>
    MethodNotAllowed,
    /// <summary>The endpoint allows signed-in callers only (its <c>authorize</c>), or its policy names a role the caller lacks.</summary>
    Unauthorized,
    Forbidden,
    /// <summary>The body is larger than the endpoint's <c>requestSizeLimit</c>.</summary>
    TooLarge,
    /// <summary>Several flows answer this path and method; Elsa refuses such a call too.</summary>
    Ambiguous,
}

/// <summary>What happened to an inbound request routed to the flows.</summary>
public sealed record HttpDispatch(HttpDispatchStatus Status, HttpExchange? Exchange = null, RunResult? Run = null, IReadOnlyList<string>? Candidates = null)
{
    /// <summary>The response the flow wrote with <c>Elsa.WriteHttpResponse</c>; null when it wrote none.</summary>
    public HttpResponseData? Response => Exchange?.Response;
}
