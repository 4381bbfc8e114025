using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.ReadSide;

namespace Governance.Core.Definitions.Loading;

/// <summary>Reads an assessment scheme: its level, name and indicators (formula, format, weight, full- and no-point values).</summary>
internal static class AssessmentReader
{
    public static AssessmentScheme? Scheme(JsonSection s)
    {
        s.AllowOnly("level", "name", "indicators");
        var level = s.Enum<AssessmentLevel>("level", Text.Format("TERM-ASSESSMENT-LEVEL"));
        var name = s.String("name");
        var indicators = s.Objects("indicators").Select(Indicator).OfType<Indicator>().ToList();
        return level is null || name is null ? null : new AssessmentScheme(level.Value, name, indicators, s.At);
    }

    static Indicator? Indicator(JsonSection s)
    {
        s.AllowOnly("code", "name", "formula", "format", "weight", "score");
        var code = s.String("code");
        var name = s.String("name");
        var text = s.String("formula");
        var format = s.Enum<IndicatorFormat>("format", Text.Format("TERM-INDICATOR-FORMAT"), required: false) ?? IndicatorFormat.Number;
        var weight = s.Number("weight");
        if (weight is <= 0) { s.Errors.Add(s.At.Field("weight"), "DEF-ASSESS-WEIGHT", weight); weight = null; }
        var score = s.Object("score");
        score?.AllowOnly("best", "worst");
        var (best, worst) = (score?.Number("best"), score?.Number("worst"));
        if (best is not null && best == worst) { s.Errors.Add(s.At.Field("score"), "DEF-ASSESS-SCORE-RANGE", best); best = null; }
        Formula? formula = null;
        if (text is not null && (formula = Formula.Parse(text, out var error)) is null)
            s.Errors.Add(s.At.Field("formula"), "DEF-ASSESS-FORMULA", text, error!.Position,
                Text.Format(error.Code, error.Argument, string.Join(", ", Measures.List.Select(m => m.Name))));
        return code is null || name is null || formula is null || weight is null || best is null || worst is null ? null
            : new Indicator(code, name, formula, format, weight.Value, best.Value, worst.Value, s.At);
    }
}
