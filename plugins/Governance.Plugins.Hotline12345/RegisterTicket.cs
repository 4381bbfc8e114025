using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Governance.Sdk.Activities;
using Governance.Sdk.Cases;
using Governance.Sdk.Plugins;

namespace Governance.Plugins.Hotline12345;

/// <summary>
/// Registers a ticket the 12345 hotline platform pushed in as a case (登记热线工单), through the SDK's case intake:
/// the same checks, numbering and loop as any intake, and one case per ticket number however often it is sent. The
/// caller must present the token configured as <c>Token</c>. The flow shipped with the plugin maps the platform's
/// fields onto the inputs.
/// </summary>
[Activity("Governance.Hotline12345.RegisterTicket", Category = "12345热线", DisplayName = "登记热线工单",
    Description = "把 12345 热线平台推送的工单登记为事件；同一工单号只登记一次。", Ports = ["Done", "Rejected", "Unauthorized"])]
[ActivityInput("ticketId", "String", DisplayName = "工单号", Required = true)]
[ActivityInput("description", "String", DisplayName = "诉求内容", Required = true)]
[ActivityInput("itemCode", "String", DisplayName = "事项编码", Required = true)]
[ActivityInput("gridCode", "String", DisplayName = "网格编码", Required = true)]
[ActivityInput("urgency", "String", DisplayName = "紧急程度")]
[ActivityInput("address", "String", DisplayName = "地址")]
[ActivityInput("longitude", "Double", DisplayName = "经度")]
[ActivityInput("latitude", "Double", DisplayName = "纬度")]
[ActivityInput("callerName", "String", DisplayName = "来电人")]
[ActivityInput("callerPhone", "String", DisplayName = "来电号码")]
[ActivityInput("headers", "Object", DisplayName = "请求头", Description = "HTTP 端点的请求头，从中读取 X-Hotline-Token")]
[ActivityOutput("caseNumber", "String")]
[ActivityOutput("caseId", "String")]
[ActivityOutput("created", "Boolean")]
[ActivityOutput("error", "String")]
[ActivityOutput("field", "String")]
public sealed class RegisterTicket(IPluginSettings settings) : IActivity
{
    public const string TokenHeader = "X-Hotline-Token";

    public async ValueTask ExecuteAsync(IActivityContext context)
    {
        if (!Authorized(context.GetInput("headers") as JsonObject))
        {
            context.SetOutput("error", "令牌无效或未配置");
            context.Complete("Unauthorized");
            return;
        }
        var intake = context.Services.GetService(typeof(ICaseIntake)) as ICaseIntake
            ?? throw new InvalidOperationException("the host offers no case intake");
        var ticket = context.GetInput<string>("ticketId");
        var report = new CaseReport(settings["Channel"] ?? HotlineReplies.DefaultChannel, context.GetInput<string>("itemCode") ?? "",
            context.GetInput<string>("description") ?? "", context.GetInput<string>("gridCode") ?? "", context.GetInput<string>("urgency"),
            context.GetInput<string>("address"), Number(context, "longitude"), Number(context, "latitude"),
            context.GetInput<string>("callerName"), context.GetInput<string>("callerPhone"), ticket);
        try
        {
            if (string.IsNullOrWhiteSpace(ticket)) throw new CaseIntakeException("HOTLINE-TICKET-ID", "缺少工单号", "ticketId");
            var receipt = await intake.ReportAsync(report);
            context.SetOutput("caseNumber", receipt.Number);
            context.SetOutput("caseId", receipt.CaseId);
            context.SetOutput("created", receipt.Created);
            context.WriteLine($"热线工单 {ticket} → 事件 {receipt.Number}{(receipt.Created ? "" : "（重复推送，未重复登记）")}");
            context.Complete("Done");
        }
        catch (CaseIntakeException e)
        {
            context.SetOutput("error", e.Message);
            context.SetOutput("field", e.Field);
            context.WriteLine($"热线工单 {ticket} 未登记：{e.Message}");
            context.Complete("Rejected");
        }
    }

    /// <summary>The caller's token against the configured one, compared in constant time; no token configured refuses every call.</summary>
    bool Authorized(JsonObject? headers)
    {
        var expected = settings["Token"];
        var given = headers?.FirstOrDefault(h => string.Equals(h.Key, TokenHeader, StringComparison.OrdinalIgnoreCase)).Value;
        var text = given is JsonArray a ? a.FirstOrDefault()?.ToString() : given?.ToString();
        return !string.IsNullOrEmpty(expected) && text is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(text));
    }

    static double? Number(IActivityContext context, string input) =>
        double.TryParse(context.GetInput<string>(input), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
