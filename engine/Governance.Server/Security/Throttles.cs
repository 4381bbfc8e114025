using Governance.Core.Cases.Model;
using Governance.Core.Security;
using Governance.Server.Hosting;

namespace Governance.Server.Security;

/// <summary>
/// Public submissions (report, rate, upload) from one client address: at most the configured number a minute,
/// counted in the database so every server shares the count. Signed-in staff are accountable by their login and pass.
/// </summary>
public sealed class PublicSubmissionLimit(Throttle throttle, GovernanceOptions options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true
            && await throttle.HitAsync(SecurityOptions.Public(options.PublicRequestsPerMinute), Refusals.Address(http), http.RequestAborted) is { } wait)
            return Refusals.TooMany(http, "THROTTLE-PUBLIC", wait, options.PublicRequestsPerMinute);
        return await next(context);
    }
}

/// <summary>
/// The public pages find a case by its number and the reporter's phone. Guessing the phone is limited twice: per case
/// number (a few wrong phones close the number to lookups for a while) and per client address (every lookup counts).
/// </summary>
public sealed class PhoneLookupLimit(Throttle throttle, SecurityOptions options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var number = http.Request.RouteValues["number"]?.ToString() ?? "";
        var ct = http.RequestAborted;
        if (await throttle.WaitAsync(options.TrackingNumber, number, ct) is { } closed)
            return Refusals.TooMany(http, "THROTTLE-TRACK-NUMBER", closed);
        if (await throttle.HitAsync(options.TrackingAddress, Refusals.Address(http), ct) is { } busy)
            return Refusals.TooMany(http, "THROTTLE-TRACK-ADDRESS", busy);
        try
        {
            return await next(context);
        }
        catch (CaseException e) when (e.Code == "CASE-NOT-FOUND")
        {
            await throttle.HitAsync(options.TrackingNumber, number, ct); // a wrong phone (or number)
            throw;
        }
    }
}
