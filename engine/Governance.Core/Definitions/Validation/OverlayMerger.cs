using System.Text.Json;
using Governance.Core.Definitions.Loading;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Core.Definitions.Validation;

/// <summary>
/// Applies a county overlay to the city package. An addition of something that exists and an
/// override of something that does not are errors: the overlay can never silently replace or delete.
/// </summary>
internal static class OverlayMerger
{
    public static EffectivePackage Merge(EffectivePackage city, CountyParts county, DefinitionErrors errors)
    {
        var items = Apply(city.Items, i => i.Code, county.AddedItems, county.ItemOverrides, Text.Format("TERM-ITEM"), errors, OverrideItem);
        var limits = Apply(city.Limits, l => l.Key, county.AddedLimits, county.LimitOverrides, Text.Format("TERM-LIMIT"), errors, OverrideLimit);
        var routes = Apply(city.Routes, r => r.Id, county.AddedRoutes, county.RouteOverrides, Text.Format("TERM-ROUTE"), errors, OverrideRoute);
        var calendar = county.OfficeHours is { Count: > 0 } hours ? city.Calendar with { OfficeHours = hours } : city.Calendar;
        return new EffectivePackage
        {
            City = city.City, County = county.Info, Org = city.Org, Functions = city.Functions, Departments = city.Departments,
            Channels = city.Channels, Urgencies = city.Urgencies, Categories = city.Categories,
            Items = items, Limits = limits, Warnings = city.Warnings, StageLimits = city.StageLimits, Routes = routes, Calendar = calendar,
            Roles = city.Roles, Users = city.Users,
        };
    }

    static List<T> Apply<T>(IReadOnlyList<T> baseline, Func<T, string> key, IReadOnlyList<T> added, IReadOnlyList<Override> overrides,
        string what, DefinitionErrors errors, Func<T, JsonSection, T?> change) where T : class
    {
        var result = baseline.ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++) index.TryAdd(key(result[i]), i); // duplicates are reported elsewhere
        foreach (var o in overrides)
        {
            if (!index.TryGetValue(o.Key, out var at)) { errors.Add(o.Section.At, "DEF-OVERLAY-NO-TARGET", what, o.Key); continue; }
            if (change(result[at], o.Section) is { } changed) result[at] = changed;
        }
        foreach (var a in added)
        {
            if (index.ContainsKey(key(a))) { errors.Add(Source(a), "DEF-OVERLAY-ADD-EXISTS", what, key(a)); continue; }
            index[key(a)] = result.Count;
            result.Add(a);
        }
        return result;
    }

    static SourceRef Source(object element) => element switch
    {
        CatalogItem i => i.Source, LimitRule l => l.Source, RouteRule r => r.Source, _ => SourceRef.None,
    };

    static CatalogItem? OverrideItem(CatalogItem item, JsonSection s)
    {
        s.AllowOnly(ElementReaders.ItemFields);
        foreach (var fixedField in new[] { "category", "edition" })
            if (s.Has(fixedField)) s.Errors.Add(s.At.Field(fixedField), "DEF-OVERLAY-FIELD", fixedField);
        var lowest = s.Has("lowestLevel") ? s.Enum<OrgLevel>("lowestLevel", Text.Format("TERM-ORG-LEVEL")) : item.LowestLevel;
        return item with
        {
            Name = s.String("name", false) ?? item.Name,
            Group = s.String("group", false) ?? item.Group,
            Keywords = s.Has("keywords") ? s.Strings("keywords") : item.Keywords,
            Synonyms = s.Has("synonyms") ? s.Strings("synonyms") : item.Synonyms,
            Urgencies = s.Has("urgencies") ? s.Strings("urgencies") : item.Urgencies,
            Department = s.String("department", false) ?? item.Department,
            LowestLevel = lowest ?? item.LowestLevel,
            Form = s.String("form", false) ?? item.Form,
            Source = s.At,
        };
    }

    static LimitRule? OverrideLimit(LimitRule limit, JsonSection s)
    {
        s.AllowOnly(ElementReaders.LimitFields);
        return ElementReaders.TimeLimit(s) is { } l ? limit with { Limit = l, Source = s.At } : null;
    }

    static RouteRule? OverrideRoute(RouteRule route, JsonSection s)
    {
        s.AllowOnly(ElementReaders.RouteFields);
        var handler = s.Object("handler", false) is { } h ? ElementReaders.Handler(h) : route.Handler;
        if (handler is null) return null;
        return route with
        {
            Description = s.String("description", false) ?? route.Description,
            Place = s.String("place", false) ?? route.Place,
            Items = s.Has("items") ? s.Strings("items") : route.Items,
            Categories = s.Has("categories") ? s.Strings("categories") : route.Categories,
            Functions = s.Has("functions") ? s.Strings("functions") : route.Functions,
            Channels = s.Has("channels") ? s.Strings("channels") : route.Channels,
            Urgencies = s.Has("urgencies") ? s.Strings("urgencies") : route.Urgencies,
            Handler = handler,
            Source = s.At,
        };
    }
}
