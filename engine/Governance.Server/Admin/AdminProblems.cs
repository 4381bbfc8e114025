using Governance.Core.Definitions.Validation;
using Governance.Core.Packages.Admin;

namespace Governance.Server.Admin;

/// <summary>One problem of a package as the admin console lists it (and links to its element): document, JSON path, code, message.</summary>
public sealed record ProblemView(string File, string Path, string Code, string Message, string Severity, string Text)
{
    public static ProblemView Of(DefinitionError e) => new(e.File, e.Path, e.Code, e.Message, e.Severity == Core.Definitions.Validation.Severity.Error ? "error" : "warning", e.ToString());

    public static IReadOnlyList<ProblemView> Of(IEnumerable<DefinitionError> errors) => errors.Select(Of).ToList();
}

/// <summary>Turns a refused package request into an RFC 7807 problem with its code and the field it is about.</summary>
public sealed class AdminProblems : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (PackageAdminException e)
        {
            return TypedResults.Problem(title: e.Code, detail: e.Message, statusCode: e.Status,
                extensions: new Dictionary<string, object?> { ["code"] = e.Code, ["field"] = e.Field });
        }
    }

    /// <summary>A publish refused: 422 with every problem, each also as the line `path:jsonpath: CODE message`.</summary>
    public static IResult Refused(IReadOnlyList<DefinitionError> problems)
    {
        var errors = problems.Where(p => p.Severity == Core.Definitions.Validation.Severity.Error).ToList();
        return TypedResults.Problem(title: "PKG-INVALID", statusCode: 422,
            detail: string.Join("\n", errors.Select(e => e.ToString())),
            extensions: new Dictionary<string, object?> { ["code"] = "PKG-INVALID", ["errors"] = ProblemView.Of(problems) });
    }
}
