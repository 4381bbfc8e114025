using Governance.Core.ReadSide;

namespace Governance.Core.Definitions.Model;

/// <summary>Who is assessed (考核对象): departments, the territorial units, and grid workers.</summary>
public enum AssessmentLevel { Department, Street, Community, Grid, GridWorker }

/// <summary>
/// The city's assessment (考核): satisfaction weights (also used by every satisfaction figure) and one scheme per
/// level, from definitions/assessment/.
/// </summary>
public sealed record AssessmentDefinitions(SatisfactionWeights Weights, IReadOnlyList<AssessmentScheme> Schemes)
{
    /// <summary>What a package that failed to load has: no schemes, and only 满意 counts (such a package is never run).</summary>
    public static readonly AssessmentDefinitions Empty = new(new SatisfactionWeights(1, 0, 0), []);

    public AssessmentScheme? For(AssessmentLevel level) => Schemes.FirstOrDefault(s => s.Level == level);
}

/// <summary>A monthly scheme for one level: indicators whose weights add up to 100.</summary>
public sealed record AssessmentScheme(AssessmentLevel Level, string Name, IReadOnlyList<Indicator> Indicators, SourceRef Source);

/// <summary>How an indicator's value is shown.</summary>
public enum IndicatorFormat { Percent, Count, Minutes, Number }

/// <summary>
/// One indicator: a formula over measures, its weight (points out of 100), and the values that earn full and no
/// points (linear in between; <see cref="Best"/> below <see cref="Worst"/> means lower is better). No data (nothing to
/// divide by) earns full points: a unit is not marked down for cases it never had.
/// </summary>
public sealed record Indicator(string Code, string Name, Formula Formula, IndicatorFormat Format, double Weight, double Best, double Worst, SourceRef Source)
{
    /// <summary>The share of the weight a value earns, 0 to 1.</summary>
    public double Fraction(double? value) =>
        value is not { } v ? 1 : Math.Clamp((v - Worst) / (Best - Worst), 0, 1);
}
