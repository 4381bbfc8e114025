using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Forms.Model;
using Governance.Core.Messages;

namespace Governance.Core.Cases.Services;

/// <summary>One line of a case's progress as its reporter reads it: 已受理, 已转城东区水务局办理, 已办结.</summary>
public sealed record PublicStepView(DateTimeOffset At, string Text, string? Detail = null);

/// <summary>A field of the handler's answer the form marks public (处置措施, 无法办理原因), with its label.</summary>
public sealed record PublicAnswerView(string Label, string Text);

/// <summary>What the citizen reads: where the case stands in plain words, what happened, the answer and the time limit.</summary>
public sealed record PublicProgressView(string Stage, IReadOnlyList<PublicStepView> Steps, IReadOnlyList<PublicAnswerView> Answer, string? Deadline);

/// <summary>
/// Turns the case journal into plain words for the reporter. The staff's verbs (签收, 回单, 上传附件) and internal
/// lines (warnings, 督办, system notes) are left out; who handles it is named, and the answer is the reply form's
/// fields marked <c>public</c>.
/// </summary>
internal static class PublicProgress
{
    // The journal names each action by its catalog text; the reporter's words for the ones worth telling.
    static readonly (string Action, string Says)[] Told =
    [
        ("CASE-ACT-REPORT", "PUBLIC-STEP-REPORTED"), ("CASE-ACT-REGISTER", "PUBLIC-STEP-REGISTERED"), ("CASE-ACT-REJECT", "PUBLIC-STEP-REJECTED"),
        ("CASE-ACT-MERGE", "PUBLIC-STEP-MERGED"), ("CASE-ACT-SIGN", "PUBLIC-STEP-STARTED"), ("CASE-ACT-REPLY", "PUBLIC-STEP-ANSWERED"),
        ("CASE-ACT-SUSPEND", "PUBLIC-STEP-SUSPENDED"), ("CASE-ACT-RESUME", "PUBLIC-STEP-RESUMED"), ("CASE-ACT-APPROVE", "PUBLIC-STEP-EXTENDED"),
        ("CASE-ACT-FAIL", "PUBLIC-STEP-REOPENED"), ("CASE-ACT-RATE", "PUBLIC-STEP-RATED"),
    ];

    public static PublicProgressView Build(Case c, IReadOnlyList<CaseTask> tasks, IReadOnlyList<CaseJournalEntry> journal, EffectivePackage package,
        FormLibrary forms, TimeZoneInfo zone)
    {
        var told = Told.ToDictionary(t => Text.Format(t.Action), t => t.Says, StringComparer.Ordinal);
        var handles = tasks.Where(t => t.Step == Steps.Handle && t.FromWorkflow).OrderBy(t => t.CreatedAt).ToList();
        string Handler(CaseTask t) => t.DepartmentCode is { } d ? package.Departments.FirstOrDefault(x => x.Code == d)?.Name ?? d
            : package.Org.Find(t.UnitCode)?.Name ?? t.UnitCode;
        // The unit handling at a moment: the last handling task opened by then.
        string? HandlerAt(DateTimeOffset at) => handles.LastOrDefault(t => t.CreatedAt <= at) is { } t ? Handler(t) : null;

        var steps = new List<(PublicStepView Step, int Order)>();
        foreach (var j in journal)
        {
            if (!told.TryGetValue(j.Action, out var says)) continue;
            var view = says switch
            {
                "PUBLIC-STEP-REJECTED" => new PublicStepView(j.At, Text.Format(says), j.Comment),
                "PUBLIC-STEP-MERGED" => new PublicStepView(j.At, Text.Format(says, c.MergedInto)),
                "PUBLIC-STEP-STARTED" or "PUBLIC-STEP-ANSWERED" => new PublicStepView(j.At, Text.Format(says, HandlerAt(j.At) ?? "")),
                "PUBLIC-STEP-RATED" => new PublicStepView(j.At, Text.Format(says, Rating(j.DataJson))),
                _ => new PublicStepView(j.At, Text.Format(says)),
            };
            steps.Add((view, j.Sequence * 2));
        }
        // Each handling task follows the journal line of what opened it: the dispatch or escalation the loop wrote, a
        // failed verification, an unsatisfied rating. Paired in order, so a frozen clock (or one millisecond) cannot reorder them.
        var anchors = journal.Where(OpensHandling).ToList();
        var used = 0;
        foreach (var t in handles)
        {
            var i = anchors.FindIndex(used, a => Ms(a.At) <= Ms(t.CreatedAt));
            var after = i >= 0 ? anchors[i].Sequence : journal.LastOrDefault(j => Ms(j.At) <= Ms(t.CreatedAt))?.Sequence ?? 0;
            if (i >= 0) used = i + 1;
            steps.Add((new PublicStepView(t.CreatedAt, Text.Format("PUBLIC-STEP-DISPATCHED", Handler(t))), after * 2 + 1));
        }
        if (c.ClosedAt is { } closed) steps.Add((new PublicStepView(closed, Text.Format("PUBLIC-STEP-CLOSED")), int.MaxValue));

        var open = handles.LastOrDefault(t => t.State == TaskState.Open);
        var deadline = open?.Deadline is { } due && c.Status is CaseStatus.Dispatched or CaseStatus.Handling
            ? Text.Format("PUBLIC-DEADLINE", TimeZoneInfo.ConvertTime(due, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)) : null;
        return new PublicProgressView(Text.Format("PUBLIC-STATUS-" + c.Status.ToString().ToUpperInvariant()),
            steps.OrderBy(s => Ms(s.Step.At)).ThenBy(s => s.Order).Select(s => s.Step).ToList(), Answer(c, handles, forms), deadline);
    }

    /// <summary>The public fields of the last reply, as its form labels them; choices by their option label.</summary>
    static List<PublicAnswerView> Answer(Case c, List<CaseTask> handles, FormLibrary forms)
    {
        if (handles.LastOrDefault(t => t.State == TaskState.Done && t.FormId is not null) is not { FormId: { } formId }) return [];
        if (CaseService.FormData(c)[formId] is not JsonObject saved || saved["version"]?.GetValue<int>() is not { } version
            || forms.Get(formId, version) is not { } form || saved["data"] is not JsonObject data) return [];
        var answer = new List<PublicAnswerView>();
        foreach (var field in form.Fields.Where(f => f.Public))
        {
            var value = data[field.Key];
            var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? field.Options?.FirstOrDefault(o => o.Value == s)?.Label ?? s : null;
            if (!string.IsNullOrWhiteSpace(text)) answer.Add(new PublicAnswerView(field.Label, text));
        }
        return answer;
    }

    static bool OpensHandling(CaseJournalEntry j) =>
        j.Action == Text.Format("CASE-ACT-SYSTEM") && j.Comment is { } line && (line.StartsWith(Lead("CASE-LOG-DISPATCHED"), StringComparison.Ordinal)
            || line.StartsWith(Lead("CASE-LOG-ESCALATED"), StringComparison.Ordinal))
        || j.Action == Text.Format("CASE-ACT-FAIL")
        || j.Action == Text.Format("CASE-ACT-RATE") && j.DataJson?.Contains("\"unsatisfied\"", StringComparison.Ordinal) == true;

    /// <summary>The fixed words a loop line starts with ("按规则“" of 按规则“{0}”派遣至{1}").</summary>
    static string Lead(string code) => Text.All[code][..Text.All[code].IndexOf('{')];

    static long Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    static string Rating(string? data) =>
        JsonNode.Parse(data ?? "{}")?["satisfaction"]?.GetValue<string>() is { } s && Text.Contains("PUBLIC-RATING-" + s.ToUpperInvariant())
            ? Text.Format("PUBLIC-RATING-" + s.ToUpperInvariant()) : "";
}
