using Governance.Core.Cases.Services;
using Governance.Core.Input;
using Microsoft.AspNetCore.Http.Features;

namespace Governance.Server.Security;

/// <summary>
/// Caps the size of a request body before anything reads it: JSON (and a body that names no type) at
/// <see cref="InputLimits.MaxJsonBodyBytes"/>; uploads (multipart, or a file as the body: an offline report sheet) at the
/// attachment limit and a little for the form around it. Larger bodies get a 413.
/// </summary>
public sealed class RequestLimits(RequestDelegate next)
{
    const long UploadOverhead = 64 * 1024;

    public Task InvokeAsync(HttpContext http)
    {
        var type = http.Request.ContentType ?? "";
        var json = type.Length == 0 || type.Contains("json", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
        var max = json ? InputLimits.MaxJsonBodyBytes : CaseService.MaxAttachmentBytes + UploadOverhead;
        if (http.Request.ContentLength > max)
            return Refusals.Problem(413, "INPUT-BODY-LARGE", null, max / 1024).ExecuteAsync(http);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = max;
        return next(http);
    }
}
