using Governance.Core.Definitions.Model;

namespace Governance.Core.Definitions.Validation;

/// <summary>
/// Checks the command center's definitions against the package: one scheme per level with weights adding up to 100
/// and unique indicator codes, unique rule and briefing ids, and every category, group, item and urgency they name.
/// </summary>
internal static class CommandChecks
{
    public static void Check(EffectivePackage city, CommandDefinitions command, DefinitionErrors errors)
    {
        var levels = new Dictionary<AssessmentLevel, AssessmentScheme>();
        foreach (var scheme in command.Assessment.Schemes)
        {
            if (!levels.TryAdd(scheme.Level, scheme))
                errors.Add(scheme.Source.Field("level"), "DEF-ASSESS-LEVEL-DUPLICATE", scheme.Level, levels[scheme.Level].Source.File);
            var sum = scheme.Indicators.Sum(i => i.Weight);
            if (Math.Abs(sum - 100) > 1e-9) errors.Add(scheme.Source.Field("indicators"), "DEF-ASSESS-WEIGHTS-SUM", scheme.Name, sum);
            foreach (var dup in scheme.Indicators.GroupBy(i => i.Code).Where(g => g.Count() > 1))
                errors.Add(dup.Last().Source.Field("code"), "DEF-ASSESS-CODE-DUPLICATE", dup.Key);
        }

        foreach (var dup in command.Warnings.GroupBy(r => r.Id).Where(g => g.Count() > 1))
            errors.Add(dup.Last().Source.Field("id"), "DEF-WARN-ID-DUPLICATE", dup.Key);
        foreach (var rule in command.Warnings)
            switch (rule)
            {
                case KeywordRule k when city.Urgencies.All(u => u.Code != k.Urgency):
                    errors.Add(k.Source.Field("urgency"), "DEF-WARN-URGENCY", k.Urgency, string.Join(", ", city.Urgencies.Select(u => u.Code)));
                    break;
                case OpenTooLongRule o:
                    CheckTargets(city, o, errors);
                    break;
            }

        foreach (var dup in command.Briefings.GroupBy(b => b.Id).Where(g => g.Count() > 1))
            errors.Add(dup.Last().Source.Field("id"), "DEF-BRIEF-ID-DUPLICATE", dup.Key);
    }

    static void CheckTargets(EffectivePackage city, OpenTooLongRule o, DefinitionErrors errors)
    {
        if (o.Category is { } category)
        {
            if (city.Categories.All(c => c.Code != category)) errors.Add(o.Source.Field("category"), "DEF-WARN-CATEGORY", category);
            else
                for (var i = 0; i < o.Groups.Count; i++)
                    if (!city.Items.Any(item => item.Category == category && item.Group == o.Groups[i]))
                        errors.Add(o.Source.Field("groups").Index(i), "DEF-WARN-GROUP", category, o.Groups[i]);
        }
        for (var i = 0; i < o.Items.Count; i++)
            if (city.FindItem(o.Items[i]) is null) errors.Add(o.Source.Field("items").Index(i), "DEF-WARN-ITEM", o.Items[i]);
    }
}
