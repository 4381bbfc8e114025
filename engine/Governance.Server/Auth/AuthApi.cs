using System.Security.Claims;
using Governance.Core.Audit;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.Packages;
using Governance.Core.Security;
using Governance.Server.Hosting;
using Governance.Server.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Auth;

/// <summary>
/// Sign-in with a cookie (the browser) or a bearer token (API clients), each a session the server can end; sign-out;
/// a user's own password change. Failed sign-ins are throttled per account and per address, and audited.
/// </summary>
public static class AuthApi
{
    public sealed record LoginRequest(string Username, string Password, bool UseCookies = true);

    public sealed record PasswordRequest(string CurrentPassword, string NewPassword);

    /// <summary>The signed-in user, with what the browser offers them (the server refuses the rest anyway).</summary>
    public sealed record UserView(string Username, string Name, string Role, string RoleName, string Unit, string UnitName, string? Department,
        string? DepartmentName, UserPermissions Permissions);

    /// <summary>
    /// What the workspace shows this user: the inbox (roles that get tasks), the case search, 督办, the calendar warning
    /// banner (staff who can act on it), the admin console, which tab opens first, and the center's early-warning alerts.
    /// </summary>
    public sealed record UserPermissions(bool Inbox, bool Search, bool Urge, bool CalendarWarning, bool Admin, string StartTab, bool Alerts);

    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Auth");
        api.MapPost("/login", Login).AllowAnonymous();
        api.MapPost("/logout", Logout).AllowAnonymous();
        api.MapGet("/me", Me).RequireAuthorization();
        api.MapPost("/password", ChangePassword).RequireAuthorization();
    }

    static async Task<IResult> Login(LoginRequest request, UserStore users, IPackageProvider packages, Throttle throttle, SecurityOptions options, SessionGuard sessions,
        RequestAudit audit, HttpContext http, ILogger<LoginRequest> log)
    {
        var username = request.Username ?? "";
        var address = Refusals.Address(http);
        var ct = http.RequestAborted;
        // Locked or not, known or not, the same checks in the same order: nothing tells whether the account exists.
        if (await throttle.WaitAsync(options.LoginAccount, username, ct) is { } locked)
        {
            await audit.WriteAsync(http, null, AuditKinds.LoginLocked, username, null, null, attemptedUser: username);
            return Refusals.TooMany(http, "THROTTLE-LOGIN-ACCOUNT", locked);
        }
        if (await throttle.WaitAsync(options.LoginAddress, address, ct) is { } busy)
        {
            await audit.WriteAsync(http, null, AuditKinds.LoginLocked, username, address, null, attemptedUser: username);
            return Refusals.TooMany(http, "THROTTLE-LOGIN-ADDRESS", busy);
        }
        var set = packages.Current;
        var user = await users.VerifyAsync(username, request.Password ?? "", set, ct);
        if (user is null)
        {
            await throttle.HitAsync(options.LoginAccount, username, ct);
            await throttle.HitAsync(options.LoginAddress, address, ct);
            log.LogWarning("login refused for {User} from {Ip}", username, address);
            await audit.WriteAsync(http, null, AuditKinds.LoginFailed, username, null, null, attemptedUser: username);
            return Refusals.Problem(401, "AUTH-FAILED", null);
        }
        await throttle.ResetAsync(options.LoginAccount, username, ct);
        var actor = user.Actor;
        var session = await sessions.StartAsync(actor.Username, user.Stamp, address, ct);
        await audit.WriteAsync(http, actor, AuditKinds.Login, actor.Username, request.UseCookies ? "cookie" : "bearer", audit.CountyOf(actor.UnitCode));
        log.LogInformation("login {User}", actor.Username);
        var scheme = request.UseCookies ? CookieAuthenticationDefaults.AuthenticationScheme : BearerTokenDefaults.AuthenticationScheme;
        var principal = Principal(actor, session, scheme);
        if (!request.UseCookies) return TypedResults.SignIn(principal, authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.Ok(View(actor, set));
    }

    /// <summary>Ends the caller's session on every server, whether it came as a cookie or a bearer token.</summary>
    static async Task<NoContent> Logout(HttpContext http, SessionGuard sessions, RequestAudit audit)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            await sessions.EndAsync(http.User, http.RequestAborted);
            var actor = http.User.ToActor();
            await audit.WriteAsync(http, actor, AuditKinds.Logout, actor.Username, null, audit.CountyOf(actor.UnitCode));
        }
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    static Ok<UserView> Me(ClaimsPrincipal user, IPackageProvider packages) => TypedResults.Ok(View(user.ToActor(), packages.Current));

    /// <summary>The signed-in user's new password: the current one is asked again; every session of the user ends, this one too.</summary>
    static async Task<IResult> ChangePassword(PasswordRequest request, ClaimsPrincipal user, UserStore users, SessionGuard sessions, RequestAudit audit,
        HttpContext http)
    {
        var actor = user.ToActor();
        if (!PasswordPolicy.IsStrong(request.NewPassword))
            return Refusals.Problem(400, "AUTH-PASSWORD-WEAK", "newPassword", PasswordPolicy.MinLength);
        if (!await users.ChangePasswordAsync(actor.Username, request.CurrentPassword ?? "", request.NewPassword, http.RequestAborted))
            return Refusals.Problem(400, "AUTH-PASSWORD-WRONG", "currentPassword");
        sessions.Forget(actor.Username);
        await audit.WriteAsync(http, actor, AuditKinds.Password, actor.Username, null, audit.CountyOf(actor.UnitCode));
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    static ClaimsPrincipal Principal(Actor a, string session, string scheme) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, a.Username), new Claim(ClaimTypes.Name, a.Name),
        new Claim(ClaimTypes.Role, RoleDefinition.CodeOf(a.Role)), new Claim("unit", a.UnitCode), new Claim(SessionGuard.SessionClaim, session),
        .. a.DepartmentCode is null ? Array.Empty<Claim>() : [new Claim("department", a.DepartmentCode)],
    ], scheme));

    /// <summary>The actor a request's principal stands for.</summary>
    public static Actor ToActor(this ClaimsPrincipal p) => new(
        p.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("not signed in"),
        p.FindFirstValue(ClaimTypes.Name) ?? "", RoleDefinition.Parse(p.FindFirstValue(ClaimTypes.Role) ?? "") ?? Role.GridWorker,
        p.FindFirstValue("unit") ?? "", p.FindFirstValue("department"));

    static UserView View(Actor a, DefinitionSet set)
    {
        var city = set.City!;
        return new UserView(a.Username, a.Name, RoleDefinition.CodeOf(a.Role), city.Roles.FirstOrDefault(r => r.Role == a.Role)?.Name ?? "",
            a.UnitCode, city.Org.Find(a.UnitCode)?.Name ?? a.UnitCode, a.DepartmentCode,
            a.DepartmentCode is null ? null : city.Departments.FirstOrDefault(d => d.Code == a.DepartmentCode)?.Name, PermissionsOf(a.Role));
    }

    static UserPermissions PermissionsOf(Role role)
    {
        var center = role is Role.CityAdmin or Role.CountyAdmin or Role.Operator or Role.Supervisor;
        var overseer = role is Role.CityAdmin or Role.CountyAdmin or Role.Supervisor;
        // The calendar running out is the administrators' to fix (they enter the next year's holidays), so only they are told.
        return new UserPermissions(Inbox: true, Search: true, Urge: center, CalendarWarning: role is Role.CityAdmin or Role.CountyAdmin,
            Admin: role is Role.CityAdmin or Role.CountyAdmin, StartTab: overseer ? "search" : "inbox", Alerts: center);
    }
}

/// <summary>What a new password must be: long enough, with letters and digits.</summary>
public static class PasswordPolicy
{
    public const int MinLength = 8;

    public static bool IsStrong(string? p) => p is { Length: >= MinLength } && p.Any(char.IsAsciiLetter) && p.Any(char.IsAsciiDigit);
}
