using System.Text.Json.Nodes;
using Governance.Sdk.Activities;

namespace Governance.Sdk.Cases;

/// <summary>
/// Hears that a case has ended for its reporter: closed (结案), rejected (不予立案) or merged into another case. The
/// messages it returns go to the outbox in the same transaction as the change that closed the case, so they are sent
/// if and only if that change commits, and a channel delivers them afterwards (retried until it succeeds). A plugin
/// class implementing this is found and created when the plugin loads. Keep it quick and free of I/O: the case's
/// commit waits for it.
/// </summary>
public interface ICaseClosureSubscriber
{
    /// <summary>The messages to send for this closure; none when the case is not this subscriber's concern.</summary>
    IEnumerable<OutboxMessage> OnClosed(CaseClosure closure);
}

/// <summary>How a case ended for its reporter.</summary>
/// <param name="CaseId">The case id.</param>
/// <param name="Number">The case number.</param>
/// <param name="Channel">The channel it came in by, e.g. <c>hotline</c>.</param>
/// <param name="Outcome"><c>closed</c> (结案), <c>rejected</c> (不予立案) or <c>merged</c> (合并).</param>
/// <param name="ExternalReference">The reference the reporting system gave in <see cref="CaseReport.ExternalReference"/>, if any.</param>
/// <param name="ItemCode">Catalog item code.</param>
/// <param name="GridCode">Grid code.</param>
/// <param name="ClosedAt">When it ended.</param>
/// <param name="Comment">What the person who ended it wrote (the reason of a rejection, a verifier's note).</param>
/// <param name="Forms">The forms filled along the loop, by form id, each as <c>{"version": n, "data": {…}}</c> (e.g. <c>reply</c>: the handling result and measures).</param>
/// <param name="MergedInto">For a merged case, the number of the case it duplicates.</param>
public sealed record CaseClosure(
    string CaseId,
    string Number,
    string Channel,
    string Outcome,
    string? ExternalReference,
    string ItemCode,
    string GridCode,
    DateTimeOffset ClosedAt,
    string? Comment,
    JsonObject Forms,
    string? MergedInto);
