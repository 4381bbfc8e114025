namespace Governance.Server.Security;

/// <summary>
/// Headers on every answer: no content-type sniffing (a stored file is served as what it was checked to be, never
/// guessed into HTML), no framing, no referrer to other sites, and the content security policy
/// (<see cref="Hosting.ContentSecurityPolicy"/>, the one place it is written).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, Hosting.GovernanceOptions options)
{
    // The site's policy, with the map's tile server allowed for images when an install sets one.
    readonly string policy = Hosting.ContentSecurityPolicy.With(options.MapTiles);

    // A stored upload is a download, never a page of this site: nothing in it may run, even opened on its own.
    const string UploadPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var h = http.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h.ContentSecurityPolicy = IsUpload(http.Request.Path) ? UploadPolicy : policy;
            return Task.CompletedTask;
        });
        return next(http);
    }

    static bool IsUpload(PathString path) =>
        path.StartsWithSegments("/api") && path.Value?.Contains("/attachments/", StringComparison.Ordinal) == true;
}
