using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Server.Security;

/// <summary>
/// Runs after authentication on every request: a cookie or bearer token whose session has ended (logout, disabled
/// user, new password, changed role or scope) counts as no sign-in at all. An endpoint that needs one answers 401
/// saying the sign-in has ended; an anonymous one serves the caller as anonymous.
/// </summary>
public sealed class SessionCheck(RequestDelegate next, SessionGuard guard)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true && !await guard.IsLiveAsync(http.User, http.RequestAborted))
        {
            if (http.Request.Cookies.ContainsKey(CookieName)) await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            http.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
            var endpoint = http.GetEndpoint();
            var needsSignIn = endpoint?.Metadata.GetMetadata<IAuthorizeData>() is not null && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;
            if (needsSignIn)
            {
                await Refusals.Problem(401, "AUTH-SESSION-ENDED", null).ExecuteAsync(http);
                return;
            }
        }
        await next(http);
    }

    public const string CookieName = "governance";
}
