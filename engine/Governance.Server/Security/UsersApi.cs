using System.Security.Claims;
using Governance.Core.Audit;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Server.Auth;
using Governance.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Security;

/// <summary>
/// An administrator changes a user's role, unit, department or disables the account. Each change ends the user's
/// sessions at once and is audited. A county administrator changes only its county's users, within its county.
/// </summary>
public static class UsersApi
{
    /// <summary>What to change; null leaves it as it is. <see cref="Department"/> "" removes the department.</summary>
    public sealed record UserChange(string? Role, string? Unit, string? Department, bool? Disabled);

    public sealed record UserAdminView(string Username, string Name, string Role, string Unit, string? Department, bool Disabled);

    public static void MapUsersApi(this IEndpointRouteBuilder app) =>
        app.MapPut("/api/admin/users/{username}", Change).WithTags("Admin").RequireAuthorization();

    static async Task<Results<Ok<UserAdminView>, ProblemHttpResult>> Change(string username, UserChange change, ClaimsPrincipal user, GovernanceEngine engine,
        SessionGuard sessions, RequestAudit audit, HttpContext http)
    {
        var definitions = engine.Definitions;
        var city = definitions.City!;
        var (isAdmin, county) = AdminScope.Of(user.ToActor(), definitions);
        if (!isAdmin) return Refusals.Typed(403, "AUTH-ADMIN-ONLY", null, Text.Format("AUTH-VERB-USERS"));
        if (await engine.Users.FindAsync(username, http.RequestAborted) is not { } target) return Refusals.Typed(404, "AUTH-USER-NOT-FOUND", "username", username);
        if (!AdminScope.Covers(county, target.Actor.UnitCode, definitions)) return Refusals.Typed(403, "AUTH-ADMIN-SCOPE", "username", username, county);

        Role? role = null;
        if (change.Role is { } code && (role = RoleDefinition.Parse(code)) is null)
            return Refusals.Typed(400, "AUTH-ROLE-UNKNOWN", "role", code, string.Join(", ", city.Roles.Select(r => r.Code)));
        if (change.Unit is { } unit && city.Org.Find(unit) is null) return Refusals.Typed(400, "AUTH-UNIT-UNKNOWN", "unit", unit);
        if (change.Unit is { } inside && !AdminScope.Covers(county, inside, definitions)) return Refusals.Typed(403, "AUTH-ADMIN-SCOPE", "unit", inside, county);
        if (change.Department is { Length: > 0 } d && city.Departments.All(x => x.Code != d)) return Refusals.Typed(400, "AUTH-DEPARTMENT-UNKNOWN", "department", d);

        var result = await engine.Users.UpdateAsync(username, u => u with
        {
            Actor = u.Actor with
            {
                Role = role ?? u.Actor.Role, UnitCode = change.Unit ?? u.Actor.UnitCode,
                DepartmentCode = change.Department is null ? u.Actor.DepartmentCode : change.Department.Length == 0 ? null : change.Department,
            },
            Disabled = change.Disabled ?? u.Disabled,
        }, http.RequestAborted);
        var (before, after) = result!.Value;
        sessions.Forget(username);
        await audit.WriteAsync(http, user.ToActor(), AuditKinds.UserChanged, username, $"{Describe(before)} → {Describe(after)}",
            audit.CountyOf(after.Actor.UnitCode) ?? audit.CountyOf(before.Actor.UnitCode));
        var a = after.Actor;
        return TypedResults.Ok(new UserAdminView(a.Username, a.Name, RoleDefinition.CodeOf(a.Role), a.UnitCode, a.DepartmentCode, after.Disabled));
    }

    static string Describe(StoredUser u) =>
        $"{RoleDefinition.CodeOf(u.Actor.Role)}@{u.Actor.UnitCode}{(u.Actor.DepartmentCode is { } d ? "/" + d : "")}{(u.Disabled ? " disabled" : "")}";
}
