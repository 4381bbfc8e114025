using Governance.Core.Command;

namespace Governance.Server.Command;

/// <summary>Turns a refused command-center request into an RFC 7807 problem with its code and the parameter it is about.</summary>
public sealed class CommandProblems : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (CommandException e)
        {
            return TypedResults.Problem(title: e.Code, detail: e.Message, statusCode: e.Status,
                extensions: new Dictionary<string, object?> { ["code"] = e.Code, ["field"] = e.Field });
        }
    }
}
