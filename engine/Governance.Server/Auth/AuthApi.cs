using System.Security.Claims;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.Packages;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Server.Auth;

/// <summary>Sign-in with a cookie (the browser) or a bearer token (API clients).</summary>
public static class AuthApi
{
    public sealed record LoginRequest(string Username, string Password, bool UseCookies = true);

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
        api.MapPost("/logout", (Delegate)Logout);
        api.MapGet("/me", Me).RequireAuthorization();
    }

    static async Task<Results<SignInHttpResult, Ok<UserView>, ProblemHttpResult>> Login(LoginRequest request, UserStore users, IPackageProvider packages,
        HttpContext http, ILogger<LoginRequest> log)
    {
        var set = packages.Current;
        var actor = await users.VerifyAsync(request.Username ?? "", request.Password ?? "", set, http.RequestAborted);
        if (actor is null)
        {
            log.LogWarning("login refused for {User} from {Ip}", request.Username, http.Connection.RemoteIpAddress);
            return TypedResults.Problem(title: "AUTH-FAILED", detail: Text.Format("AUTH-FAILED"), statusCode: 401);
        }
        log.LogInformation("login {User}", actor.Username);
        var principal = Principal(actor, request.UseCookies ? CookieAuthenticationDefaults.AuthenticationScheme : BearerTokenDefaults.AuthenticationScheme);
        if (!request.UseCookies) return TypedResults.SignIn(principal, authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.Ok(View(actor, set));
    }

    static async Task<NoContent> Logout(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    static Ok<UserView> Me(ClaimsPrincipal user, IPackageProvider packages) => TypedResults.Ok(View(user.ToActor(), packages.Current));

    static ClaimsPrincipal Principal(Actor a, string scheme) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, a.Username), new Claim(ClaimTypes.Name, a.Name),
        new Claim(ClaimTypes.Role, RoleDefinition.CodeOf(a.Role)), new Claim("unit", a.UnitCode),
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
        return new UserPermissions(Inbox: true, Search: true, Urge: center, CalendarWarning: center,
            Admin: role is Role.CityAdmin or Role.CountyAdmin, StartTab: overseer ? "search" : "inbox", Alerts: center);
    }
}
