using Governance.Core.Audit;
using Governance.Core.Security;
using Governance.Storage;
using Governance.Storage.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Governance.Server.Security;

/// <summary>
/// Wiring of the security layer: the shared state (throttles, sessions, audit log, key ring) in the database every
/// server uses, the problems for refused input, and the middleware: headers and body limits first, the session check
/// right after authentication.
/// </summary>
public static class SecurityServices
{
    public static void AddGovernanceSecurity(this WebApplicationBuilder builder, StorageOptions storage)
    {
        var options = builder.Configuration.GetSection("Governance:Security").Get<SecurityOptions>() ?? new SecurityOptions();
        var s = builder.Services;
        s.AddSingleton(options);
        s.AddSingleton<IThrottleStore>(new EfThrottleStore(storage));
        s.AddSingleton<ISessionStore>(new EfSessionStore(storage));
        s.AddSingleton<IAuditTrail>(new EfAuditTrail(storage));
        s.AddSingleton(sp => new Throttle(sp.GetRequiredService<IThrottleStore>(), sp.GetRequiredService<TimeProvider>()));
        // Sessions live in wall-clock time, like the cookies and tokens that carry them (tests move the domain clock by days).
        s.AddSingleton(sp => new SessionGuard(sp.GetRequiredService<ISessionStore>(), options, TimeProvider.System));
        s.AddSingleton<RequestAudit>();
        s.AddSingleton<Auth.IUserSessions, SessionRevocation>();
        s.AddSingleton<PublicSubmissionLimit>();
        s.AddSingleton<PhoneLookupLimit>();
        s.AddExceptionHandler<RequestProblems>();
        // The framework's binding failures become exceptions the handler above turns into Chinese problems.
        s.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        s.AddDataProtection().SetApplicationName("governance");
        s.AddSingleton<IConfigureOptions<KeyManagementOptions>>(new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseKeyRing(storage)));
    }

    /// <summary>Before authentication: security headers on every answer and the body size limits.</summary>
    public static void UseSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<RequestLimits>();
    }

    /// <summary>After authentication: a sign-in whose session has ended counts for nothing.</summary>
    public static void UseSessionCheck(this WebApplication app) => app.UseMiddleware<SessionCheck>();

    /// <summary>The group every API is mapped on: each request's text fields are checked against the input limits.</summary>
    public static RouteGroupBuilder MapApis(this WebApplication app)
    {
        var api = app.MapGroup("");
        api.AddEndpointFilterFactory(InputLimitFilter.Factory).WithMetadata(InputLimitFilter.Applied.Instance);
        return api;
    }
}

/// <summary>
/// Ends a user's sessions on every server: the change that calls this (disabling, a password reset) gave the user a new
/// security stamp, so each session issued under the old one fails its next check; the local cache forgets it at once.
/// </summary>
public sealed class SessionRevocation(SessionGuard guard) : Auth.IUserSessions
{
    public Task EndSessionsAsync(string username, CancellationToken ct)
    {
        guard.Forget(username);
        return Task.CompletedTask;
    }
}
