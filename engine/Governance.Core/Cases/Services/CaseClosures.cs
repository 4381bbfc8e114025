using Governance.Core.Definitions.Model;
using Governance.Core.Cases.Model;
using Governance.Core.Messages;
using Governance.Sdk.Activities;
using Governance.Sdk.Cases;

namespace Governance.Core.Cases.Services;

/// <summary>
/// Tells the closure subscribers (plugins) that a change ends a case for its reporter, and collects the outbox messages
/// they answer with, so those commit with the change. A subscriber that throws does not stop the case: the journal
/// records the failure.
/// </summary>
internal static class CaseClosures
{
    public static IReadOnlyList<OutboxMessage> Notify(IReadOnlyList<ICaseClosureSubscriber> subscribers, Case c, CaseSnapshot before,
        CaseCommitContext? context, CaseJournal journal, DateTimeOffset now)
    {
        if (subscribers.Count == 0 || Outcome(before, c) is not { } outcome) return [];
        var closure = new CaseClosure(c.Id, c.Number, c.Channel, outcome, CaseIntake.ReferenceOf(c), c.ItemCode, c.Place.GridCode,
            c.ClosedAt ?? now, context?.Comment, CaseService.FormData(c), c.MergedInto);
        var messages = new List<OutboxMessage>();
        foreach (var subscriber in subscribers)
        {
            try { messages.AddRange(subscriber.OnClosed(closure)); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                journal.Add(Text.Format("CASE-ACT-SYSTEM"), Actor.System, Text.Format("CASE-CLOSURE-SUBSCRIBER-FAILED", subscriber.GetType().Name, e.Message), null);
            }
        }
        return messages;
    }

    /// <summary>closed (结案, also straight to the archive), rejected (不予立案) or merged, when this change does it; else null.</summary>
    static string? Outcome(CaseSnapshot before, Case after)
    {
        var wasOpen = before.Status is not (CaseStatus.Closed or CaseStatus.Archived or CaseStatus.Rejected or CaseStatus.Merged);
        if (!wasOpen) return null;
        return after.Status switch
        {
            CaseStatus.Closed or CaseStatus.Archived => "closed",
            CaseStatus.Rejected => "rejected",
            CaseStatus.Merged => "merged",
            _ => null,
        };
    }
}
