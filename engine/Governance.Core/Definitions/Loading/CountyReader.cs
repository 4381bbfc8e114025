using Governance.Core.Definitions.Model;

namespace Governance.Core.Definitions.Loading;

/// <summary>
/// Reads a county overlay (counties/&lt;code&gt;/): only additions and overrides of the city's elements, so nothing of
/// the city's can silently disappear. Every document but package.json is optional.
/// </summary>
internal static class CountyReader
{
    public static CountyParts? Read(SourceReader r, string folder)
    {
        var info = r.Root($"{folder}/package.json") is { } p ? ElementReaders.Package(p) : null;

        var catalog = r.Root($"{folder}/catalog.json", required: false);
        catalog?.AllowOnly("add", "override");
        var addedItems = catalog?.Objects("add", false).Select(s => ElementReaders.Item(s, null)).OfType<CatalogItem>().ToList() ?? [];
        var itemOverrides = Overrides(catalog, s => s.String("code"));

        var limits = r.Root($"{folder}/limits.json", required: false);
        limits?.AllowOnly("warnings", "stages", "add", "override");
        var addedLimits = limits?.Objects("add", false).Select(ElementReaders.Limit).OfType<LimitRule>().ToList() ?? [];
        var limitOverrides = Overrides(limits, s =>
        {
            var item = s.String("item", false); var category = s.String("category", false); var urgency = s.String("urgency");
            if ((item is null) == (category is null)) { s.Errors.Add(s.At, "DEF-LIMIT-TARGET"); return null; }
            return urgency is null ? null : item is not null ? $"item:{item}/{urgency}" : $"category:{category}/{urgency}";
        });
        var warnings = limits?.Object("warnings", false) is { } w ? ElementReaders.Warnings(w) : null;
        var stages = limits?.Object("stages", false) is { } st ? ElementReaders.Stages(st) : null;

        var routes = r.Root($"{folder}/routes.json", required: false);
        routes?.AllowOnly("add", "override");
        var addedRoutes = routes?.Objects("add", false).Select(ElementReaders.Route).OfType<RouteRule>().ToList() ?? [];
        var routeOverrides = Overrides(routes, s => s.String("id"));

        var calendar = r.Root($"{folder}/calendar.json", required: false);
        calendar?.AllowOnly("override");
        var calendarOverride = calendar?.Object("override");
        calendarOverride?.AllowOnly("officeHours", "seasons");
        var hours = calendarOverride is { } co && co.Has("officeHours") ? ElementReaders.OfficeHours(co, "officeHours") : null;
        var seasons = calendarOverride is { } cs && cs.Has("seasons") ? ElementReaders.Seasons(cs, hours) : null;

        var users = r.Root($"{folder}/users.json", required: false);
        users?.AllowOnly("add", "override");
        var addedUsers = users?.Objects("add", false).Select(u => ElementReaders.User(u, null, passwordRequired: false)).OfType<UserDefinition>().ToList() ?? [];
        var userOverrides = Overrides(users, s => s.String("username"));

        return info is null ? null : new CountyParts(info, folder, addedItems, itemOverrides, addedLimits, limitOverrides,
            addedRoutes, routeOverrides, hours, calendarOverride?.At.Field("officeHours"))
        {
            Warnings = warnings, Stages = stages, Seasons = seasons, AddedUsers = addedUsers, UserOverrides = userOverrides,
        };
    }

    static List<Override> Overrides(JsonSection? file, Func<JsonSection, string?> key) =>
        file?.Objects("override", false).Select(s => key(s) is { } k ? new Override(k, s) : null).OfType<Override>().ToList() ?? [];
}
