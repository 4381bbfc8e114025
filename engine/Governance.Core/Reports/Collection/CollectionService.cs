using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Forms.Runtime;
using Governance.Core.Messages;
using Governance.Core.Reports.Building;
using Governance.Core.Reports.Model;
using Governance.Core.Reports.Queries;

namespace Governance.Core.Reports.Collection;

/// <summary>
/// Collection once per period: open a unit's sheet (prefilled from last month, derived values read-only), save,
/// submit, review (approve or return), correct an approved sheet as a new revision. Each change is one store write
/// with its journal line.
/// </summary>
public sealed partial class CollectionService(ReportLibrary library, EffectivePackage city, ICollectionStore store, ICaseAggregates aggregates, TimeProvider clock)
{
    readonly ReportAccess access = new(city);
    readonly FormValidators validators = new(Forms.Model.FormLibrary.Empty);
    readonly ConcurrentDictionary<string, (JsonObject Json, CompiledForm Form)> forms = new(StringComparer.Ordinal);
    readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(city.Calendar.TimeZone);

    public ReportAccess Access => access;

    public async Task<CollectionView> OpenAsync(Actor actor, string unitCode, ReportPeriod period, CancellationToken ct = default)
    {
        var unit = Unit(unitCode);
        if (!access.CanFill(actor, unit) && !access.CanReview(actor, unit) && !access.CanRead(actor, unit)) throw Denied(unit);
        var sheet = await store.LatestAsync(unit.Code, period.ToString(), ct);
        string? prefilled = null;
        if (sheet is null)
        {
            sheet = new CollectionSheet { UnitCode = unit.Code, Period = period.ToString() };
            if (await store.LatestAsync(unit.Code, period.AddMonths(-1).ToString(), ct) is { } last)
            {
                var manual = CollectionForm.Elements(library, unit.Level, period).Where(e => e.IsManual).Select(e => e.Code).ToHashSet();
                sheet.Save(last.Values.Where(v => manual.Contains(v.Key)).ToDictionary(v => v.Key, v => (decimal?)v.Value), clock.GetUtcNow());
                prefilled = last.Period;
            }
            return await ViewAsync(actor, unit, period, sheet, stored: false, prefilled, ct);
        }
        return await ViewAsync(actor, unit, period, sheet, stored: true, null, ct);
    }

    /// <summary>Saves values as a draft (checked for type and range, not for completeness); with <paramref name="submit"/> also checks completeness and rules and sends it to the street.</summary>
    public async Task<CollectionView> SaveAsync(Actor actor, string unitCode, ReportPeriod period, JsonObject data, int? version, bool submit, CancellationToken ct = default)
    {
        var unit = Unit(unitCode);
        if (!access.CanFill(actor, unit)) throw Denied(unit);
        var (sheet, isNew) = await CurrentAsync(unit, period, version, ct);
        var (_, form) = Form(unit.Level, period);
        var merged = Merge(sheet, data);
        var result = form.Validate(new FormSubmission(submit ? CollectionForm.SubmitStep : CollectionForm.SaveStep, merged, Previous(sheet)));
        if (!result.IsValid) throw new CollectionValidationException(result.Errors);
        var now = clock.GetUtcNow();
        var changes = sheet.Save(ManualValues(unit.Level, period, result.Data), now);
        if (submit) sheet.Submit(actor, now);
        if (changes.Count == 0 && !submit && !isNew) return await ViewAsync(actor, unit, period, sheet, true, null, ct);
        await store.SaveAsync(sheet, isNew, Entry(sheet, actor, submit ? "submit" : "save", null, changes), ct);
        return await ViewAsync(actor, unit, period, sheet, true, null, ct);
    }

    public async Task<CollectionView> ReviewAsync(Actor actor, string unitCode, ReportPeriod period, bool approve, string? comment, CancellationToken ct = default)
    {
        var unit = Unit(unitCode);
        if (!access.CanReview(actor, unit)) throw Denied(unit);
        if (!approve && string.IsNullOrWhiteSpace(comment)) throw new CollectionException("COLLECT-RETURN-REASON", Text.Format("COLLECT-RETURN-REASON"), 400, "comment");
        var sheet = await store.LatestAsync(unit.Code, period.ToString(), ct) ?? throw NotFound(unit, period);
        var now = clock.GetUtcNow();
        if (approve) sheet.Approve(actor, comment, now); else sheet.Return(actor, comment!, now);
        await store.SaveAsync(sheet, false, Entry(sheet, actor, approve ? "approve" : "return", comment, null), ct);
        return await ViewAsync(actor, unit, period, sheet, true, null, ct);
    }

    /// <summary>Opens a new revision of an approved sheet, saying why; it is filled and submitted again like the first.</summary>
    public async Task<CollectionView> CorrectAsync(Actor actor, string unitCode, ReportPeriod period, string reason, CancellationToken ct = default)
    {
        var unit = Unit(unitCode);
        if (!access.CanFill(actor, unit)) throw Denied(unit);
        if (string.IsNullOrWhiteSpace(reason)) throw new CollectionException("COLLECT-CORRECT-REASON", Text.Format("COLLECT-CORRECT-REASON"), 400, "reason");
        var sheet = await store.LatestAsync(unit.Code, period.ToString(), ct) ?? throw NotFound(unit, period);
        var next = sheet.Correct(reason.Trim(), clock.GetUtcNow());
        await store.SaveAsync(next, true, Entry(next, actor, "correct", reason.Trim(), null), ct);
        return await ViewAsync(actor, unit, period, next, true, null, ct);
    }

    async Task<(CollectionSheet Sheet, bool IsNew)> CurrentAsync(OrgUnit unit, ReportPeriod period, int? version, CancellationToken ct)
    {
        var sheet = await store.LatestAsync(unit.Code, period.ToString(), ct);
        if (sheet is null) return (new CollectionSheet { UnitCode = unit.Code, Period = period.ToString() }, true);
        if (version is { } v && v != sheet.Version) throw new CollectionException("COLLECT-CONFLICT", Text.Format("COLLECT-CONFLICT"));
        return (sheet, false);
    }

    /// <summary>The compiled form of a level and month shape, made once.</summary>
    (JsonObject Json, CompiledForm Form) Form(OrgLevel level, ReportPeriod period) =>
        forms.GetOrAdd(CollectionForm.Id(level, period), _ =>
        {
            var json = CollectionForm.Definition(library, level, period);
            return (json, validators.Compile(CollectionForm.Read(json)));
        });

    JsonObject Merge(CollectionSheet sheet, JsonObject data)
    {
        var merged = Previous(sheet);
        foreach (var (k, v) in data) merged[k] = v?.DeepClone();
        return merged;
    }

    static JsonObject Previous(CollectionSheet sheet)
    {
        var o = new JsonObject();
        foreach (var (k, v) in sheet.Values) o[k] = v;
        return o;
    }

    Dictionary<string, decimal?> ManualValues(OrgLevel level, ReportPeriod period, JsonObject data) =>
        CollectionForm.Elements(library, level, period).Where(e => e.IsManual)
            .ToDictionary(e => e.Code, e => CollectionForm.Number(data[e.Code]), StringComparer.Ordinal);

    CollectionJournalEntry Entry(CollectionSheet sheet, Actor actor, string action, string? comment, Dictionary<string, (decimal? Old, decimal? New)>? changes)
    {
        JsonObject? json = null;
        if (changes is { Count: > 0 })
        {
            json = new JsonObject();
            foreach (var (code, (old, @new)) in changes) json[code] = new JsonArray(old is { } o ? JsonValue.Create(o) : null, @new is { } n ? JsonValue.Create(n) : null);
        }
        return new CollectionJournalEntry(sheet.UnitCode, sheet.Period, sheet.Revision, clock.GetUtcNow(), action, actor.Username, actor.Name, comment, json?.ToJsonString());
    }

    OrgUnit Unit(string code) => city.Org.Find(code) is { Level: OrgLevel.Street or OrgLevel.Community } u ? u
        : throw new CollectionException("COLLECT-UNIT", Text.Format("COLLECT-UNIT", code), 404, "unit");

    static CollectionException Denied(OrgUnit unit) => new("COLLECT-DENIED", Text.Format("COLLECT-DENIED", unit.Name), 403);

    static CollectionException NotFound(OrgUnit unit, ReportPeriod period) => new("COLLECT-NOT-FOUND", Text.Format("COLLECT-NOT-FOUND", unit.Name, period), 404);
}
