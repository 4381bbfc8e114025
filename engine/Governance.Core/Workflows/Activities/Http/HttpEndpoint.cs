using System.Text.Json.Nodes;
using Governance.Core.Messages;
using Governance.Core.Workflows.Http;
using Governance.Core.Workflows.Model;
using Governance.Core.Workflows.Validation;
using Governance.Core.Workflows.Runtime;
using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities.Http;

/// <summary>
/// Waits for an inbound HTTP request on a path and methods (Elsa's HTTP Endpoint). As the start of a published flow
/// it is a trigger: the server routes <c>/workflows/{path}</c> to it and starts an instance. Inside a flow it waits
/// on a bookmark until a request on its path arrives. Either way the request's parsed body, route values, query and
/// headers become its outputs.
/// </summary>
[Activity(TypeName, Category = "HTTP", DisplayName = "HTTP 端点", Description = "等待指定路径和方法的 HTTP 请求；作为流程起点时，请求到达即启动新实例。",
    Trigger = true, Ports = ["Done", "Request too large"])]
[ActivityInput("path", "String", DisplayName = "路径", Required = true, Description = "相对于 /workflows 的路径，可含路由参数，如 tickets/{id}")]
[ActivityInput("supportedMethods", "String[]", DisplayName = "方法", Options = ["GET", "POST", "PUT", "HEAD", "DELETE"])]
[ActivityInput("authorize", "Boolean", DisplayName = "仅限已登录用户")]
[ActivityInput("policy", "String", DisplayName = "角色", Description = "只允许具有该角色的用户（需同时勾选仅限已登录用户）")]
[ActivityInput("requestSizeLimit", "Int64", DisplayName = "请求大小上限（字节）")]
[ActivityOutput("parsedContent", "Object", Description = "解析后的请求内容（JSON、表单或文本）")]
[ActivityOutput("routeData", "Object")]
[ActivityOutput("queryStringData", "Object")]
[ActivityOutput("headers", "Object")]
[ActivityOutput("result", "Object", Description = "请求本身：方法、路径、查询、请求头与内容")]
public sealed class HttpEndpoint : IResumableActivity, IValidatingActivity
{
    public const string TypeName = "Elsa.HttpEndpoint";

    /// <summary>The route is indexed when the flow is published, so path and methods must be constants.</summary>
    public IEnumerable<ValidationError> Validate(ActivityNode activity, string path)
    {
        foreach (var input in new[] { "path", "supportedMethods" })
            if (activity.Properties[input]?["expression"] is JsonObject e
                && CompiledExpression.Compile(e["type"]?.ToString() ?? "Literal", e["value"]) is { IsConstant: false, Error: null })
                yield return new ValidationError("WF-HTTP-PATH-CONSTANT", $"{path}.{input}", Text.Format("WF-HTTP-PATH-CONSTANT", activity.Name ?? activity.Id));
    }

    public ValueTask ExecuteAsync(IActivityContext context)
    {
        if (context.IsTrigger && context is ActivityContext { Http: { } exchange })
        {
            Receive(context, exchange);
            return default;
        }
        var route = Route(((ActivityContext)context).Node) ?? new EndpointRoute("/", ["GET"]);
        var security = Security(((ActivityContext)context).Node);
        context.CreateBookmark(new BookmarkRequest(TypeName, route.Path, null, new JsonObject
        {
            ["methods"] = new JsonArray(route.Methods.Select(m => (JsonNode?)m).ToArray()),
            ["authorize"] = security.Authorize,
            ["policy"] = security.Policy,
        }));
        return default;
    }

    public ValueTask ResumeAsync(IActivityContext context, BookmarkInfo bookmark)
    {
        if (context is ActivityContext { Http: { } exchange }) Receive(context, exchange);
        else context.Complete(); // resumed by hand, without a request: continue as Elsa's cross-boundary resume does
        return default;
    }

    static void Receive(IActivityContext context, HttpExchange exchange)
    {
        var request = exchange.Request;
        var query = Object(request.Query);
        var headers = Object(request.Headers);
        var route = new JsonObject();
        foreach (var (k, v) in exchange.RouteValues) route[k] = v;
        context.SetOutput("routeData", route);
        context.SetOutput("queryStringData", query);
        context.SetOutput("headers", headers);
        context.SetOutput("parsedContent", request.ParsedContent?.DeepClone());
        context.SetOutput("result", new JsonObject
        {
            ["method"] = request.Method, ["path"] = request.Path, ["query"] = query.DeepClone(), ["headers"] = headers.DeepClone(),
            ["contentType"] = request.ContentType, ["body"] = request.ParsedContent?.DeepClone(),
        });
        var limit = context.GetInput<long?>("requestSizeLimit");
        context.Complete(limit is { } max && request.ContentLength > max ? "Request too large" : "Done");
    }

    // Query values and headers as Elsa gives them: one value as a string, several as an array.
    static JsonObject Object(IReadOnlyDictionary<string, string[]> values)
    {
        var o = new JsonObject();
        foreach (var (k, v) in values) o[k] = v.Length == 1 ? JsonValue.Create(v[0]) : new JsonArray(v.Select(x => (JsonNode?)x).ToArray());
        return o;
    }

    /// <summary>The path and methods of an endpoint when both are written as constants (what publishing indexes); null otherwise.</summary>
    public static EndpointRoute? Route(CompiledNode node)
    {
        if (!node.Inputs.TryGetValue("path", out var path) || !path.IsConstant || string.IsNullOrWhiteSpace(path.ConstantText)) return null;
        string[] methods = ["GET"];
        if (node.Inputs.TryGetValue("supportedMethods", out var m))
        {
            if (!m.IsConstant) return null;
            if (m.Constant is not null) methods = ValueConverter.Convert<string[]>(m.Constant) ?? methods;
        }
        return new EndpointRoute(RouteTemplate.Normalize(path.ConstantText!), methods.Select(x => x.Trim().ToUpperInvariant()).Where(x => x.Length > 0).Distinct().ToArray());
    }

    /// <summary>Who may call the endpoint and how large a request may be, from its constant inputs.</summary>
    public static EndpointSecurity Security(CompiledNode node) => new(
        node.Inputs.TryGetValue("authorize", out var a) && a.IsConstant && ValueConverter.IsTruthy(a.Constant),
        node.Inputs.TryGetValue("policy", out var p) && p.IsConstant ? p.ConstantText : null,
        node.Inputs.TryGetValue("requestSizeLimit", out var s) && s.IsConstant && s.Constant is not null ? ValueConverter.Convert<long?>(s.Constant) : null,
        node.Node.Properties["exposeRequestTooLargeOutcome"] is JsonValue e && e.TryGetValue<bool>(out var expose) && expose);

    /// <summary>True when a waiting endpoint's bookmark accepts the method.</summary>
    public static bool Accepts(BookmarkInfo bookmark, string method) =>
        bookmark.Payload?["methods"] is not JsonArray methods || methods.Any(m => string.Equals(m?.ToString(), method, StringComparison.OrdinalIgnoreCase));
}

/// <summary>An endpoint's normalised path (a route template) and upper-case methods.</summary>
public sealed record EndpointRoute(string Path, string[] Methods);

/// <summary>An endpoint's access and size settings.</summary>
public sealed record EndpointSecurity(bool Authorize, string? Policy, long? SizeLimit, bool ExposeTooLarge);
