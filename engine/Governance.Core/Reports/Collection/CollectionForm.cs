using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Definitions.Loading;
using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;
using Governance.Core.Forms.Loading;
using Governance.Core.Forms.Model;
using Governance.Core.Messages;
using Governance.Core.Reports.Building;
using Governance.Core.Reports.Model;

namespace Governance.Core.Reports.Collection;

/// <summary>
/// The collection sheet of a level and month as an ordinary form definition, so the browser renders it with the
/// form view and the server checks it with the form validator: a tab per domain, a section per group, a number
/// field per element; derived elements read-only; rules between elements as form rules; required only on submit.
/// </summary>
public static class CollectionForm
{
    public const string SaveStep = "save", SubmitStep = "submit";

    /// <summary>The elements a unit of this level fills (or sees derived) in this month, in dictionary order.</summary>
    public static IReadOnlyList<DataElement> Elements(ReportLibrary library, OrgLevel level, ReportPeriod period) =>
        library.Elements.Where(e => e.IsManual ? e.CollectedAt == level && e.CollectedIn(period.Month) : true)
            .OrderBy(e => library.Domains.FirstOrDefault(d => d.Code == e.Domain)?.Order ?? 99).ToList();

    /// <summary>Which of the three sheet shapes a month has: every month, quarter's end, year's end.</summary>
    public static string Id(OrgLevel level, ReportPeriod period) =>
        $"collection-{level.ToString().ToLowerInvariant()}-{(period.Month == 12 ? "year" : period.Month % 3 == 0 ? "quarter" : "month")}";

    public static JsonObject Definition(ReportLibrary library, OrgLevel level, ReportPeriod period)
    {
        var elements = Elements(library, level, period);
        var byCode = elements.ToDictionary(e => e.Code, StringComparer.Ordinal);
        var fields = new JsonArray();
        foreach (var e in elements) fields.Add(Field(e, byCode));
        var tabs = new JsonArray();
        foreach (var domain in library.Domains)
        {
            var sections = new JsonArray();
            foreach (var group in elements.Where(e => e.Domain == domain.Code).GroupBy(e => e.Group ?? ""))
                sections.Add(new JsonObject
                {
                    ["title"] = group.Key.Length == 0 ? null : group.Key,
                    ["columns"] = 3,
                    ["fields"] = new JsonArray(group.Select(e => (JsonNode)JsonValue.Create(e.Code)!).ToArray()),
                });
            if (sections.Count > 0) tabs.Add(new JsonObject { ["title"] = domain.Name, ["sections"] = sections });
        }
        return new JsonObject
        {
            ["id"] = Id(level, period),
            ["version"] = 1,
            ["title"] = Text.Format("COLLECT-FORM-TITLE"),
            ["description"] = Text.Format("COLLECT-FORM-DESCRIPTION"),
            ["fields"] = fields,
            ["layout"] = tabs,
        };
    }

    static JsonObject Field(DataElement e, IReadOnlyDictionary<string, DataElement> sheet)
    {
        var rate = e.Query?.Measure == Measure.Rate;
        var f = new JsonObject
        {
            ["key"] = e.Code,
            ["type"] = "number",
            ["label"] = $"{e.Code} {e.Name}",
            ["unit"] = e.Unit,
        };
        if (e.Note is not null) f["help"] = e.Note;
        if (!e.IsManual)
        {
            f["readOnly"] = true;
            f["help"] = Text.Format(rate ? "COLLECT-DERIVED-RATE-HELP" : "COLLECT-DERIVED-HELP");
            return f;
        }
        if (e.Type == ElementType.Integer) f["integer"] = true;
        if (e.Validation.Min is { } min) f["min"] = min;
        if (e.Validation.Max is { } max) f["max"] = max;
        if (e.Validation.Required) f["required"] = $"step === '{SubmitStep}'";
        var rules = new JsonArray();
        foreach (var rule in e.Validation.Rules.Where(r => r.Elements.All(sheet.ContainsKey)))
            rules.Add(rule.Kind == RuleKind.NotGreaterThan
                ? new JsonObject
                {
                    ["expression"] = $"data.{rule.Elements[0]} === null || data.{rule.Elements[0]} === undefined || data.{e.Code} <= data.{rule.Elements[0]}",
                    ["message"] = Text.Format("COLLECT-RULE-NOT-GREATER", sheet[rule.Elements[0]].Name, rule.Elements[0]),
                }
                : new JsonObject
                {
                    ["expression"] = string.Join(" || ", rule.Elements.Select(c => $"data.{c} === null || data.{c} === undefined"))
                        + $" || round({string.Join(" + ", rule.Elements.Select(c => $"data.{c}"))}, 2) === round(data.{e.Code}, 2)",
                    ["message"] = Text.Format("COLLECT-RULE-SUM", string.Join(Text.Format("COLLECT-PLUS"), rule.Elements.Select(c => sheet[c].Name))),
                });
        if (rules.Count > 0) f["rules"] = rules;
        return f;
    }

    /// <summary>Reads the generated JSON back through the form reader: the same model every form has.</summary>
    public static FormDefinition Read(JsonObject json)
    {
        var errors = new DefinitionErrors();
        using var doc = JsonDocument.Parse(json.ToJsonString());
        var form = FormReader.Read(new JsonSection(doc.RootElement.Clone(), new SourceRef("reports/collection", "$"), errors), out _);
        if (form is null || errors.HasErrors)
            throw new InvalidOperationException("the generated collection form does not read: " + string.Join("; ", errors.Errors));
        return form;
    }

    /// <summary>A value as the form holds it: derived rates as percentages with one decimal, others as they are.</summary>
    public static JsonNode? Display(DataElement e, decimal? value) =>
        value is not { } v ? null : JsonValue.Create(e.Query?.Measure == Measure.Rate ? Math.Round(v * 100, 1) : v);

    /// <summary>A form value as a stored value, or null when it is not a number.</summary>
    public static decimal? Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
        && decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    internal static string Invariant(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
