using Governance.Core.Definitions;
using Governance.Core.Definitions.Loading;
using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;
using Governance.Core.Forms.Loading;
using Governance.Core.Forms.Model;
using Governance.Core.Messages;

namespace Governance.Core.Forms.Validation;

/// <summary>The forms/ folder of a package: reads every file, checks each form, and checks what the catalog refers to.</summary>
internal static class FormPackage
{
    public static FormLibrary Read(IEnumerable<JsonSection?> files, DefinitionErrors errors)
    {
        var forms = new List<FormDefinition>();
        var seen = new Dictionary<string, SourceRef>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file is not { } section || FormReader.Read(section, out var declared) is not { } form) continue;
            if (!seen.TryAdd(form.Key, form.Source))
            {
                errors.Add(form.Source.Field("version"), "DEF-FORM-DUPLICATE", form.Id, form.Version, seen[form.Key]);
                continue;
            }
            FormChecks.Check(form, declared, errors);
            forms.Add(form);
        }
        return new FormLibrary(forms);
    }

    /// <summary>Every intake form named by a category or item (city and county overlays) must exist.</summary>
    public static void CheckReferences(EffectiveDefinitions set, FormLibrary forms, DefinitionErrors errors)
    {
        var city = set.City;
        foreach (var c in city.Categories.Where(c => c.Form is not null && !forms.Contains(c.Form)))
            errors.Add(c.Source.Field("form"), "DEF-UNKNOWN-REF", Text.Format("TERM-FORM"), c.Form);
        var items = city.Items.Concat(set.OverlaidCounties.SelectMany(code => set.For(code).Items)).Distinct();
        foreach (var i in items.Where(i => i.Form is not null && !forms.Contains(i.Form)))
            errors.Add(i.Source.Field("form"), "DEF-UNKNOWN-REF", Text.Format("TERM-FORM"), i.Form);
    }
}
