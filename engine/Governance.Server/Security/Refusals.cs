using System.Globalization;
using Governance.Core.Messages;

namespace Governance.Server.Security;

/// <summary>The problems the security layer answers with, in Chinese, each with its code and the field it is about.</summary>
public static class Refusals
{
    /// <summary>429 with Retry-After (whole seconds, rounded up) and the wait in the text.</summary>
    public static IResult TooMany(HttpContext http, string code, TimeSpan wait, params object?[] args)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problem(429, code, null, [.. args, seconds]);
    }

    public static IResult Problem(int status, string code, string? field, params object?[] args) => Said(status, code, field, Text.Format(code, args));

    /// <summary>The same problem as a typed result, for handlers that declare what they answer.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Typed(int status, string code, string? field, params object?[] args) =>
        Said(status, code, field, Text.Format(code, args));

    /// <summary>A problem whose text was already made (an exception's message from the catalog).</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Said(int status, string code, string? field, string detail) =>
        TypedResults.Problem(title: code, detail: detail, statusCode: status,
            extensions: new Dictionary<string, object?> { ["code"] = code, ["field"] = field });

    /// <summary>The client address as this server sees it (behind a proxy, configure forwarded headers so it is the client's).</summary>
    public static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
