using Governance.Core.Cases.Model;
using Governance.Core.Input;
using Governance.Core.Integrations;
using Governance.Core.Messages;
using Governance.Server.Integrations;

namespace Governance.Server.Open311;

/// <summary>A refusal in the specification's terms: an HTTP status and our message.</summary>
public sealed class Open311Exception(int status, string code, params object?[] args) : Exception(Text.Format(code, args))
{
    public int Status { get; } = status;
    public string Code { get; } = code;
}

/// <summary>
/// Errors as the specification writes them: the status, and a list of <c>{code, description}</c> (code = the HTTP
/// status) in the format the client asked for. Refusals from the case service (an unknown item, a point outside the
/// city, a form field wrong) come out the same way, in Chinese, naming the field.
/// </summary>
public sealed class Open311Problems : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var format = http.Request.RouteValues["format"] as string is "xml" ? "xml" : "json";
        try
        {
            return await next(context);
        }
        catch (Open311Exception e)
        {
            return Errors(format, e.Status, e.Message);
        }
        catch (CaseException e)
        {
            var detail = e.Errors.Count > 0 ? string.Join("；", e.Errors.Select(x => $"{x.Path}：{x.Message}")) : e.Message;
            return Errors(format, e.Status is >= 400 and < 500 ? e.Status : 400, e.Field is { } f ? $"{f}：{detail}" : detail);
        }
        catch (InputException e)
        {
            return Errors(format, 400, e.Message);
        }
    }

    public static IResult Errors(string format, int status, string description) =>
        new Open311Document("errors", new Open311List("error", [new Open311Record().Add("code", status).Add("description", description)])).Result(format, status);

    /// <summary>The format of a path (<c>services.json</c>); anything but json or xml is refused.</summary>
    public static string Format(string format) =>
        Open311Document.IsFormat(format) ? format : throw new Open311Exception(400, "OPEN311-FORMAT", format.Length > 10 ? format[..10] : format);

    /// <summary>The client of an <c>api_key</c> with the open311 scope, or the refusal.</summary>
    public static async Task<ApiClient> ClientAsync(ApiClientGate gate, HttpContext http, string? key, string what)
    {
        var check = await gate.CheckAsync(http, key, ApiScopes.Open311, what);
        if (check.Client is { } client) return client;
        if (check.RetryAfter is { } wait) http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString();
        throw new Open311Exception(check.Status, check.Code!, check.Args);
    }
}
