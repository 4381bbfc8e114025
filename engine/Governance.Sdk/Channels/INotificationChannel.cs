namespace Governance.Sdk.Channels;

/// <summary>
/// Delivers outbox messages of one channel (an SMS gateway, a government messaging platform, e-mail).
/// A city implements this for its provider; the outbox relay calls it after the workflow step has committed.
/// </summary>
public interface INotificationChannel
{
    /// <summary>Channel name this implementation serves, e.g. <c>sms</c>.</summary>
    string Name { get; }

    /// <summary>Sends one message. Throw to have the relay retry later; it is not marked sent.</summary>
    Task SendAsync(NotificationMessage message, CancellationToken cancellationToken);
}

/// <summary>One message taken from the outbox.</summary>
/// <param name="Id">Outbox id; the same id is sent again on retry, so a channel can de-duplicate.</param>
/// <param name="InstanceId">Workflow instance that produced it.</param>
/// <param name="Recipient">Recipient as the channel understands it.</param>
/// <param name="Subject">Optional subject or template code.</param>
/// <param name="Body">Text.</param>
/// <param name="DataJson">Extra data as JSON, or null.</param>
public sealed record NotificationMessage(string Id, string InstanceId, string Recipient, string? Subject, string Body, string? DataJson);
