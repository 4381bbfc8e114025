namespace Governance.Server.Hosting;

/// <summary>
/// The Content-Security-Policy sent with every response. Scripts come only from the app's own files: no inline
/// script and no eval (form expressions are interpreted, never run as code), so text an administrator or a
/// citizen managed to slip into a page cannot run. Styles allow 'unsafe-inline' because antd writes its
/// CSS-in-JS into style elements at run time; a style cannot run code, and React escapes what it renders.
/// Images may be data: and blob: URLs (signatures, photo previews before upload).
/// </summary>
public static class ContentSecurityPolicy
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseContentSecurityPolicy(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = Policy;
            return next(context);
        });
}
