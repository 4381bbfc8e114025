using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities.Http;

/// <summary>
/// Sends an HTTP request and leaves, as Elsa's HTTP Request (flow) does, through the port of the status code when it
/// is among the expected ones (else "Unmatched status code") and through Done; "Failed to connect" and "Timeout" when
/// no answer came.
/// </summary>
[Activity("Elsa.FlowSendHttpRequest", Category = "HTTP", DisplayName = "HTTP 请求（流程）", Description = "发送 HTTP 请求，按返回的状态码选择出口。",
    DynamicPorts = true, Ports = ["Done", "Unmatched status code", "Failed to connect", "Timeout"])]
[ActivityInput("url", "Uri", DisplayName = "地址", Required = true)]
[ActivityInput("method", "String", DisplayName = "方法", UIHint = "dropdown", Options = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"])]
[ActivityInput("content", "Object", DisplayName = "内容")]
[ActivityInput("contentType", "String", DisplayName = "内容类型")]
[ActivityInput("authorization", "String", DisplayName = "Authorization 请求头")]
[ActivityInput("disableAuthorizationHeaderValidation", "Boolean", DisplayName = "不校验 Authorization 格式")]
[ActivityInput("requestHeaders", "HttpHeaders", DisplayName = "请求头", UIHint = "json-editor")]
[ActivityInput("expectedStatusCodes", "Int32[]", DisplayName = "预期状态码", Description = "每个状态码是一个出口；其余走“Unmatched status code”")]
[ActivityOutput("statusCode", "Int32")]
[ActivityOutput("parsedContent", "Object")]
[ActivityOutput("responseHeaders", "Object")]
[ActivityOutput("result", "Object")]
public sealed class FlowSendHttpRequest : SendHttpRequestBase
{
    protected override void OnResponse(IActivityContext context, int statusCode)
    {
        // Elsa's default list, when the input is not set at all, is [200].
        var expected = context.HasInput("expectedStatusCodes")
            ? (context.GetInput<string[]>("expectedStatusCodes") ?? []).Select(s => int.TryParse(s, out var c) ? c : -1).ToList()
            : [200];
        if (expected.Count == 0) context.Complete("Done");
        else context.Complete(expected.Contains(statusCode) ? statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Unmatched status code", "Done");
    }

    protected override void OnTimeout(IActivityContext context) => context.Complete("Timeout");

    protected override void OnFailedToConnect(IActivityContext context) => context.Complete("Failed to connect");
}
