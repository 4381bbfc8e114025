namespace Governance.Server.Security;

/// <summary>
/// The browser app's Content-Security-Policy, in one place: scripts, styles, images and requests from this server
/// only; no plug-ins, frames or foreign form targets. Styles may be inline (antd writes its CSS-in-JS into style
/// elements); images may be data: and blob: URLs (the signature pad and photo previews). 'unsafe-eval' stays only
/// while <see cref="SecurityOptions.AllowEval"/> is set: the form evaluator still turns expressions into functions.
/// </summary>
public static class ContentSecurityPolicy
{
    public static string For(SecurityOptions options) => string.Join("; ",
        "default-src 'self'",
        "script-src 'self'" + (options.AllowEval ? " 'unsafe-eval'" : ""),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");
}

/// <summary>
/// Headers on every answer: no content-type sniffing (a stored file is served as what it was checked to be, never
/// guessed into HTML), no framing, no referrer to other sites, and the content security policy.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, SecurityOptions options)
{
    readonly string policy = ContentSecurityPolicy.For(options);

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var h = http.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h.ContentSecurityPolicy = policy;
            // A stored upload is a download, never a page of this site.
            if (http.Request.Path.StartsWithSegments("/api") && http.Request.Path.Value?.Contains("/attachments/", StringComparison.Ordinal) == true)
                h.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
            return Task.CompletedTask;
        });
        return next(http);
    }
}
