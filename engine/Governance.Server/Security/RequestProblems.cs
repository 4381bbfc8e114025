using System.Text.Json;
using System.Text.RegularExpressions;
using Governance.Core.Cases.Model;
using Governance.Core.Input;
using Microsoft.AspNetCore.Diagnostics;

namespace Governance.Server.Security;

/// <summary>
/// The framework's own refusals as our problems: a body that is not JSON or has a value of the wrong type, a query
/// parameter that does not parse, a missing one — each a 400 in Chinese naming the field, never an empty answer or a
/// 500. Refused input from deeper down (<see cref="InputException"/>, <see cref="CaseException"/>) is answered the same way.
/// </summary>
public sealed partial class RequestProblems(ILogger<RequestProblems> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var result = exception switch
        {
            InputException e => Refusals.Said(400, e.Code, e.Field, e.Message),
            CaseException e => Apis.CaseProblems.Problem(e),
            BadHttpRequestException { InnerException: JsonException json } => Json(json),
            JsonException json => Json(json),
            BadHttpRequestException e when e.StatusCode == StatusCodes.Status413PayloadTooLarge =>
                Refusals.Problem(413, "INPUT-BODY-LARGE", null, InputLimits.MaxJsonBodyBytes / 1024),
            BadHttpRequestException e => Parameter(e),
            _ => null,
        };
        if (result is null) return false;
        if (exception is BadHttpRequestException or JsonException) log.LogInformation("bad request {Path}: {Message}", http.Request.Path, exception.Message);
        await result.ExecuteAsync(http);
        return true;
    }

    static IResult Json(JsonException e)
    {
        var field = e.Path is { Length: > 0 } path ? path.TrimStart('$').TrimStart('.') : "";
        return field.Length == 0
            ? Refusals.Problem(400, "INPUT-JSON", null, e.LineNumber is { } line ? $"{line + 1}:{(e.BytePositionInLine ?? 0) + 1}" : "?")
            : Refusals.Problem(400, "INPUT-JSON-FIELD", field, field);
    }

    static IResult Parameter(BadHttpRequestException e)
    {
        // The framework names the parameter in its (English) message: Failed to bind parameter "int page" from "x".
        var name = ParameterName().Match(e.Message) is { Success: true } m ? m.Groups["name"].Value : null;
        var status = e.StatusCode is >= 400 and < 500 ? e.StatusCode : 400;
        return name is null
            ? Refusals.Problem(status, "INPUT-BODY", null, status == 415 ? "Content-Type" : e.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : Refusals.Problem(status, "INPUT-PARAMETER", name, name);
    }

    [GeneratedRegex("parameter \"(?:[^\"\\s]+ )?(?<name>[^\"\\s]+)\"")]
    private static partial Regex ParameterName();
}
