using System.Text.Json.Nodes;
using Governance.Core.Definitions.Model;
using Governance.Core.Documents;

namespace Governance.Core.Packages.Admin;

/// <summary>Where an element of a county's effective package comes from.</summary>
public enum Origin { City, Override, Added }

public sealed record BaselineItem(string Code, string Name, string Category, Origin Origin, IReadOnlyList<string> Overridden);
public sealed record BaselineLimit(string Key, string? Item, string? Category, string Urgency, int Amount, string Unit, Origin Origin,
    int? CityAmount, string? CityUnit);
public sealed record BaselineRoute(string Id, string? Description, Origin Origin, IReadOnlyList<string> Overridden);
public sealed record BaselineHours(IReadOnlyList<string> City, IReadOnlyList<string> County, Origin Origin);

/// <summary>A county's effective package beside the city's baseline: each element marked as the city's, overridden or added by the county.</summary>
public sealed record CountyBaseline(string County, IReadOnlyList<BaselineItem> Items, IReadOnlyList<BaselineLimit> Limits,
    IReadOnlyList<BaselineRoute> Routes, BaselineHours OfficeHours);

/// <summary>What "reset to city" can drop from a county's overlay.</summary>
public enum OverrideKind { Item, Limit, Route, OfficeHours }

public sealed partial class PackageAdmin
{
    /// <summary>The county's catalog, limits, routes and office hours with its overrides and additions marked (its draft when asked).</summary>
    public async Task<CountyBaseline> BaselineAsync(PackageEditor editor, string county, bool draft, CancellationToken ct = default)
    {
        var set = await ToolSetAsync(editor, county, draft, ct);
        if (county == set.City!.City.Code) throw new PackageAdminException("PKG-NOT-COUNTY", 400, county) { Field = "scope" };
        var city = set.City;
        var effective = set.Definitions!.Overlay(county) ?? city;
        var items = effective.Items.Select(i => new BaselineItem(i.Code, i.Name, i.Category, OriginOf(i.Source),
            OriginOf(i.Source) == Origin.Override ? OverriddenFields(set, i.Source, "code") : [])).ToList();
        var cityLimits = city.Limits.ToDictionary(l => l.Key, StringComparer.Ordinal);
        var limits = effective.Limits.Select(l => new BaselineLimit(l.Key, l.Item, l.Category, l.Urgency, l.Limit.Amount, Unit(l.Limit), OriginOf(l.Source),
            cityLimits.GetValueOrDefault(l.Key)?.Limit.Amount, cityLimits.GetValueOrDefault(l.Key) is { } c ? Unit(c.Limit) : null)).ToList();
        var routes = effective.Routes.Select(r => new BaselineRoute(r.Id, r.Description, OriginOf(r.Source),
            OriginOf(r.Source) == Origin.Override ? OverriddenFields(set, r.Source, "id") : [])).ToList();
        var hours = new BaselineHours(Hours(city.Calendar.OfficeHours), Hours(effective.Calendar.OfficeHours),
            ReferenceEquals(effective.Calendar.OfficeHours, city.Calendar.OfficeHours) ? Origin.City : Origin.Override);
        return new CountyBaseline(county, items, limits, routes, hours);
    }

    /// <summary>Drops a county's override of one city element from its draft, so the city's baseline applies again once published.</summary>
    public async Task<DraftCheck> ResetToCityAsync(PackageEditor editor, string county, OverrideKind kind, string? key, CancellationToken ct = default)
    {
        var city = Authorize(editor, county);
        if (county == city) throw new PackageAdminException("PKG-NOT-COUNTY", 400, county) { Field = "scope" };
        var path = kind switch { OverrideKind.Item => "catalog.json", OverrideKind.Limit => "limits.json", OverrideKind.Route => "routes.json", _ => "calendar.json" };
        var draft = (await store.DraftAsync(county, ct)).FirstOrDefault(d => d.Path == path);
        var content = draft is not null ? draft.Content : packages.Current.Documents.Read(PackagePaths.Join(county, path, city));
        if (content is null || CanonicalJson.Parse(content) is not JsonObject doc) throw new PackageAdminException("PKG-OVERRIDE-NONE", 404, county, key ?? path) { Field = "key" };
        bool removed;
        if (kind == OverrideKind.OfficeHours)
            removed = doc["override"] is JsonObject o && o.Remove("officeHours");
        else
        {
            var list = doc["override"] as JsonArray;
            var match = list?.FirstOrDefault(e => e is JsonObject o && OverrideKey(kind, o) == key);
            removed = match is not null && list!.Remove(match);
        }
        if (!removed) throw new PackageAdminException("PKG-OVERRIDE-NONE", 404, county, key ?? path) { Field = "key" };
        return await SaveDraftAsync(editor, county, path, doc.ToJsonString(), ct);
    }

    static string? OverrideKey(OverrideKind kind, JsonObject o) => kind switch
    {
        OverrideKind.Item => (string?)o["code"],
        OverrideKind.Route => (string?)o["id"],
        _ => o["item"] is JsonValue i ? $"item:{i}/{o["urgency"]}" : $"category:{o["category"]}/{o["urgency"]}",
    };

    static Origin OriginOf(SourceRef source) =>
        !source.File.StartsWith(PackagePaths.CountiesFolder + "/", StringComparison.Ordinal) ? Origin.City
        : source.Path.StartsWith("$.override", StringComparison.Ordinal) ? Origin.Override : Origin.Added;

    /// <summary>The fields an override sets, read from its own JSON (the key field aside).</summary>
    static IReadOnlyList<string> OverriddenFields(DefinitionSet set, SourceRef source, string keyField)
    {
        if (set.Documents.Read(source.File) is not { } bytes || CanonicalJson.Parse(bytes) is not JsonObject doc) return [];
        var index = source.Path.LastIndexOf('[');
        return index > 0 && int.TryParse(source.Path[(index + 1)..^1], out var i) && doc["override"] is JsonArray list && i < list.Count && list[i] is JsonObject o
            ? o.Select(p => p.Key).Where(k => k != keyField).ToList() : [];
    }

    static string Unit(TimeLimit l) => l.Unit.ToString().ToLowerInvariant();

    static IReadOnlyList<string> Hours(IReadOnlyList<OfficePeriod> periods) =>
        periods.Select(p => $"{p.Start:HH\\:mm}–{p.End:HH\\:mm}").ToList();
}
