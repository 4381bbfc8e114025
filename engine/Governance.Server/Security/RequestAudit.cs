using Governance.Core.Audit;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions;
using Governance.Core.Definitions.Model;
using Governance.Core.Packages;

namespace Governance.Server.Security;

/// <summary>Writes audit lines for a request: who (the actor, or the username tried), when (the server's clock), from where (the client address).</summary>
public sealed class RequestAudit(IAuditTrail trail, TimeProvider clock, IPackageProvider packages)
{
    public Task WriteAsync(HttpContext http, Actor? actor, string kind, string? target, string? detail, string? county, string? attemptedUser = null) =>
        trail.WriteAsync(new AuditEntry(clock.GetUtcNow(), actor?.Username ?? (Short(attemptedUser) is { Length: > 0 } tried ? tried : "anonymous"), actor?.Name,
            actor is null ? null : RoleDefinition.CodeOf(actor.Role), actor is null ? null : actor.DepartmentCode ?? actor.UnitCode,
            kind, Short(target), detail, Refusals.Address(http), county), http.RequestAborted);

    // What a prober typed as a username is kept as far as a column holds it.
    static string? Short(string? text) => text is null ? null : Governance.Core.Input.VisibleText.Prefix(text, 100);

    /// <summary>The county a unit lies in; null for the city itself or a unit the org tree does not know.</summary>
    public string? CountyOf(string unitCode)
    {
        var org = packages.Current.City!.Org;
        return org.Find(unitCode) is { } unit ? org.AncestorAt(unit, OrgLevel.County)?.Code : null;
    }
}
