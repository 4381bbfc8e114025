using Governance.Core.Definitions.Model;
using System.Text.Json.Nodes;
using Governance.Core.Cases.Actions;
using Governance.Core.Cases.Model;
using Governance.Core.Messages;

namespace Governance.Core.Cases.Services;

/// <summary>What a citizen sees of their case on the public page: no names of staff, no internal comments.</summary>
public sealed record PublicCaseView(string Number, CaseStatus Status, string ItemCode, string Description, DateTimeOffset ReportedAt,
    DateTimeOffset? ClosedAt, Satisfaction? Satisfaction, bool CanRate, IReadOnlyList<(DateTimeOffset At, string Action)> Timeline)
{
    /// <summary>Where the case stands in plain words, what happened, the answer and the time limit.</summary>
    public PublicProgressView? Progress { get; init; }
}

public sealed partial class CaseService
{
    /// <summary>
    /// A case as its reporter may follow it: found by number and the phone given at intake. A wrong phone is
    /// answered as "not found", so numbers cannot be probed.
    /// </summary>
    public async Task<PublicCaseView> TrackAsync(string number, string phone, CancellationToken ct = default)
    {
        var c = await ReporterCaseAsync(number, phone, ct);
        var journal = await store.GetJournalAsync(c.Id, ct);
        var tasks = await store.GetTasksAsync(c.Id, ct);
        var canRate = c.Status == CaseStatus.Closed && tasks.Any(t => t.Step == Steps.Callback && t.State == TaskState.Open);
        var definitions = packages.Current;
        var package = definitions.For(c.Place.GridCode);
        // The page may be open on a shared screen: the reporter's own details are masked there too, in the steps and answer as well.
        var shown = disclosure.For(Actor.Citizen(null, c.Place.GridCode), c);
        var progress = PublicProgress.Build(c, tasks, journal, package, definitions.Forms, projector.CalendarFor(package).Zone);
        return new PublicCaseView(c.Number, c.Status, c.ItemCode, shown.Text(c.Description)!, c.ReportedAt, c.ClosedAt, c.Satisfaction, canRate,
            journal.Where(j => j.Action != Text.Format("CASE-ACT-SYSTEM")).Select(j => (j.At, j.Action)).ToList())
        {
            Progress = progress with
            {
                Steps = progress.Steps.Select(s => s with { Detail = shown.Text(s.Detail) }).ToList(),
                Answer = progress.Answer.Select(a => a with { Text = shown.Text(a.Text)! }).ToList(),
            },
        };
    }

    /// <summary>The reporter rates the result (评价): this completes the callback step as the reporter.</summary>
    public async Task<Case> RateByReporterAsync(string number, string phone, Satisfaction satisfaction, string? comment, CancellationToken ct = default)
    {
        var c = await ReporterCaseAsync(number, phone, ct);
        var tasks = await store.GetTasksAsync(c.Id, ct);
        var callback = tasks.FirstOrDefault(t => t.Step == Steps.Callback && t.State == TaskState.Open);
        if (c.Status != CaseStatus.Closed || callback is null)
            throw new CaseException("CASE-STATE", 409, c.Number, Statuses.Name(c.Status), Text.Format("CASE-ACT-RATE"));
        var action = CaseActions.For(Steps.Callback).Single();
        var context = new ActionContext(c, callback, tasks,
            new ActionRequest(Input.TextInput.Optional(comment, "comment"), new JsonObject { ["satisfaction"] = Rate.CodeOf(satisfaction) }),
            Actor.Citizen(c.Reporter.Name, c.Place.GridCode), packages.Current, store, projector, clock.GetUtcNow());
        await action.PrepareAsync(context, ct);
        var written = await CompleteStepAsync(context, action, ct);
        return written ?? (await store.GetAsync(c.Id, ct))!;
    }

    /// <summary>The reporter adds photos to their own case while it is not finished.</summary>
    public async Task<Attachment> AttachByReporterAsync(string number, string phone, string fileName, byte[] content, CancellationToken ct = default)
    {
        var c = await ReporterCaseAsync(number, phone, ct);
        if (c.IsFinished) throw new CaseException("CASE-FINISHED", 409, c.Number, Statuses.Name(c.Status), Text.Format("CASE-ACT-ATTACH"));
        return await StoreAttachmentAsync(c, fileName, content, "report", Actor.Citizen(c.Reporter.Name, c.Place.GridCode), ct);
    }

    async Task<Case> ReporterCaseAsync(string number, string phone, CancellationToken ct)
    {
        var c = await store.GetByNumberAsync(number, ct);
        if (c is null || string.IsNullOrWhiteSpace(phone) || c.Reporter.Phone is null || Digits(c.Reporter.Phone) != Digits(phone))
            throw new CaseException("CASE-NOT-FOUND", 404, number) { Field = "number" };
        return c;
    }

    static string Digits(string s) => new(s.Where(char.IsAsciiDigit).ToArray());
}
