using Governance.Core.Audit;
using Governance.Core.Integrations;
using Governance.Core.Security;
using Governance.Server.Security;

namespace Governance.Server.Integrations;

/// <summary>What a key opens: the client, or the refusal (status, code) to answer with.</summary>
public readonly record struct ClientCheck(ApiClient? Client, int Status, string? Code, object?[] Args, TimeSpan? RetryAfter = null);

/// <summary>
/// Lets another system in by its key: the key must belong to a client that is not revoked and has the scope; each
/// client has its own rate limit (the shared throttle counters, so every server counts together) and every call is an
/// audit line naming the client.
/// </summary>
public sealed class ApiClientGate(IApiClientStore clients, Throttle throttle, RequestAudit audit, SecurityOptions options)
{
    public async Task<ClientCheck> CheckAsync(HttpContext http, string? key, string scope, string what)
    {
        var ct = http.RequestAborted;
        if (string.IsNullOrWhiteSpace(key)) return new(null, 401, "CLIENT-KEY-MISSING", []);
        // A key is 46 characters; anything much longer is not one (and is not hashed at length).
        var client = key.Length > 100 ? null : await clients.FindByKeyHashAsync(ApiKeys.Hash(key.Trim()), ct);
        if (client is null || client.Revoked)
        {
            await audit.WriteAsync(http, null, AuditKinds.ClientRefused, what, "CLIENT-KEY-INVALID", null, client?.Id ?? "api-key");
            return new(null, 403, "CLIENT-KEY-INVALID", []);
        }
        if (!client.Has(scope))
        {
            await audit.WriteAsync(http, null, AuditKinds.ClientRefused, what, scope, client.County, "client:" + client.Id);
            return new(null, 403, "CLIENT-SCOPE-MISSING", [scope]);
        }
        if (await throttle.HitAsync(options.ClientRequests, client.Id, ct) is { } wait)
            return new(null, 429, "THROTTLE-CLIENT", [options.ClientRequests.Limit], wait);
        await audit.WriteAsync(http, null, AuditKinds.ClientCall, what, $"{http.Request.Method} {http.Request.Path}", client.County, "client:" + client.Id);
        return new(client, 200, null, []);
    }
}
