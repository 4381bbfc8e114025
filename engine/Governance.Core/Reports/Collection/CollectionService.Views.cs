using System.Text.Json.Nodes;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Forms.Runtime;
using Governance.Core.Reports.Building;
using Governance.Core.Reports.Queries;

namespace Governance.Core.Reports.Collection;

public sealed partial class CollectionService
{
    /// <summary>The sheets of a street's communities (and its own) for a month: what the street reviews.</summary>
    public async Task<IReadOnlyList<(OrgUnit Unit, CollectionSheet? Sheet)>> OverviewAsync(Actor actor, string streetCode, ReportPeriod period, CancellationToken ct = default)
    {
        var street = Unit(streetCode);
        if (!access.CanRead(actor, street) && !access.CanFill(actor, street)) throw Denied(street);
        var sheets = await store.ListAsync(OrgPrefixes.Of(street), period.ToString(), ct);
        var units = city.Org.Units.Where(u => u.Code == street.Code || (u.ParentCode == street.Code && u.Level == OrgLevel.Community)).OrderBy(u => u.Code, StringComparer.Ordinal);
        return units.Select(u => (u, sheets.FirstOrDefault(s => s.UnitCode == u.Code))).ToList();
    }

    /// <summary>
    /// Takes an uploaded sheet's values cell by cell: each value the form accepts is saved into the draft, each it
    /// refuses is reported and leaves the saved value as it was. Completeness and rules wait for the submit.
    /// </summary>
    public async Task<ImportResult> ImportAsync(Actor actor, string unitCode, ReportPeriod period, IReadOnlyDictionary<string, JsonNode?> values, CancellationToken ct = default)
    {
        var unit = Unit(unitCode);
        if (!access.CanFill(actor, unit)) throw Denied(unit);
        var (sheet, isNew) = await CurrentAsync(unit, period, null, ct);
        if (!sheet.IsEditable) sheet.Save(new Dictionary<string, decimal?>(), clock.GetUtcNow()); // throws COLLECT-STATE
        var (_, form) = Form(unit.Level, period);
        var manual = CollectionForm.Elements(library, unit.Level, period).Where(e => e.IsManual).Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var submitted = new JsonObject();
        foreach (var (code, value) in values.Where(v => manual.Contains(v.Key))) submitted[code] = value?.DeepClone();
        var merged = Merge(sheet, submitted);
        var result = form.Validate(new FormSubmission(CollectionForm.SaveStep, merged, Previous(sheet)));
        // Rules name the element they sit on; a value is refused only for its own type and range.
        var refused = result.Errors.Where(e => e.Code != "FORM-RULE" && e.Code != "FORM-RULE-ERROR").ToList();
        var bad = refused.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var accepted = submitted.Where(p => !bad.Contains(p.Key)).ToDictionary(p => p.Key, p => CollectionForm.Number(p.Value), StringComparer.Ordinal);
        var changes = sheet.Save(accepted, clock.GetUtcNow());
        if (changes.Count > 0 || isNew) await store.SaveAsync(sheet, isNew, Entry(sheet, actor, "import", null, changes), ct);
        return new ImportResult(accepted.Count, refused, await ViewAsync(actor, unit, period, sheet, !isNew || changes.Count > 0, null, ct));
    }

    /// <summary>The form and values of a unit's month, derived values computed now from the cases.</summary>
    public async Task<(JsonObject Form, JsonObject Data, IReadOnlyList<Model.DataElement> Elements)> SheetAsync(OrgUnit unit, ReportPeriod period, CollectionSheet sheet, CancellationToken ct)
    {
        var (json, _) = Form(unit.Level, period);
        var elements = CollectionForm.Elements(library, unit.Level, period);
        var derived = elements.Where(e => e.Query is not null).ToList();
        var (from, to) = period.Range(Model.CollectionCycle.Month, zone);
        var table = await aggregates.AggregateAsync(new AggregateRequest(derived.Select(e => KeyValuePair.Create(e.Code, e.Query!)).ToList(),
            OrgPrefixes.Of(unit), from, to, AggregateGrouping.Unit, OrgPrefixes.Length(unit.Level)), ct);
        var data = new JsonObject();
        foreach (var e in elements)
            data[e.Code] = e.Query is { } q ? CollectionForm.Display(e, table.Get(OrgPrefixes.Of(unit), e.Code).Value(q.Measure) is { } v ? Math.Round(v, q.Measure == Model.Measure.Rate ? 4 : 2) : q.Measure is Model.Measure.Count or Model.Measure.Sum ? 0 : null)
                : sheet.Values.TryGetValue(e.Code, out var m) ? JsonValue.Create(m) : null;
        return (json, data, elements);
    }

    async Task<CollectionView> ViewAsync(Actor actor, OrgUnit unit, ReportPeriod period, CollectionSheet sheet, bool stored, string? prefilled, CancellationToken ct)
    {
        var (json, data, elements) = await SheetAsync(unit, period, sheet, ct);
        var actions = new List<string>();
        if (access.CanFill(actor, unit))
        {
            if (sheet.IsEditable) actions.AddRange(["save", "submit", "import"]);
            if (sheet.State == CollectionState.Approved) actions.Add("correct");
        }
        if (access.CanReview(actor, unit) && sheet.State == CollectionState.Submitted) actions.AddRange(["approve", "return"]);
        var journal = stored ? await store.JournalAsync(unit.Code, period.ToString(), ct) : [];
        return new CollectionView(unit.Code, unit.Name, period.ToString(), sheet.Revision, sheet.State, stored, prefilled, sheet.Reason, sheet.ReviewComment,
            sheet.Version, json, data, actions, journal, elements.Count(e => e.IsManual), elements.Count(e => !e.IsManual));
    }
}
