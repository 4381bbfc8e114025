using System.Text.Json.Nodes;

namespace Governance.Sdk.Activities;

/// <summary>
/// A message an activity wants delivered (SMS, notice, push). It is stored in the outbox in the same
/// transaction as the workflow step, so it is sent exactly when the step commits, and a relay hands it to the
/// <see cref="Channels.INotificationChannel"/> registered for <paramref name="Channel"/>.
/// </summary>
/// <param name="Channel">Channel name, e.g. <c>sms</c>.</param>
/// <param name="Recipient">Phone number, user id or address, as the channel understands it.</param>
/// <param name="Subject">Optional subject or template code.</param>
/// <param name="Body">Message text.</param>
/// <param name="Data">Extra structured data for the channel.</param>
public sealed record OutboxMessage(string Channel, string Recipient, string? Subject, string Body, JsonObject? Data = null);
