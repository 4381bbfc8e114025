namespace Governance.Server.Hosting;

/// <summary>
/// The Content-Security-Policy sent with every response. Scripts come only from the app's own files: no inline
/// script and no eval (form expressions are interpreted, never run as code), so text an administrator or a
/// citizen managed to slip into a page cannot run. Styles allow 'unsafe-inline' because antd writes its
/// CSS-in-JS into style elements at run time; a style cannot run code, and React escapes what it renders.
/// Images may be data: and blob: URLs (signatures, photo previews before upload), and the map's tile server
/// when an install sets one (<see cref="GovernanceOptions.MapTiles"/>). Sent by
/// <see cref="Security.SecurityHeaders"/> with the other headers every answer carries.
/// </summary>
public static class ContentSecurityPolicy
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The policy with the tile server's origin allowed for images ("https://*.tianditu.gov.cn" for a {s} template).</summary>
    public static string With(string? tiles)
    {
        if (string.IsNullOrWhiteSpace(tiles)) return Policy;
        var url = tiles.Replace("{s}", "subdomain", StringComparison.Ordinal).Replace("{z}", "0").Replace("{x}", "0").Replace("{y}", "0");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")) return Policy;
        var host = tiles.Contains("{s}", StringComparison.Ordinal) ? "*" + uri.Host[uri.Host.IndexOf('.')..] : uri.Host;
        return Policy.Replace("img-src 'self' data: blob:", $"img-src 'self' data: blob: {uri.Scheme}://{host}", StringComparison.Ordinal);
    }
}
