using System.Globalization;
using System.Text.Json;
using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Loading;
using Governance.Core.Definitions.Validation;
using Governance.Core.Forms.Model;
using Governance.Core.Forms.Validation;
using Governance.Core.Messages;
using Governance.Core.Reports.Loading;
using Governance.Core.Reports.Model;

namespace Governance.Core.Definitions;

/// <summary>
/// Reads a definition package folder (the city package and its counties/ overlays). Every file is
/// read even when an earlier one is broken, so that all problems are reported in one pass.
/// </summary>
public static class DefinitionLoader
{
    static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Loads and validates a package folder. Never throws for bad content: problems are in <see cref="DefinitionSet.Problems"/>.</summary>
    public static DefinitionSet Load(string root, TimeProvider? clock = null)
    {
        var errors = new DefinitionErrors();
        if (!Directory.Exists(root))
        {
            errors.Add(new SourceRef(root, "$"), "DEF-DIR-MISSING", root);
            return new DefinitionSet(root, null, new Dictionary<string, EffectivePackage>(), errors);
        }
        var reader = new FileReader(root, errors);
        var city = ReadCity(reader);
        var counties = new List<CountyParts>();
        var countiesDir = Path.Combine(root, "counties");
        if (Directory.Exists(countiesDir))
            foreach (var dir in Directory.GetDirectories(countiesDir).OrderBy(d => d, StringComparer.Ordinal))
                if (ReadCounty(reader, $"counties/{Path.GetFileName(dir)}") is { } county) counties.Add(county);
        // Forms: the city's, then any a county adds in counties/<code>/forms/ (an id and version may exist only once).
        var formFolders = new[] { "forms" }.Concat(Directory.Exists(countiesDir)
            ? Directory.GetDirectories(countiesDir).OrderBy(d => d, StringComparer.Ordinal).Select(d => $"counties/{Path.GetFileName(d)}/forms")
            : []).Where(f => Directory.Exists(Path.Combine(root, f))).ToList();
        var forms = formFolders.Count > 0 ? FormPackage.Read(formFolders.SelectMany(reader.Files).Select(f => reader.Root(f)), errors) : FormLibrary.Empty;
        var set = PackageValidator.Validate(root, city, counties, errors, clock ?? TimeProvider.System);
        FormPackage.CheckReferences(set, forms, errors);
        set.Forms = forms;
        if (set.City is not null && reader.Root(PublicGroup.File, required: false) is { } groups)
            set.PublicGroups = PublicGroupReader.Read(groups, set.City, errors);
        if (set.City is not null && reader.Root(Geography.PlaceBoundaries.File, required: false) is { } boundaries)
            set.Places = Geography.BoundaryChecks.Check(Geography.BoundaryReader.Read(boundaries), set.City.Org, boundaries.At, errors);
        set.Reports = Directory.Exists(Path.Combine(root, "reports"))
            ? ReportPackage.Read(reader.Files(ReportPackage.DictionaryFolder).Select(f => reader.Root(f)),
                reader.Files(ReportPackage.TablesFolder).Select(f => reader.Root(f)), set.City, forms, errors)
            : ReportLibrary.Empty;
        return set;
    }

    static CityParts? ReadCity(FileReader r)
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
        var stages = new Dictionary<string, TimeLimit>(StringComparer.Ordinal);
        if (limitsFile?.Object("stages", false) is { } stagesSection)
            foreach (var property in stagesSection.Element.EnumerateObject())
                if (stagesSection.Object(property.Name) is { } stage && ElementReaders.TimeLimit(stage) is { } limit)
                {
                    stage.AllowOnly("amount", "unit");
                    stages[property.Name] = limit;
                }
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

    static CalendarDefinition? ReadCalendar(FileReader r)
    {
        if (r.Root("calendar/calendar.json") is not { } c) return null;
        c.AllowOnly("timeZone", "officeHours", "years");
        var zone = c.String("timeZone");
        if (zone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            c.Errors.Add(c.At.Field("timeZone"), "DEF-CAL-TIMEZONE", zone);
            zone = null;
        }
        var hours = ElementReaders.OfficeHours(c, "officeHours");
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
        return new CalendarDefinition(zone, hours, years.Where(holidayYears.Contains).Order().ToList(), special, c.At);
    }

    static CountyParts? ReadCounty(FileReader r, string folder)
    {
        var info = r.Root($"{folder}/package.json") is { } p ? ElementReaders.Package(p) : null;

        var catalog = r.Root($"{folder}/catalog.json", required: false);
        catalog?.AllowOnly("add", "override");
        var addedItems = catalog?.Objects("add", false).Select(s => ElementReaders.Item(s, null)).OfType<CatalogItem>().ToList() ?? [];
        var itemOverrides = Overrides(catalog, s => s.String("code"));

        var limits = r.Root($"{folder}/limits.json", required: false);
        limits?.AllowOnly("add", "override");
        var addedLimits = limits?.Objects("add", false).Select(ElementReaders.Limit).OfType<LimitRule>().ToList() ?? [];
        var limitOverrides = Overrides(limits, s =>
        {
            var item = s.String("item", false); var category = s.String("category", false); var urgency = s.String("urgency");
            if ((item is null) == (category is null)) { s.Errors.Add(s.At, "DEF-LIMIT-TARGET"); return null; }
            return urgency is null ? null : item is not null ? $"item:{item}/{urgency}" : $"category:{category}/{urgency}";
        });

        var routes = r.Root($"{folder}/routes.json", required: false);
        routes?.AllowOnly("add", "override");
        var addedRoutes = routes?.Objects("add", false).Select(ElementReaders.Route).OfType<RouteRule>().ToList() ?? [];
        var routeOverrides = Overrides(routes, s => s.String("id"));

        var calendar = r.Root($"{folder}/calendar.json", required: false);
        calendar?.AllowOnly("override");
        var calendarOverride = calendar?.Object("override");
        calendarOverride?.AllowOnly("officeHours");
        var hours = calendarOverride is { } co ? ElementReaders.OfficeHours(co, "officeHours") : null;

        return info is null ? null : new CountyParts(info, folder, addedItems, itemOverrides, addedLimits, limitOverrides,
            addedRoutes, routeOverrides, hours, calendarOverride?.At.Field("officeHours"));
    }

    static List<Override> Overrides(JsonSection? file, Func<JsonSection, string?> key) =>
        file?.Objects("override", false).Select(s => key(s) is { } k ? new Override(k, s) : null).OfType<Override>().ToList() ?? [];

    /// <summary>Opens files relative to the package root, reporting missing files and JSON syntax errors.</summary>
    sealed class FileReader(string root, DefinitionErrors errors)
    {
        public DefinitionErrors Errors => errors;

        public JsonSection? Root(string relative, bool required = true)
        {
            var full = Path.Combine(root, relative);
            var at = new SourceRef(relative, "$");
            if (!File.Exists(full))
            {
                if (required) errors.Add(at, "DEF-FILE-MISSING");
                return null;
            }
            try
            {
                // The document stays alive with the elements read from it; packages are small.
                var doc = JsonDocument.Parse(File.ReadAllBytes(full), Options);
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(at, "DEF-TYPE", "$", Text.Format("TERM-OBJECT"), doc.RootElement.ValueKind.ToString());
                    return null;
                }
                return new JsonSection(doc.RootElement, at, errors);
            }
            catch (JsonException e)
            {
                errors.Add(at, "DEF-JSON-SYNTAX", (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, FirstSentence(e.Message));
                return null;
            }
        }

        /// <summary>The .json files of a folder, relative to the root, in name order.</summary>
        public IEnumerable<string> Files(string folder)
        {
            var full = Path.Combine(root, folder);
            if (!Directory.Exists(full))
            {
                errors.Add(new SourceRef(folder + "/", "$"), "DEF-FILE-MISSING");
                return [];
            }
            return Directory.GetFiles(full, "*.json").Select(f => $"{folder}/{Path.GetFileName(f)}").Order(StringComparer.Ordinal);
        }

        static string FirstSentence(string message)
        {
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            return cut > 0 ? message[..cut] : message;
        }
    }
}
