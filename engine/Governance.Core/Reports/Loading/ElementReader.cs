using Governance.Core.Definitions.Loading;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.Reports.Model;

namespace Governance.Core.Reports.Loading;

/// <summary>Reads one file of reports/dictionary/: a domain and its elements.</summary>
internal static class ElementReader
{
    static readonly string[] Fields = ["code", "name", "group", "type", "unit", "source", "query", "department", "cycle", "kind", "level", "required", "min", "max", "rules", "note"];

    public static (DataDomain? Domain, List<DataElement> Elements) ReadFile(JsonSection file)
    {
        file.AllowOnly("domain", "name", "order", "elements");
        var code = file.String("domain"); var name = file.String("name"); var order = file.Int("order", false) ?? 0;
        var domain = code is null || name is null ? null : new DataDomain(code, name, order, file.At);
        var elements = file.Objects("elements").Select(s => Element(s, code ?? "")).OfType<DataElement>().ToList();
        return (domain, elements);
    }

    static DataElement? Element(JsonSection s, string domain)
    {
        s.AllowOnly(Fields);
        var code = s.String("code"); var name = s.String("name"); var unit = s.String("unit"); var department = s.String("department");
        var type = s.Enum<ElementType>("type", Text.Format("TERM-REPORT-ELEMENT-TYPE"));
        var origin = s.Enum<ElementSource>("source", Text.Format("TERM-REPORT-ELEMENT-SOURCE"));
        var cycle = s.Has("cycle") ? s.Enum<CollectionCycle>("cycle", Text.Format("TERM-REPORT-CYCLE")) : CollectionCycle.Month;
        var kind = s.Has("kind") ? s.Enum<ElementKind>("kind", Text.Format("TERM-REPORT-ELEMENT-KIND")) : ElementKind.Flow;
        var level = s.Has("level") ? s.Enum<OrgLevel>("level", Text.Format("TERM-ORG-LEVEL")) : OrgLevel.Community;
        DerivedQuery? query = null;
        if (origin == ElementSource.Derived)
        {
            query = s.Object("query") is { } q ? QueryReader.Query(q) : null;
            foreach (var manualOnly in new[] { "required", "min", "max", "rules" }.Where(s.Has))
                s.Errors.Add(s.At.Field(manualOnly), "DEF-REPORT-DERIVED-INPUT", manualOnly);
        }
        else if (s.Has("query")) s.Errors.Add(s.At.Field("query"), "DEF-REPORT-MANUAL-QUERY");
        var validation = new ElementValidation(s.Has("required") && s.Bool("required") == true, s.Number("min", false), s.Number("max", false),
            s.Objects("rules", false).Select(Rule).OfType<ElementRule>().ToList());
        if (validation is { Min: { } min, Max: { } max } && min > max) s.Errors.Add(s.At.Field("min"), "DEF-FORM-MIN-MAX", "min", min, "max", max);
        if (code is null || name is null || unit is null || department is null || type is null || origin is null || cycle is null || kind is null || level is null) return null;
        if (origin == ElementSource.Derived && query is null) return null;
        return new DataElement(code, name, domain, s.String("group", false), type.Value, unit, origin.Value, query, department,
            cycle.Value, kind.Value, level.Value, validation, s.String("note", false), s.At);
    }

    static ElementRule? Rule(JsonSection s)
    {
        s.AllowOnly("notGreaterThan", "equalsSumOf");
        if (s.Has("notGreaterThan") == s.Has("equalsSumOf")) { s.Errors.Add(s.At, "DEF-REPORT-RULE"); return null; }
        return s.Has("notGreaterThan")
            ? s.String("notGreaterThan") is { } other ? new ElementRule(RuleKind.NotGreaterThan, [other], s.At.Field("notGreaterThan")) : null
            : new ElementRule(RuleKind.EqualsSumOf, s.Strings("equalsSumOf"), s.At.Field("equalsSumOf"));
    }
}
