namespace Governance.Core.Intake.Evaluation;

/// <summary>How often the first suggestion, and any of the first three, is one a skilled operator would accept.</summary>
public sealed record EvaluationResult(int Count, double Top1, double Top3)
{
    public static EvaluationResult Of(IEnumerable<LabelledText> texts, Func<LabelledText, IReadOnlyList<string>> rank)
    {
        int count = 0, first = 0, three = 0;
        foreach (var t in texts)
        {
            count++;
            var ranked = rank(t);
            if (ranked.Count > 0 && t.Items.Contains(ranked[0])) first++;
            if (ranked.Take(3).Any(t.Items.Contains)) three++;
        }
        return count == 0 ? new EvaluationResult(0, 0, 0) : new EvaluationResult(count, (double)first / count, (double)three / count);
    }
}
