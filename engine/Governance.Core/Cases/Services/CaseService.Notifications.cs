using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Sdk.Activities;

namespace Governance.Core.Cases.Services;

public sealed partial class CaseService
{
    /// <summary>
    /// The outbox channel case notifications go to (督办, overdue). A city registers an
    /// <see cref="Governance.Sdk.Channels.INotificationChannel"/> of this name (its SMS platform); messages for a
    /// channel nobody registered wait in the outbox until one is.
    /// </summary>
    public string NotificationChannel { get; init; } = "sms";

    /// <summary>The people who work a task: its department's users, else its unit's users in the task's role; each with a phone.</summary>
    static IEnumerable<UserDefinition> WorkersOf(EffectivePackage package, CaseTask task) =>
        package.Users.Where(u => u.Phone is not null && (task.DepartmentCode is { } d ? u.Department == d : u.Unit == task.UnitCode && u.Role == task.Role));

    /// <summary>Supervisors over the case: those of its county and of the city.</summary>
    IEnumerable<UserDefinition> SupervisorsOf(EffectivePackage package, Case c) =>
        package.Users.Where(u => u.Phone is not null && u.Role == Role.Supervisor && (u.Unit == c.CountyCode || u.Unit == package.City.Code));

    /// <summary>One message per person, its body as the disclosure policy lets that person read it (a comment may quote the reporter).</summary>
    List<OutboxMessage> Notify(IEnumerable<UserDefinition> people, Case c, string subjectCode, string body, string reason) =>
        people.DistinctBy(u => u.Username).Select(u => new OutboxMessage(NotificationChannel, u.Phone!, Text.Format(subjectCode), disclosure.For(u, c).Text(body)!,
            new JsonObject { ["case"] = c.Number, ["username"] = u.Username, ["reason"] = reason })).ToList();

    string Local(EffectivePackage package, DateTimeOffset? at) => at is { } t
        ? TimeZoneInfo.ConvertTime(t, projector.CalendarFor(package).Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
        : Text.Format("CASE-NOTIFY-NO-DEADLINE");

    static string ItemName(EffectivePackage package, Case c) => package.FindItem(c.ItemCode)?.Name ?? c.ItemCode;
}
