using Governance.Core.Messages;
using Governance.Core.Workflows.Runtime;
using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities.Http;

/// <summary>
/// Answers the HTTP request that started (or resumed) the flow: status, content and headers, as Elsa's HTTP Response
/// writes them (text as it is, objects as JSON). A flow that waited since the request came in has lost it, and
/// faults here as in Elsa.
/// </summary>
[Activity("Elsa.WriteHttpResponse", Category = "HTTP", DisplayName = "HTTP 响应", Description = "向发起本流程的 HTTP 请求写回状态码、内容和响应头。")]
[ActivityInput("statusCode", "HttpStatusCode", DisplayName = "状态码", UIHint = "dropdown")]
[ActivityInput("content", "Object", DisplayName = "内容", Description = "文本原样返回，对象按 JSON 返回")]
[ActivityInput("contentType", "String", DisplayName = "内容类型", UIHint = "dropdown",
    Options = ["application/json", "application/xml", "application/x-www-form-urlencoded", "application/octet-stream", "text/plain", "text/html", "text/json", "text/xml"])]
[ActivityInput("responseHeaders", "HttpHeaders", DisplayName = "响应头", UIHint = "json-editor")]
public sealed class WriteHttpResponse : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        if (context is not ActivityContext { Http: { } exchange })
        {
            context.Fault("WF-HTTP-NO-REQUEST", "HTTP", Text.Format("WF-HTTP-NO-REQUEST"));
            return default;
        }
        if (exchange.Response is not null)
        {
            context.Fault("WF-HTTP-RESPONSE-WRITTEN", "HTTP", Text.Format("WF-HTTP-RESPONSE-WRITTEN"));
            return default;
        }
        var status = HttpValues.StatusCode(context.GetInput("statusCode")) ?? 200;
        var (contentType, body) = HttpValues.Content(context.GetInput("content"), context.GetInput<string>("contentType"));
        exchange.Response = new Workflows.Http.HttpResponseData(status, status == 204 ? null : contentType,
            HttpValues.Headers(context.GetInput("responseHeaders")), status == 204 ? [] : body);
        context.Complete();
        return default;
    }
}
