using Governance.Core.Definitions.Model;
using Governance.Core.Packages;
using Governance.Core.ReadSide;

namespace Governance.Core.Command.Assessment;

/// <summary>
/// Monthly assessment (考核) from definitions/assessment: each subject of a level is scored by the scheme's indicators
/// over the read side's measures for the month, ranked among all subjects of the level, and compared with last month.
/// Cases count in the month they were reported; assignments in the month they were given. Schemes, subjects and the
/// time zone come from the package in force when the assessment is asked for.
/// </summary>
public sealed class AssessmentService(IFigureReader figures, IPackageProvider packages)
{
    public async Task<AssessmentResult> AssessAsync(string period, AssessmentLevel level, Viewer viewer, CancellationToken ct = default)
    {
        var definitions = packages.Current;
        var zone = Period.ZoneOf(definitions);
        var scheme = Scheme(definitions, level);
        var month = Period.Month(period, zone);
        var previous = Period.Month(DateOnly.FromDateTime(month.Start.DateTime).AddMonths(-1), zone);
        var current = await ScoreAsync(definitions, scheme, month, ct);
        var before = (await ScoreAsync(definitions, scheme, previous, ct)).ToDictionary(r => r.Code);
        var rows = current.Where(r => viewer.Covers(r.UnitCode)).Select(r => before.TryGetValue(r.Code, out var p) && p.Rank is not null
            ? r with { PreviousScore = p.Score, PreviousRank = p.Rank, RankChange = r.Rank is { } now ? p.Rank - now : null }
            : r).ToList();
        return new AssessmentResult(month.Label, previous.Label, level, scheme.Name, definitions.Command.Assessment.Weights,
            scheme.Indicators.Select(Info).ToList(), rows);
    }

    /// <summary>The cases and assignments behind one subject's month, optionally with one indicator's value and measures.</summary>
    public async Task<AssessmentTrace> TraceAsync(string period, AssessmentLevel level, string code, string? indicator, Viewer viewer, CancellationToken ct = default)
    {
        var definitions = packages.Current;
        var zone = Period.ZoneOf(definitions);
        var names = new Names(definitions);
        var scheme = Scheme(definitions, level);
        var kind = SubjectLevel.All[level];
        var subject = kind.List(definitions).FirstOrDefault(s => s.Code == code)
            ?? throw new CommandException("COMMAND-SUBJECT-UNKNOWN", 404, code) { Field = "code" };
        if (!viewer.Covers(subject.UnitCode)) throw new CommandException("COMMAND-SUBJECT-FORBIDDEN", 403, subject.Name);
        var chosen = indicator is null ? null
            : scheme.Indicators.FirstOrDefault(i => i.Code == indicator) ?? throw new CommandException("COMMAND-INDICATOR-UNKNOWN", 404, indicator) { Field = "indicator" };
        var month = Period.Month(period, zone);
        var window = new FigureQuery { From = month.Start, To = month.End };
        var cases = await figures.CaseFactsAsync(window.Where(kind.CaseKey, subject.CaseKey), FactOrder.Newest, 5000, ct);
        var assignments = await figures.AssignmentFactsAsync(window.Where(kind.AssignmentKey, subject.AssignmentKey), 5000, ct);
        IndicatorScore? score = null;
        if (chosen is not null)
        {
            var values = Values(
                (await figures.CasesAsync(window.Where(kind.CaseKey, subject.CaseKey), ct)).FirstOrDefault()?.Measures ?? CaseMeasures.Zero,
                (await figures.AssignmentsAsync(window.Where(kind.AssignmentKey, subject.AssignmentKey), ct)).FirstOrDefault()?.Measures ?? AssignmentMeasures.Zero,
                subject, definitions.Command.Assessment.Weights);
            score = Score(chosen, values);
        }
        return new AssessmentTrace(month.Label, level, subject.Code, subject.Name, score,
            cases.Select(f => new TracedCase(names.Line(f), f.Accepted, f.Closed, f.Closed && f.OnTime && f.Warning != "Overdue", f.Overdue, f.Satisfaction,
                f.ReopenCount > 0, f.Returned)).ToList(),
            assignments.Select(a => new TracedAssignment(a.TaskId, a.CaseId, a.Number, names.Item(a.ItemCode, a.GridCode), a.CreatedAt, a.Responded,
                a.ResponseMinutes, a.Returned, a.Overdue, a.Completed)).ToList());
    }

    static AssessmentScheme Scheme(DefinitionSet definitions, AssessmentLevel level) => definitions.Command.Assessment.For(level)
        ?? throw new CommandException("COMMAND-SCHEME-MISSING", 404, level) { Field = "level" };

    /// <summary>Every subject of the level scored and ranked (ranks among all of them, whoever looks).</summary>
    async Task<List<AssessmentRow>> ScoreAsync(DefinitionSet definitions, AssessmentScheme scheme, Period month, CancellationToken ct)
    {
        var kind = SubjectLevel.All[scheme.Level];
        var window = new FigureQuery { From = month.Start, To = month.End };
        var caseRows = (await figures.CasesAsync(window.By(kind.CaseKey), ct)).Where(r => r.Key is not null).ToDictionary(r => r.Key!, r => r.Measures);
        var taskRows = (await figures.AssignmentsAsync(window.By(kind.AssignmentKey), ct)).Where(r => r.Key is not null).ToDictionary(r => r.Key!, r => r.Measures);
        var rows = kind.List(definitions).Select(s =>
        {
            var values = Values(caseRows.GetValueOrDefault(s.CaseKey, CaseMeasures.Zero), taskRows.GetValueOrDefault(s.AssignmentKey, AssignmentMeasures.Zero), s,
                definitions.Command.Assessment.Weights);
            var scores = scheme.Indicators.Select(i => Score(i, values)).ToList();
            var active = values.Cases.Reported > 0 || values.Assignments.Assigned > 0;
            return new AssessmentRow(s.Code, s.Name, s.UnitCode, Math.Round(scores.Sum(x => x.Points), 2), active ? 0 : null, null, null, null, scores);
        }).OrderBy(r => r.Rank is null).ThenByDescending(r => r.Score).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        // A subject with no case and no task in the month is listed, unranked: full points for "no data" must not put it first.
        for (var i = 0; i < rows.Count && rows[i].Rank is not null; i++)
            rows[i] = rows[i] with { Rank = i > 0 && rows[i].Score == rows[i - 1].Score ? rows[i - 1].Rank : i + 1 };
        return rows;
    }

    static MeasureValues Values(CaseMeasures cases, AssignmentMeasures tasks, Subject s, SatisfactionWeights weights) =>
        new(cases, tasks, weights, new Dictionary<string, double> { [Measures.GridWorkers] = s.GridWorkers });

    static IndicatorScore Score(Indicator i, MeasureValues values)
    {
        var value = i.Formula.Evaluate(name => values[name]);
        return new IndicatorScore(i.Code, value, Math.Round(i.Weight * i.Fraction(value), 2), i.Formula.Names.ToDictionary(n => n, n => values[n]));
    }

    static IndicatorInfo Info(Indicator i) => new(i.Code, i.Name, i.Formula.Text, i.Format, i.Weight, i.Best, i.Worst,
        i.Formula.Names.Select(n => new MeasureLabel(n, Measures.Find(n)!.Label)).ToList());
}
