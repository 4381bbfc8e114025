using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Governance.Sdk.Activities;

namespace Governance.Plugins.Notifications;

/// <summary>
/// Sends an SMS (短信) to a mobile number, e.g. to tell a department handler a case was dispatched or to
/// ask a citizen to rate the result. The message goes to the transactional outbox with the workflow step, so
/// it is sent exactly when the step commits; the channel named "sms" (a city's gateway) delivers it.
/// </summary>
[Activity("Governance.Notifications.SendSms", Category = "通知", DisplayName = "发送短信",
    Description = "向手机号发送短信（经发件箱，由城市配置的短信通道投递）。", Ports = ["Done", "InvalidRecipient"])]
[ActivityInput("phone", "String", DisplayName = "手机号", Required = true, Description = "11 位大陆手机号，可用表达式取变量")]
[ActivityInput("message", "String", DisplayName = "短信内容", Required = true, DefaultSyntax = "Liquid", UIHint = "multiline")]
[ActivityInput("templateCode", "String", DisplayName = "模板编号", Description = "短信平台的模板编号（运营商要求报备模板时填写）")]
[ActivityInput("channel", "String", DisplayName = "通道", Description = "默认为 sms")]
[ActivityOutput("outboxRecipient", "String")]
public sealed partial class SendSms : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        var phone = (context.GetInput<string>("phone") ?? "").Replace(" ", "").Replace("-", "");
        if (phone.StartsWith("+86")) phone = phone[3..];
        if (!MobileNumber().IsMatch(phone))
        {
            context.WriteLine($"短信未发送：手机号“{phone}”无效");
            context.Complete("InvalidRecipient");
            return default;
        }
        var message = context.GetInput<string>("message") ?? "";
        var channel = context.GetInput<string>("channel") is { Length: > 0 } c ? c : "sms";
        context.Send(new OutboxMessage(channel, phone, context.GetInput<string>("templateCode"), message,
            new JsonObject { ["activityId"] = context.ActivityId, ["definitionId"] = context.DefinitionId }));
        context.SetOutput("outboxRecipient", JsonValue.Create(phone));
        context.Complete();
        return default;
    }

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobileNumber();
}
