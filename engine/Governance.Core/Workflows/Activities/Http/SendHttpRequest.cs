using System.Text.Json.Nodes;
using Governance.Core.Messages;
using Governance.Core.Workflows.Model;
using Governance.Core.Workflows.Validation;
using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities.Http;

/// <summary>
/// Elsa's HTTP Request: sends the request, writes the outputs and continues through Done whatever the answer. Elsa
/// can hang child activities on status codes here; this engine does not run those (validation says so and points to
/// <see cref="FlowSendHttpRequest"/>, whose ports do the same in a flowchart).
/// </summary>
[Activity("Elsa.SendHttpRequest", Category = "HTTP", DisplayName = "HTTP 请求", Description = "发送 HTTP 请求，结果写入输出后继续。")]
[ActivityInput("url", "Uri", DisplayName = "地址", Required = true)]
[ActivityInput("method", "String", DisplayName = "方法", UIHint = "dropdown", Options = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"])]
[ActivityInput("content", "Object", DisplayName = "内容")]
[ActivityInput("contentType", "String", DisplayName = "内容类型")]
[ActivityInput("authorization", "String", DisplayName = "Authorization 请求头")]
[ActivityInput("disableAuthorizationHeaderValidation", "Boolean", DisplayName = "不校验 Authorization 格式")]
[ActivityInput("requestHeaders", "HttpHeaders", DisplayName = "请求头", UIHint = "json-editor")]
[ActivityOutput("statusCode", "Int32")]
[ActivityOutput("parsedContent", "Object")]
[ActivityOutput("responseHeaders", "Object")]
[ActivityOutput("result", "Object")]
public sealed class SendHttpRequest : SendHttpRequestBase, IValidatingActivity
{
    /// <summary>Child activities on status codes (or on unmatched, failed, timeout) would silently not run: refused at publish.</summary>
    public IEnumerable<ValidationError> Validate(ActivityNode activity, string path)
    {
        var cases = activity.Properties["expectedStatusCodes"] as JsonArray;
        if (activity.Children.Count > 0 || cases?.Any(c => c?["activity"] is JsonObject) == true)
            yield return new ValidationError("WF-HTTP-CASES-UNSUPPORTED", path, Text.Format("WF-HTTP-CASES-UNSUPPORTED", activity.Name ?? activity.Id));
    }

    protected override void OnResponse(IActivityContext context, int statusCode) => context.Complete();

    protected override void OnTimeout(IActivityContext context) => context.Complete();

    protected override void OnFailedToConnect(IActivityContext context) => context.Complete();
}
