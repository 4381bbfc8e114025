namespace Governance.Core.Workflows.Http;

/// <summary>
/// Bounds of the outbound calls flows make (<c>Elsa.FlowSendHttpRequest</c>, <c>Elsa.SendHttpRequest</c>). The host
/// registers these and an <see cref="HttpClient"/> among the services activities see; without a client, a flow that
/// sends a request faults with a clear message.
/// </summary>
public sealed record WorkflowHttpOptions
{
    /// <summary>How long one call may take, connection and response included; past it the activity leaves through Timeout.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest response body read; a larger one is cut off and the call counts as failed.</summary>
    public long MaxResponseBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Hosts flows may call (e.g. the hotline platform's); empty means any host.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    public static WorkflowHttpOptions Default { get; } = new();
}
