using System.Globalization;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Core.Definitions.Loading;

/// <summary>Turns one JSON object into one model element; null where a required part is missing or wrong.</summary>
internal static class ElementReaders
{
    public static readonly string[] ItemFields = ["code", "category", "name", "group", "keywords", "synonyms", "edition", "urgencies", "department", "lowestLevel", "form"];
    public static readonly string[] LimitFields = ["item", "category", "urgency", "amount", "unit"];
    public static readonly string[] RouteFields = ["id", "description", "place", "items", "categories", "functions", "channels", "urgencies", "handler"];

    public static PackageInfo? Package(JsonSection s)
    {
        s.AllowOnly("code", "name", "kind", "extends", "description", "catalogStandard", "timeZone");
        var code = s.String("code"); var name = s.String("name"); var kind = s.String("kind");
        if (code is null || name is null || kind is null) return null;
        return new PackageInfo(code, name, kind, s.String("extends", false), s.String("description", false), s.String("catalogStandard", false), s.At);
    }

    public static OrgUnit? Unit(JsonSection s)
    {
        s.AllowOnly("code", "name", "level", "parent", "kind");
        var code = s.String("code"); var name = s.String("name"); var level = s.Enum<OrgLevel>("level", Text.Format("TERM-ORG-LEVEL"));
        var parent = s.String("parent", false);
        return code is null || name is null || level is null ? null : new OrgUnit(code, name, level.Value, parent, s.At);
    }

    public static DepartmentFunction? Function(JsonSection s)
    {
        s.AllowOnly("code", "name");
        var code = s.String("code"); var name = s.String("name");
        return code is null || name is null ? null : new DepartmentFunction(code, name, s.At);
    }

    public static Department? Department(JsonSection s)
    {
        s.AllowOnly("code", "function", "name", "unit");
        var code = s.String("code"); var function = s.String("function"); var name = s.String("name"); var unit = s.String("unit");
        return code is null || function is null || name is null || unit is null ? null : new Department(code, name, function, unit, s.At);
    }

    public static DictionaryEntry? Entry(JsonSection s)
    {
        s.AllowOnly("code", "name");
        var code = s.String("code"); var name = s.String("name");
        return code is null || name is null ? null : new DictionaryEntry(code, name, s.At);
    }

    public static Category? Category(JsonSection s)
    {
        s.AllowOnly("code", "name", "edition", "form");
        var code = s.String("code"); var name = s.String("name"); var edition = s.String("edition");
        return code is null || name is null || edition is null ? null : new Category(code, name, edition, s.At, s.String("form", false));
    }

    /// <summary>An item; <paramref name="fileCategory"/> is the category of the file it sits in, when the file has one.</summary>
    public static CatalogItem? Item(JsonSection s, string? fileCategory)
    {
        s.AllowOnly(ItemFields);
        var code = s.String("code");
        var category = s.Has("category") || fileCategory is null ? s.String("category") : fileCategory;
        var name = s.String("name");
        var keywords = s.Strings("keywords");
        var edition = s.String("edition");
        var urgencies = s.Strings("urgencies");
        if (s.Has("urgencies") && urgencies.Count == 0) s.Errors.Add(s.At.Field("urgencies"), "DEF-EMPTY", "urgencies");
        var department = s.String("department");
        var lowest = s.Enum<OrgLevel>("lowestLevel", Text.Format("TERM-ORG-LEVEL"));
        if (code is null || category is null || name is null || edition is null || department is null || lowest is null) return null;
        return new CatalogItem(code, category, name, s.String("group", false), keywords, edition, urgencies, department, lowest.Value, s.At, s.String("form", false))
            { Synonyms = s.Strings("synonyms", false) };
    }

    public static LimitRule? Limit(JsonSection s)
    {
        s.AllowOnly(LimitFields);
        var item = s.String("item", false); var category = s.String("category", false);
        if ((item is null) == (category is null)) { s.Errors.Add(s.At, "DEF-LIMIT-TARGET"); return null; }
        var urgency = s.String("urgency");
        var limit = TimeLimit(s);
        return urgency is null || limit is null ? null : new LimitRule(item, category, urgency, limit, s.At);
    }

    public static TimeLimit? TimeLimit(JsonSection s)
    {
        var amount = s.Int("amount");
        var unit = s.Enum<TimeUnit>("unit", Text.Format("TERM-TIME-UNIT"));
        if (amount is <= 0) { s.Errors.Add(s.At.Field("amount"), "DEF-LIMIT-AMOUNT", amount); return null; }
        return amount is null || unit is null ? null : new TimeLimit(amount.Value, unit.Value);
    }

    public static RouteRule? Route(JsonSection s)
    {
        s.AllowOnly(RouteFields);
        var id = s.String("id");
        var handler = s.Object("handler") is { } h ? Handler(h) : null;
        if (id is null || handler is null) return null;
        return new RouteRule(id, s.String("description", false), s.String("place", false),
            s.Strings("items", false), s.Strings("categories", false), s.Strings("functions", false),
            s.Strings("channels", false), s.Strings("urgencies", false), handler, s.At);
    }

    public static RouteHandler? Handler(JsonSection s)
    {
        s.AllowOnly("level", "department");
        var levelText = s.String("level");
        if (levelText is null) return null;
        OrgLevel? level = null;
        if (levelText != RouteHandler.FromItem)
        {
            level = s.Enum<OrgLevel>("level", Text.Format("TERM-HANDLING-LEVEL"));
            if (level is null) return null;
        }
        var department = s.String("department", false);
        if (department is not null && level is < OrgLevel.County)
        {
            s.Errors.Add(s.At.Field("department"), "DEF-ROUTE-DEPT-LEVEL", level.Value.ToString().ToLowerInvariant());
            return null;
        }
        return new RouteHandler(level, department);
    }

    public static RoleDefinition? Role(JsonSection s)
    {
        s.AllowOnly("code", "name", "description");
        var code = s.String("code"); var name = s.String("name");
        if (code is null || name is null) return null;
        if (RoleDefinition.Parse(code) is not { } role)
        {
            s.Errors.Add(s.At.Field("code"), "DEF-ENUM", code, Text.Format("TERM-ROLE"), string.Join(", ", Enum.GetValues<Role>().Select(RoleDefinition.CodeOf)));
            return null;
        }
        return new RoleDefinition(role, code, name, s.String("description", false), s.At);
    }

    public static UserDefinition? User(JsonSection s, string? defaultPassword)
    {
        s.AllowOnly("username", "name", "role", "unit", "department", "phone", "password");
        var username = s.String("username"); var name = s.String("name"); var roleCode = s.String("role"); var unit = s.String("unit");
        var password = s.String("password", false) ?? defaultPassword;
        if (password is null) s.Errors.Add(s.At.Field("password"), "DEF-REQUIRED", "password");
        else if (password.Length < 8) s.Errors.Add(s.At.Field("password"), "DEF-USER-PASSWORD");
        Role? role = null;
        if (roleCode is not null && (role = RoleDefinition.Parse(roleCode)) is null)
            s.Errors.Add(s.At.Field("role"), "DEF-ENUM", roleCode, Text.Format("TERM-ROLE"), string.Join(", ", Enum.GetValues<Role>().Select(RoleDefinition.CodeOf)));
        if (username is null || name is null || role is null || unit is null || password is null || password.Length < 8) return null;
        return new UserDefinition(username, name, role.Value, unit, s.String("department", false), s.String("phone", false), password, s.At);
    }

    public static WarningThresholds? Warnings(JsonSection s)
    {
        s.AllowOnly("blue", "yellow", "red");
        var blue = s.Number("blue"); var yellow = s.Number("yellow"); var red = s.Number("red");
        if (blue is null || yellow is null || red is null) return null;
        if (!(0 < blue && blue < yellow && yellow < red && red < 1))
        {
            s.Errors.Add(s.At, "DEF-WARNING-ORDER", blue, yellow, red);
            return null;
        }
        return new WarningThresholds(blue.Value, yellow.Value, red.Value, s.At);
    }

    public static IReadOnlyList<OfficePeriod> OfficeHours(JsonSection s, string name)
    {
        var periods = new List<OfficePeriod>();
        foreach (var p in s.Objects(name))
        {
            p.AllowOnly("start", "end");
            var start = p.String("start"); var end = p.String("end");
            if (start is null || end is null) continue;
            if (!TimeOnly.TryParseExact(start, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var a)
                || !TimeOnly.TryParseExact(end, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var b)
                || b <= a || (periods.Count > 0 && a < periods[^1].End))
            {
                p.Errors.Add(p.At, "DEF-CAL-HOURS", $"{start}–{end}");
                continue;
            }
            periods.Add(new OfficePeriod(a, b));
        }
        return periods;
    }
}
