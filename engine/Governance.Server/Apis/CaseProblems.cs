using Governance.Core.Cases.Model;

namespace Governance.Server.Apis;

/// <summary>Turns a refused case request into an RFC 7807 problem with its code and the field it is about.</summary>
public sealed class CaseProblems : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (CaseException e)
        {
            return Problem(e);
        }
        catch (Governance.Core.Input.InputException e)
        {
            return Security.Refusals.Said(400, e.Code, e.Field, e.Message);
        }
    }

    public static IResult Problem(CaseException e) => TypedResults.Problem(title: e.Code, detail: e.Message, statusCode: e.Status,
        extensions: new Dictionary<string, object?>
        {
            ["code"] = e.Code, ["field"] = e.Field,
            ["errors"] = e.Errors.Count == 0 ? null : e.Errors.Select(x => new { path = x.Path, code = x.Code, message = x.Message }).ToList(),
        });
}
