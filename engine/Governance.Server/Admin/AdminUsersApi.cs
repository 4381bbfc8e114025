using System.Security.Claims;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.Packages;
using Governance.Core.Packages.Admin;
using Governance.Server.Auth;
using Governance.Server.Security;
using AuditKinds = Governance.Core.Audit.AuditKinds;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Admin;

/// <summary>
/// Accounts and the org tree for the admin console. Who a user is and where they work is package data (create a
/// user or change their scope by editing users/users.json, or a county's users.json, and publishing); whether an
/// account may sign in and its password are not, and change here at once.
/// </summary>
public static class AdminUsersApi
{
    public sealed record AdminUser(string Username, string Name, string Role, string RoleName, string Unit, string UnitName, string? Department,
        string? DepartmentName, string? Phone, bool Disabled, bool Stored, string DefinedIn);

    public sealed record PasswordDto(string Password);

    public sealed record OrgNode(string Code, string Name, string Level, IReadOnlyList<OrgDepartment> Departments, IReadOnlyList<OrgNode> Children);

    public sealed record OrgDepartment(string Code, string Name, string Function);

    public static void MapAdminUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin").WithTags("Admin: users and org").RequireAuthorization(AdminAccess.Policy).AddEndpointFilter<AdminProblems>();
        api.MapGet("/users", Users);
        api.MapPost("/users/{username}/disable", (string username, ClaimsPrincipal user, UserStore users, IPackageStore store, IPackageProvider packages,
            IUserSessions sessions, RequestAudit audit, HttpContext http, TimeProvider clock, CancellationToken ct) => SetDisabled(username, true, user, users, store, packages, sessions, audit, http, clock, ct));
        api.MapPost("/users/{username}/enable", (string username, ClaimsPrincipal user, UserStore users, IPackageStore store, IPackageProvider packages,
            IUserSessions sessions, RequestAudit audit, HttpContext http, TimeProvider clock, CancellationToken ct) => SetDisabled(username, false, user, users, store, packages, sessions, audit, http, clock, ct));
        api.MapPost("/users/{username}/password", ResetPassword);
        api.MapGet("/org", Org);
    }

    /// <summary>The users the administrator looks after (a county's: those placed in the county), with whether each may sign in.</summary>
    static async Task<Ok<List<AdminUser>>> Users(ClaimsPrincipal user, UserStore users, IPackageProvider packages, CancellationToken ct, string? q = null)
    {
        var editor = user.Editor();
        var set = packages.Current;
        var city = set.City!;
        var stored = await users.ListAsync(ct);
        var list = set.Definitions!.AllUsers().Where(u => Visible(editor, city, u.Unit))
            .Where(u => string.IsNullOrWhiteSpace(q) || u.Username.Contains(q, StringComparison.OrdinalIgnoreCase) || u.Name.Contains(q))
            .Select(u => new AdminUser(u.Username, u.Name, RoleDefinition.CodeOf(u.Role), city.Roles.FirstOrDefault(r => r.Role == u.Role)?.Name ?? "",
                u.Unit, city.Org.Find(u.Unit)?.Name ?? u.Unit, u.Department, city.Departments.FirstOrDefault(d => d.Code == u.Department)?.Name, u.Phone,
                stored.GetValueOrDefault(u.Username)?.Disabled ?? false, stored.ContainsKey(u.Username), u.Source.File))
            .ToList();
        return TypedResults.Ok(list);
    }

    static async Task<Results<NoContent, ProblemHttpResult>> SetDisabled(string username, bool disabled, ClaimsPrincipal user, UserStore users, IPackageStore store,
        IPackageProvider packages, IUserSessions sessions, RequestAudit audit, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var editor = user.Editor();
        if (Refusal(editor, username, packages.Current) is { } refused) return refused;
        if (username == editor.Username) return Problem(409, "ADMIN-USER-SELF", username);
        if (!await users.SetDisabledAsync(username, disabled, ct)) return Problem(404, "ADMIN-USER-UNKNOWN", username);
        await sessions.EndSessionsAsync(username, ct);
        await audit.WriteAsync(http, user.ToActor(), AuditKinds.UserChanged, username, disabled ? "disabled" : "enabled", audit.CountyOf(UnitOf(packages.Current, username)));
        await store.AuditAsync(new PackageAuditEntry(clock.GetUtcNow(), editor.Username, disabled ? "user-disable" : "user-enable", Scope(packages.Current, username), null, username), ct);
        return TypedResults.NoContent();
    }

    static async Task<Results<NoContent, ProblemHttpResult>> ResetPassword(string username, PasswordDto dto, ClaimsPrincipal user, UserStore users,
        IPackageStore store, IPackageProvider packages, IUserSessions sessions, RequestAudit audit, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var editor = user.Editor();
        if (Refusal(editor, username, packages.Current) is { } refused) return refused;
        if (dto.Password is not { Length: >= 8 }) return Problem(400, "ADMIN-PASSWORD-SHORT", username);
        if (!await users.SetPasswordAsync(username, dto.Password, ct)) return Problem(404, "ADMIN-USER-UNKNOWN", username);
        await sessions.EndSessionsAsync(username, ct);
        await audit.WriteAsync(http, user.ToActor(), AuditKinds.Password, username, null, audit.CountyOf(UnitOf(packages.Current, username)));
        await store.AuditAsync(new PackageAuditEntry(clock.GetUtcNow(), editor.Username, "user-password", Scope(packages.Current, username), null, username), ct);
        return TypedResults.NoContent();
    }

    /// <summary>The org tree under the administrator's scope: units, their departments, down to the grids.</summary>
    static Ok<OrgNode> Org(ClaimsPrincipal user, IPackageProvider packages, string? scope = null)
    {
        var editor = user.Editor();
        var city = packages.Current.City!;
        var rootCode = editor.IsCityAdmin ? scope ?? city.City.Code : editor.County!;
        var org = city.Org;
        var children = org.Units.Where(u => u.ParentCode is not null).ToLookup(u => u.ParentCode!, StringComparer.Ordinal);
        var departments = city.Departments.ToLookup(d => d.UnitCode, StringComparer.Ordinal);
        OrgNode Node(OrgUnit u) => new(u.Code, u.Name, OrgLevels.Code(u.Level),
            departments[u.Code].Select(d => new OrgDepartment(d.Code, d.Name, d.Function)).ToList(),
            children[u.Code].OrderBy(c => c.Code, StringComparer.Ordinal).Select(Node).ToList());
        return TypedResults.Ok(Node(org.Find(rootCode) ?? org.Root!));
    }

    static string UnitOf(DefinitionSet set, string username) => set.Definitions!.AllUsers().FirstOrDefault(u => u.Username == username)?.Unit ?? "";

    static bool Visible(PackageEditor editor, EffectivePackage city, string unit) =>
        editor.IsCityAdmin || (editor.County is { } county && city.Org.Find(unit) is { } u && city.Org.IsWithin(u, county));

    static ProblemHttpResult? Refusal(PackageEditor editor, string username, DefinitionSet set)
    {
        var defined = set.Definitions!.AllUsers().FirstOrDefault(u => u.Username == username);
        if (defined is null) return Problem(404, "ADMIN-USER-UNKNOWN", username);
        return Visible(editor, set.City!, defined.Unit) ? null : Problem(403, "ADMIN-USER-FORBIDDEN", username, editor.County);
    }

    static string? Scope(DefinitionSet set, string username) =>
        set.Definitions!.AllUsers().FirstOrDefault(u => u.Username == username) is { } u && set.City!.Org.Find(u.Unit) is { } unit
            ? set.City.Org.AncestorAt(unit, OrgLevel.County)?.Code ?? set.City.City.Code : null;

    static ProblemHttpResult Problem(int status, string code, params object?[] args) => TypedResults.Problem(title: code, detail: Text.Format(code, args),
        statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code, ["field"] = "username" });
}
