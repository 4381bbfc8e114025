using Governance.Core.Cases.Services;
using Governance.Core.Input;
using Microsoft.AspNetCore.Http.Features;

namespace Governance.Server.Security;

/// <summary>
/// Caps the size of a request body before anything reads it: JSON at <see cref="InputLimits.MaxJsonBodyBytes"/>,
/// uploads (multipart) at the attachment limit and a little for the form around it. Larger bodies get a 413.
/// </summary>
public sealed class RequestLimits(RequestDelegate next)
{
    const long UploadOverhead = 64 * 1024;

    public Task InvokeAsync(HttpContext http)
    {
        var multipart = http.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true;
        var max = multipart ? CaseService.MaxAttachmentBytes + UploadOverhead : InputLimits.MaxJsonBodyBytes;
        if (http.Request.ContentLength > max)
            return Refusals.Problem(413, "INPUT-BODY-LARGE", null, max / 1024).ExecuteAsync(http);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = max;
        return next(http);
    }
}
