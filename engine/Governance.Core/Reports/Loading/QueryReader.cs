using Governance.Core.Definitions.Loading;
using Governance.Core.Messages;
using Governance.Core.Reports.Model;

namespace Governance.Core.Reports.Loading;

/// <summary>Reads a derived element's query: <c>{ "measure": "rate", "filter": {…}, "numerator": {…} }</c>.</summary>
internal static class QueryReader
{
    static readonly string[] SelectionFields = ["categories", "items", "statuses", "channels", "urgencies", "satisfactions", "onTime", "reopened", "form"];

    public static DerivedQuery? Query(JsonSection s)
    {
        s.AllowOnly("measure", "filter", "field", "numerator");
        var measure = s.Enum<Measure>("measure", Text.Format("TERM-REPORT-MEASURE"));
        var filter = s.Object("filter", false) is { } f ? Selection(f) : CaseSelection.All;
        CaseField? field = null;
        if (measure is Measure.Sum or Measure.Avg) field = Field(s);
        else if (s.Has("field")) s.Errors.Add(s.At.Field("field"), "DEF-REPORT-QUERY-FIELD-UNUSED", s.String("field"));
        CaseSelection? numerator = null;
        if (measure == Measure.Rate) numerator = s.Object("numerator") is { } n ? Selection(n) : null;
        else if (s.Has("numerator")) s.Errors.Add(s.At.Field("numerator"), "DEF-REPORT-QUERY-NUMERATOR-UNUSED");
        if (measure is null || filter is null) return null;
        if (measure is Measure.Sum or Measure.Avg && field is null) return null;
        if (measure == Measure.Rate && numerator is null) return null;
        return new DerivedQuery(measure.Value, filter, field, numerator);
    }

    static CaseField? Field(JsonSection s)
    {
        var text = s.String("field");
        if (text is null) return null;
        if (text == "handlingHours") return new CaseField(CaseMeasureField.HandlingHours);
        if (text == "reopenCount") return new CaseField(CaseMeasureField.ReopenCount);
        // form:<form id>.<field key> — a number the intake form saved
        var dot = text.LastIndexOf('.');
        if (text.StartsWith("form:", StringComparison.Ordinal) && dot > 5 && dot < text.Length - 1)
            return new CaseField(CaseMeasureField.FormNumber, text[5..dot], text[(dot + 1)..]);
        s.Errors.Add(s.At.Field("field"), "DEF-REPORT-QUERY-FIELD", text);
        return null;
    }

    public static CaseSelection? Selection(JsonSection s)
    {
        s.AllowOnly(SelectionFields);
        var form = new List<FormCondition>();
        if (s.Object("form", false) is { } f)
            foreach (var p in f.Element.EnumerateObject())
            {
                var dot = p.Name.IndexOf('.');
                var values = f.Strings(p.Name);
                if (dot <= 0 || dot == p.Name.Length - 1) f.Errors.Add(f.At.Field(p.Name), "DEF-REPORT-QUERY-FORM-KEY", p.Name);
                else form.Add(new FormCondition(p.Name[..dot], p.Name[(dot + 1)..], values));
            }
        return new CaseSelection(s.Strings("categories", false), s.Strings("items", false), s.Strings("statuses", false),
            s.Strings("channels", false), s.Strings("urgencies", false), s.Strings("satisfactions", false),
            s.Bool("onTime", false), s.Bool("reopened", false), form);
    }
}
