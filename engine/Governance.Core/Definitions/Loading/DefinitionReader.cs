using System.Globalization;
using System.Text.Json;
using Governance.Core.Definitions.Model;
using Governance.Core.Documents;
using Governance.Core.Messages;

namespace Governance.Core.Definitions.Loading;

/// <summary>
/// Reads the definition documents of a package (the city package and its counties/ overlays) from any source.
/// Every document is read even when an earlier one is broken, so that all problems are reported in one pass.
/// </summary>
internal static class DefinitionReader
{
    /// <summary>The city's parts (null when a required part is missing) and each county overlay's.</summary>
    public static (CityParts? City, IReadOnlyList<CountyParts> Counties) Read(SourceReader reader)
    {
        var city = ReadCity(reader);
        var counties = new List<CountyParts>();
        foreach (var code in reader.Source.Folders(PackagePaths.CountiesFolder))
            if (CountyReader.Read(reader, $"{PackagePaths.CountiesFolder}/{code}") is { } county) counties.Add(county);
        return (city, counties);
    }

    static CityParts? ReadCity(SourceReader r)
    {
        var info = r.Root("package.json") is { } p ? ElementReaders.Package(p) : null;

        var units = r.Root("org/units.json") is { } u ? u.Objects("units").Select(ElementReaders.Unit).OfType<OrgUnit>().ToList() : [];

        var depts = r.Root("org/departments.json");
        var functions = depts?.Objects("functions").Select(ElementReaders.Function).OfType<DepartmentFunction>().ToList() ?? [];
        var departments = depts?.Objects("departments").Select(ElementReaders.Department).OfType<Department>().ToList() ?? [];
        depts?.AllowOnly("functions", "departments");

        var channels = r.Root("dictionaries/channels.json")?.Objects("channels").Select(ElementReaders.Entry).OfType<DictionaryEntry>().ToList() ?? [];
        var urgencies = r.Root("dictionaries/urgencies.json")?.Objects("urgencies").Select(ElementReaders.Entry).OfType<DictionaryEntry>().ToList() ?? [];
        var categories = r.Root("catalog/categories.json")?.Objects("categories").Select(ElementReaders.Category).OfType<Category>().ToList() ?? [];

        var items = new List<CatalogItem>();
        foreach (var file in r.Files("catalog/items"))
        {
            if (r.Root(file) is not { } f) continue;
            f.AllowOnly("category", "items");
            var fileCategory = f.String("category", false);
            foreach (var s in f.Objects("items"))
            {
                if (ElementReaders.Item(s, fileCategory) is not { } item) continue;
                if (fileCategory is not null && item.Category != fileCategory)
                    r.Errors.Add(s.At.Field("category"), "DEF-ITEM-CATEGORY-MISMATCH", item.Code, fileCategory, item.Category);
                items.Add(item);
            }
        }

        var limitsFile = r.Root("limits/time-limits.json");
        limitsFile?.AllowOnly("warnings", "stages", "limits");
        var stages = limitsFile?.Object("stages", false) is { } stagesSection
            ? ElementReaders.Stages(stagesSection) : new Dictionary<string, TimeLimit>(StringComparer.Ordinal);
        var warnings = limitsFile?.Object("warnings") is { } w ? ElementReaders.Warnings(w) : null;
        var limits = limitsFile?.Objects("limits").Select(ElementReaders.Limit).OfType<LimitRule>().ToList() ?? [];

        var routes = r.Root("routes/routes.json")?.Objects("routes").Select(ElementReaders.Route).OfType<RouteRule>().ToList() ?? [];
        var calendar = ReadCalendar(r);

        var roles = r.Root("users/roles.json")?.Objects("roles").Select(ElementReaders.Role).OfType<RoleDefinition>().ToList() ?? [];
        var usersFile = r.Root("users/users.json");
        usersFile?.AllowOnly("defaultPassword", "note", "users");
        var defaultPassword = usersFile?.String("defaultPassword", false);
        var users = usersFile?.Objects("users").Select(u => ElementReaders.User(u, defaultPassword)).OfType<UserDefinition>().ToList() ?? [];

        if (info is null || warnings is null || calendar is null) return null;
        return new CityParts(info, units, functions, departments, channels, urgencies, categories, items, limits, warnings, stages, routes, calendar, roles, users);
    }

    static CalendarDefinition? ReadCalendar(SourceReader r)
    {
        if (r.Root("calendar/calendar.json") is not { } c) return null;
        c.AllowOnly("timeZone", "officeHours", "seasons", "years");
        var zone = c.String("timeZone");
        if (zone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            c.Errors.Add(c.At.Field("timeZone"), "DEF-CAL-TIMEZONE", zone);
            zone = null;
        }
        var hours = ElementReaders.OfficeHours(c, "officeHours");
        var seasons = ElementReaders.Seasons(c, hours);
        var years = new List<int>();
        var yearsList = c.Element.TryGetProperty("years", out var y) && y.ValueKind == JsonValueKind.Array ? y.EnumerateArray().ToList() : null;
        if (yearsList is null) c.Errors.Add(c.At.Field("years"), "DEF-REQUIRED", "years");
        else
            for (var i = 0; i < yearsList.Count; i++)
                if (yearsList[i].TryGetInt32(out var year)) years.Add(year);
                else c.Errors.Add(c.At.Field("years").Index(i), "DEF-TYPE", $"years[{i}]", Text.Format("TERM-INTEGER"), yearsList[i].GetRawText());

        var special = new Dictionary<DateOnly, SpecialDay>();
        var holidayYears = new HashSet<int>();
        foreach (var file in r.Files("calendar/holidays"))
        {
            if (r.Root(file) is not { } h) continue;
            h.AllowOnly("year", "papers", "days");
            if (h.Int("year") is not { } year) continue;
            holidayYears.Add(year);
            if (!years.Contains(year)) c.Errors.Add(h.At.Field("year"), "DEF-CAL-YEAR-UNDECLARED", year);
            // A year's notice may reach into the neighbouring years (the 2023 New Year holiday starts on 2022-12-31).
            foreach (var d in h.Objects("days"))
            {
                d.AllowOnly("name", "date", "isOffDay");
                var dateText = d.String("date"); var name = d.String("name"); var off = d.Bool("isOffDay");
                if (dateText is null || name is null || off is null) continue;
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || Math.Abs(date.Year - year) > 1)
                    d.Errors.Add(d.At.Field("date"), "DEF-CAL-DATE", dateText, year);
                else if (!special.TryAdd(date, new SpecialDay(date, name, off.Value)))
                    d.Errors.Add(d.At.Field("date"), "DEF-CAL-DATE-DUPLICATE", dateText);
            }
        }
        for (var i = 0; i < years.Count; i++)
            if (!holidayYears.Contains(years[i])) c.Errors.Add(c.At.Field("years").Index(i), "DEF-CAL-YEAR-MISSING", years[i]);

        if (zone is null || hours.Count == 0) return null;
        return new CalendarDefinition(zone, hours, years.Where(holidayYears.Contains).Order().ToList(), special, c.At) { Seasons = seasons };
    }
}
