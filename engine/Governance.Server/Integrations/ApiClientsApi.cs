using System.Security.Claims;
using Governance.Core.Audit;
using Governance.Core.Definitions.Model;
using Governance.Core.Input;
using Governance.Core.Integrations;
using Governance.Server.Admin;
using Governance.Server.Auth;
using Governance.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Integrations;

/// <summary>
/// Administrators register the systems that call the center: a name and scopes give a key, shown once (only its hash
/// is kept); rotate gives a new key and ends the old one, revoke ends the client. A county administrator sees and
/// manages the clients registered for the county; the city administrator every client.
/// </summary>
public static class ApiClientsApi
{
    public sealed record ClientDto(string Name, IReadOnlyList<string> Scopes);

    /// <summary>A client as the console lists it: never the key, only its first characters.</summary>
    public sealed record ClientView(string Id, string Name, IReadOnlyList<string> Scopes, string KeyPrefix, string? County, DateTimeOffset CreatedAt,
        string CreatedBy, DateTimeOffset? RotatedAt, DateTimeOffset? RevokedAt);

    /// <summary>The answer that carries a key: the only time it is shown.</summary>
    public sealed record ClientKey(ClientView Client, string Key);

    public static void MapApiClientsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin/clients").WithTags("Admin: API clients").RequireAuthorization(AdminAccess.Policy)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/", List);
        api.MapPost("/", Create);
        api.MapPost("/{id}/rotate", Rotate);
        api.MapPost("/{id}/revoke", Revoke);
    }

    static ClientView View(ApiClient c) => new(c.Id, c.Name, c.Scopes, c.KeyPrefix, c.County, c.CreatedAt, c.CreatedBy, c.RotatedAt, c.RevokedAt);

    /// <summary>The county an administrator looks after; null for the city's (every client).</summary>
    static string? CountyOf(Actor a) => a.Role == Role.CountyAdmin ? a.UnitCode : null;

    static bool Manages(Actor a, ApiClient c) => CountyOf(a) is not { } county || c.County == county;

    static async Task<Ok<List<ClientView>>> List(ClaimsPrincipal user, IApiClientStore clients, CancellationToken ct)
    {
        var actor = user.ToActor();
        return TypedResults.Ok((await clients.ListAsync(ct)).Where(c => Manages(actor, c)).Select(View).ToList());
    }

    static async Task<Results<Created<ClientKey>, ProblemHttpResult>> Create(ClientDto dto, ClaimsPrincipal user, IApiClientStore clients, RequestAudit audit,
        HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(dto.Name)) return Refusals.Typed(400, "CLIENT-NAME-REQUIRED", "name");
        var scopes = (dto.Scopes ?? []).Select(s => s?.Trim() ?? "").Distinct().ToList();
        if (scopes.Count == 0) return Refusals.Typed(400, "CLIENT-SCOPES-REQUIRED", "scopes", string.Join(", ", ApiScopes.All));
        if (scopes.FirstOrDefault(s => !ApiScopes.All.Contains(s)) is { } unknown)
            return Refusals.Typed(400, "CLIENT-SCOPE-UNKNOWN", "scopes", unknown, string.Join(", ", ApiScopes.All));
        if (scopes.Count > ApiScopes.All.Count) throw new InputException("INPUT-LIST-LONG", "scopes", "scopes", ApiScopes.All.Count);
        var actor = user.ToActor();
        var key = ApiKeys.New();
        var client = new ApiClient(Guid.CreateVersion7().ToString("N"), dto.Name.Trim(), scopes, ApiKeys.Hash(key), ApiKeys.Visible(key), CountyOf(actor),
            clock.GetUtcNow(), actor.Username, null, null);
        await clients.AddAsync(client, ct);
        await audit.WriteAsync(http, actor, AuditKinds.ClientChanged, client.Id, "create " + string.Join(' ', scopes), client.County);
        return TypedResults.Created($"/api/admin/clients/{client.Id}", new ClientKey(View(client), key));
    }

    static async Task<Results<Ok<ClientKey>, ProblemHttpResult>> Rotate(string id, ClaimsPrincipal user, IApiClientStore clients, RequestAudit audit,
        HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var actor = user.ToActor();
        if (await clients.GetAsync(id, ct) is not { Revoked: false } c || !Manages(actor, c)) return Refusals.Typed(404, "CLIENT-NOT-FOUND", "id", id);
        var key = ApiKeys.New();
        if (!await clients.RotateAsync(id, ApiKeys.Hash(key), ApiKeys.Visible(key), clock.GetUtcNow(), ct)) return Refusals.Typed(404, "CLIENT-NOT-FOUND", "id", id);
        await audit.WriteAsync(http, actor, AuditKinds.ClientChanged, id, "rotate", c.County);
        return TypedResults.Ok(new ClientKey(View((await clients.GetAsync(id, ct))!), key));
    }

    static async Task<Results<Ok<ClientView>, ProblemHttpResult>> Revoke(string id, ClaimsPrincipal user, IApiClientStore clients, RequestAudit audit,
        HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var actor = user.ToActor();
        if (await clients.GetAsync(id, ct) is not { Revoked: false } c || !Manages(actor, c)) return Refusals.Typed(404, "CLIENT-NOT-FOUND", "id", id);
        await clients.RevokeAsync(id, clock.GetUtcNow(), ct);
        await audit.WriteAsync(http, actor, AuditKinds.ClientChanged, id, "revoke", c.County);
        return TypedResults.Ok(View((await clients.GetAsync(id, ct))!));
    }
}
