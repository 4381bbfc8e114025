using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;
using Governance.Core.Forms.Model;
using Governance.Core.Messages;
using Governance.Core.Reports.Model;

namespace Governance.Core.Reports.Validation;

/// <summary>
/// What the dictionary and the reports refer to must exist: departments, categories, items, channels, urgencies,
/// form fields, elements; and what a report asks of an element must make sense (a manual element has no value
/// per category, a rate needs two elements).
/// </summary>
internal static class ReportChecks
{
    // Definitions write the lower-case codes of the case model ("closed", "satisfied").
    static readonly string[] Statuses = Enum.GetNames<Cases.Model.CaseStatus>().Select(n => n.ToLowerInvariant()).ToArray();
    static readonly string[] Satisfactions = Enum.GetNames<Cases.Model.Satisfaction>().Select(n => n.ToLowerInvariant()).ToArray();

    public static void Check(ReportLibrary library, EffectivePackage city, FormLibrary forms, DefinitionErrors errors)
    {
        var functions = city.Functions.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var e in library.Elements)
        {
            if (!functions.Contains(e.Department)) errors.Add(e.Source.Field("department"), "DEF-UNKNOWN-REF", Text.Format("TERM-FUNCTION"), e.Department);
            if (e.CollectedAt is not (OrgLevel.Community or OrgLevel.Street))
                errors.Add(e.Source.Field("level"), "DEF-REPORT-LEVEL", e.CollectedAt.ToString().ToLowerInvariant());
            if (e.Query is { } q) CheckQuery(q, e.Source.Field("query"), city, forms, errors);
            foreach (var rule in e.Validation.Rules)
                for (var i = 0; i < rule.Elements.Count; i++)
                {
                    var at = rule.Kind == RuleKind.EqualsSumOf ? rule.Source.Index(i) : rule.Source;
                    if (library.Element(rule.Elements[i]) is not { } other) errors.Add(at, "DEF-UNKNOWN-REF", Text.Format("TERM-REPORT-ELEMENT"), rule.Elements[i]);
                    else if (other.CollectedAt != e.CollectedAt || other.Cycle != e.Cycle)
                        errors.Add(at, "DEF-REPORT-RULE-SCOPE", e.Code, other.Code);
                }
        }
        foreach (var r in library.Reports) CheckReport(r, library, city, errors);
    }

    static void CheckQuery(DerivedQuery q, SourceRef at, EffectivePackage city, FormLibrary forms, DefinitionErrors errors)
    {
        CheckSelection(q.Filter, at.Field("filter"), city, forms, errors);
        if (q.Numerator is { } n) CheckSelection(n, at.Field("numerator"), city, forms, errors);
        if (q.Field is { Kind: CaseMeasureField.FormNumber, Form: { } form, Key: { } key } && forms.Latest(form)?.Field(key) is not { IsNumeric: true })
            errors.Add(at.Field("field"), "DEF-REPORT-FORM-NUMBER", form, key);
    }

    static void CheckSelection(CaseSelection s, SourceRef at, EffectivePackage city, FormLibrary forms, DefinitionErrors errors)
    {
        void Known(IReadOnlyList<string> codes, string field, Func<string, bool> exists, string term)
        {
            for (var i = 0; i < codes.Count; i++)
                if (!exists(codes[i])) errors.Add(at.Field(field).Index(i), "DEF-UNKNOWN-REF", Text.Format(term), codes[i]);
        }
        Known(s.Categories, "categories", c => city.Categories.Any(x => x.Code == c), "TERM-CATEGORY");
        Known(s.Items, "items", c => city.FindItem(c) is not null, "TERM-ITEM");
        Known(s.Channels, "channels", c => city.Channels.Any(x => x.Code == c), "TERM-CHANNEL");
        Known(s.Urgencies, "urgencies", c => city.Urgencies.Any(x => x.Code == c), "TERM-URGENCY");
        Known(s.Statuses, "statuses", c => Statuses.Contains(c), "TERM-REPORT-STATUS");
        Known(s.Satisfactions, "satisfactions", c => Satisfactions.Contains(c), "TERM-REPORT-SATISFACTION");
        foreach (var f in s.Form)
        {
            var field = forms.Latest(f.Form)?.Field(f.Key);
            if (field is null) errors.Add(at.Field("form").Field($"{f.Form}.{f.Key}"), "DEF-REPORT-FORM-FIELD", f.Form, f.Key);
            else if (field.Options is { } options)
                foreach (var v in f.Values.Where(v => options.All(o => o.Value != v)))
                    errors.Add(at.Field("form").Field($"{f.Form}.{f.Key}"), "DEF-UNKNOWN-REF", field.Label, v);
        }
    }

    static void CheckReport(ReportDefinition r, ReportLibrary library, EffectivePackage city, DefinitionErrors errors)
    {
        if (r.Rows.By == RowDimension.Unit && r.Rows.Subtotals.Any(l => l <= r.Rows.Level))
            errors.Add(r.Source.Field("rows").Field("subtotals"), "DEF-REPORT-SUBTOTAL-LEVEL", r.Rows.Level.ToString().ToLowerInvariant());
        if (r.Rows.Category is { } category && city.Categories.All(c => c.Code != category))
            errors.Add(r.Source.Field("rows").Field("category"), "DEF-UNKNOWN-REF", Text.Format("TERM-CATEGORY"), category);
        foreach (var column in r.Leaves)
            foreach (var code in column.Elements)
            {
                var at = column.Source.Field(column.Value.ToString().ToLowerInvariant());
                if (library.Element(code) is not { } e) errors.Add(at, "DEF-UNKNOWN-REF", Text.Format("TERM-REPORT-ELEMENT"), code);
                else if (e.IsManual && r.Rows.By != RowDimension.Unit) errors.Add(at, "DEF-REPORT-MANUAL-BY-CATALOG", code, e.Name);
                else if (r.Rows.By == RowDimension.Unit && e.CollectedAt > r.Rows.Level && e.IsManual)
                    errors.Add(at, "DEF-REPORT-ELEMENT-LEVEL", code, e.Name, r.Rows.Level.ToString().ToLowerInvariant());
            }
    }
}
