using Governance.Sdk.Channels;

namespace Governance.Plugins.Notifications;

/// <summary>
/// A development channel for "sms-sandbox": instead of a gateway it appends each message to
/// sms-sandbox.log in the folder named by GOVERNANCE_SMS_SANDBOX (default: the temp folder). A city replaces
/// it with an <see cref="INotificationChannel"/> named "sms" that calls its own SMS platform.
/// </summary>
public sealed class SmsSandboxChannel : INotificationChannel
{
    public string Name => "sms-sandbox";

    public async Task SendAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        var folder = Environment.GetEnvironmentVariable("GOVERNANCE_SMS_SANDBOX") ?? Path.GetTempPath();
        var line = $"{message.Id}\t{message.Recipient}\t{message.Subject}\t{message.Body.ReplaceLineEndings(" ")}{Environment.NewLine}";
        await File.AppendAllTextAsync(Path.Combine(folder, "sms-sandbox.log"), line, cancellationToken);
    }
}
