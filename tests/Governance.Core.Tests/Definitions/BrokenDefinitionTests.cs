using Governance.TestSupport;
using System.Text.Json.Nodes;
using Governance.Core.Definitions;
using Governance.Core.Packages;

namespace Governance.Core.Tests.Definitions;

/// <summary>Each case breaks the default package in one way an administrator might, and checks what the validator says and where.</summary>
public class BrokenDefinitionTests
{
    public sealed record Case(string Name, Action<PackageCopy> Break, string File, string Path, string Code, string Says)
    {
        public override string ToString() => Name;
    }

    static Action<PackageCopy> Edit(string file, Action<JsonNode> change) => p => p.Edit(file, change);

    static JsonArray Arr(JsonNode n, string name) => n[name]!.AsArray();

    public static TheoryData<Case> Cases => new()
    {
        new("JSON syntax error", p => p.Write("org/units.json", "{\n  \"units\": [\n    { \"code\": \"990100\", }\n  ]\n}"),
            "org/units.json", "$", "DEF-JSON-SYNTAX", "第 3 行"),
        new("missing file", p => p.Delete("dictionaries/channels.json"),
            "dictionaries/channels.json", "$", "DEF-FILE-MISSING", "缺少定义文件"),
        new("missing required field", Edit("org/units.json", n => Arr(n, "units")[3]!.AsObject().Remove("name")),
            "org/units.json", "$.units[3].name", "DEF-REQUIRED", "缺少必填字段“name”"),
        new("wrong type", Edit("catalog/items/01.json", n => Arr(n, "items")[0]!["urgencies"] = "normal"),
            "catalog/items/01.json", "$.items[0].urgencies", "DEF-TYPE", "应为字符串数组"),
        new("misspelt field", Edit("catalog/items/01.json", n => Arr(n, "items")[2]!["departmnet"] = "SW"),
            "catalog/items/01.json", "$.items[2].departmnet", "DEF-UNKNOWN-FIELD", "未知字段“departmnet”"),
        new("duplicate item code", Edit("catalog/items/01.json", n => Arr(n, "items")[1]!["code"] = "01001"),
            "catalog/items/01.json", "$.items[1]", "DEF-DUPLICATE", "事项编码“01001”重复，已在 catalog/items/01.json:$.items[0] 定义"),
        new("unknown parent unit", Edit("org/units.json", n => Arr(n, "units")[5]!["parent"] = "990102999"),
            "org/units.json", "$.units[5].parent", "DEF-UNKNOWN-REF", "不存在的上级组织“990102999”"),
        new("grid under a street", Edit("org/units.json", n => Arr(n, "units")[4]!["parent"] = "990102001"),
            "org/units.json", "$.units[4].parent", "DEF-ORG-LEVEL", "网格“990102001001001”的上级应为社区（村）"),
        new("grid code of the wrong length", Edit("org/units.json", n => Arr(n, "units")[4]!["code"] = "99010200100101"),
            "org/units.json", "$.units[4].code", "DEF-ORG-CODE", "网格编码应为 15 位数字"),
        new("item with an unknown department", Edit("catalog/items/01.json", n => Arr(n, "items")[0]!["department"] = "WATER"),
            "catalog/items/01.json", "$.items[0].department", "DEF-UNKNOWN-REF", "不存在的部门职能“WATER”"),
        new("item with an unknown urgency", Edit("catalog/items/02.json", n => Arr(n, "items")[0]!["urgencies"]![0] = "asap"),
            "catalog/items/02.json", "$.items[0].urgencies[0]", "DEF-ENUM", "“asap”不是有效的紧急程度"),
        new("item code outside its category", Edit("catalog/items/02.json", n => Arr(n, "items")[0]!["code"] = "01999"),
            "catalog/items/02.json", "$.items[0].code", "DEF-ITEM-CATEGORY-PREFIX", "事项编码“01999”应为 5 位数字且前两位为所属大类“02”"),
        new("negative time limit", Edit("limits/time-limits.json", n => Arr(n, "limits")[0]!["amount"] = -2),
            "limits/time-limits.json", "$.limits[0].amount", "DEF-LIMIT-AMOUNT", "时限必须是正整数，实际为 -2"),
        new("unknown time unit", Edit("limits/time-limits.json", n => Arr(n, "limits")[0]!["unit"] = "week"),
            "limits/time-limits.json", "$.limits[0].unit", "DEF-ENUM", "“week”不是有效的时限单位，可选值：minute, workhour, workday"),
        new("missing time limit", Edit("limits/time-limits.json", n =>
            {
                var limits = Arr(n, "limits");
                limits.Remove(limits.Single(l => (string?)l!["category"] == "11" && (string?)l["urgency"] == "critical"));
            }),
            "catalog/items/11.json", "$.items[1].urgencies[2]", "DEF-LIMIT-MISSING", "事项“11002”（婚姻家庭纠纷）声明了紧急程度“critical”"),
        new("warning thresholds out of order", Edit("limits/time-limits.json", n => n["warnings"]!["yellow"] = 0.3),
            "limits/time-limits.json", "$.warnings", "DEF-WARNING-ORDER", "蓝 0.5、黄 0.3、红 0.9"),
        new("route naming an unknown item", Edit("routes/routes.json", n => Arr(n, "routes")[1]!["items"]![0] = "99999"),
            "routes/routes.json", "$.routes[1].items[0]", "DEF-ROUTE-UNKNOWN-FILTER", "规则“traffic-signals-city”引用了不存在的事项“99999”"),
        new("item with no route", Edit("routes/routes.json", n => Arr(n, "routes").RemoveAt(0)),
            "catalog/items/01.json", "$.items[0]", "DEF-ROUTE-NONE", "事项“01001”（供水井盖异常）在“990102001001001”"),
        new("route below the item's lowest level", Edit("routes/routes.json", n => Arr(n, "routes").Add(JsonNode.Parse(
                """{"id": "manholes-to-grids", "categories": ["01"], "handler": {"level": "grid"}}"""))),
            "routes/routes.json", "$.routes[7].handler.level", "DEF-ROUTE-BELOW-LOWEST", "规则“manholes-to-grids”把事项“01001”（供水井盖异常）派到网格"),
        new("route to a department nobody has", p =>
            {
                p.Edit("org/departments.json", n => Arr(n, "functions").Add(JsonNode.Parse("""{"code": "DRONE", "name": "无人机巡查"}""")));
                p.Edit("routes/routes.json", n => Arr(n, "routes").Add(JsonNode.Parse(
                    """{"id": "drones", "items": ["01001"], "handler": {"level": "county", "department": "DRONE"}}""")));
            },
            "routes/routes.json", "$.routes[7].handler", "DEF-ROUTE-NO-DEPARTMENT", "都没有该职能部门"),
        new("calendar year without data", Edit("calendar/calendar.json", n => Arr(n, "years").Add(2027)),
            "calendar/calendar.json", "$.years[4]", "DEF-CAL-YEAR-MISSING", "日历声明使用 2027 年，但没有该年的节假日数据"),
        new("invalid holiday date", Edit("calendar/holidays/2026.json", n => Arr(n, "days")[0]!["date"] = "2026-02-30"),
            "calendar/holidays/2026.json", "$.days[0].date", "DEF-CAL-DATE", "“2026-02-30”不是 2026 年通知范围内的有效日期"),
        new("office hours ending before they start", Edit("calendar/calendar.json", n => Arr(n, "officeHours")[1]!["end"] = "13:00"),
            "calendar/calendar.json", "$.officeHours[1]", "DEF-CAL-HOURS", "办公时间段“14:00–13:00”无效"),
        new("overlay overriding what does not exist", Edit("counties/990121/limits.json", n => Arr(n, "override")[0]!["category"] = "12"),
            "counties/990121/limits.json", "$.override[0]", "DEF-OVERLAY-NO-TARGET", "县级包要覆盖的时限“category:12/normal”在市级包中不存在"),
        new("overlay silently replacing an item", Edit("counties/990121/catalog.json", n => Arr(n, "add")[0]!["code"] = "11005"),
            "counties/990121/catalog.json", "$.add[0]", "DEF-OVERLAY-ADD-EXISTS", "县级包新增的事项“11005”在市级包中已存在"),
        new("overlay route outside the county", Edit("counties/990121/routes.json", n => Arr(n, "add")[0]!["place"] = "990102"),
            "counties/990121/routes.json", "$.add[0].place", "DEF-OVERLAY-PLACE", "县级包的规则只能作用于本县（990121）范围内"),
        new("overlay changing an item's category", Edit("counties/990121/catalog.json", n => Arr(n, "override")[0]!["category"] = "06"),
            "counties/990121/catalog.json", "$.override[0].category", "DEF-OVERLAY-FIELD", "覆盖时不能修改字段“category”"),
        new("user with an unknown role", Edit("users/users.json", n => Arr(n, "users")[0]!["role"] = "mayor"),
            "users/users.json", "$.users[0].role", "DEF-ENUM", "“mayor”不是有效的角色"),
        new("grid worker placed at a street", Edit("users/users.json", n =>
                Arr(n, "users").First(u => (string?)u!["role"] == "grid-worker")!["unit"] = "990102001"),
            "users/users.json", "$.users[179].unit", "DEF-USER-SCOPE", "角色“grid-worker”的用户应属于网格"),
        new("handler of another unit's department", Edit("users/users.json", n =>
                Arr(n, "users").First(u => (string?)u!["department"] == "SW-990102")!["unit"] = "990103"),
            "users/users.json", "$.users[85].department", "DEF-USER-DEPARTMENT", "部门“SW-990102”不在用户所属单位“990103”"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_package_is_reported_with_file_path_code_and_message(Case c)
    {
        using var copy = new PackageCopy();
        c.Break(copy);
        var set = DefinitionLoader.Load(copy.Dir);

        Assert.False(set.IsValid);
        var match = set.Problems.Errors.FirstOrDefault(e => e.File == c.File && e.Path == c.Path && e.Code == c.Code);
        Assert.True(match is not null, $"expected {c.File}:{c.Path}: {c.Code}; got:\n{string.Join("\n", set.Problems.Errors.Take(15))}");
        Assert.Contains(c.Says, match.Message);
    }

    [Fact]
    public void All_problems_of_all_files_are_reported_in_one_pass()
    {
        using var copy = new PackageCopy();
        copy.Edit("org/units.json", n => Arr(n, "units")[3]!.AsObject().Remove("name"))
            .Edit("limits/time-limits.json", n => Arr(n, "limits")[0]!["amount"] = 0)
            .Edit("counties/990121/routes.json", n => Arr(n, "add")[0]!["place"] = "990102");

        var errors = DefinitionLoader.Load(copy.Dir).Problems.Errors.Select(e => $"{e.File}:{e.Path}:{e.Code}").ToList();

        Assert.Contains("org/units.json:$.units[3].name:DEF-REQUIRED", errors);
        Assert.Contains("limits/time-limits.json:$.limits[0].amount:DEF-LIMIT-AMOUNT", errors);
        Assert.Contains("counties/990121/routes.json:$.add[0].place:DEF-OVERLAY-PLACE", errors);
    }

    [Fact]
    public void A_missing_package_folder_is_one_clear_error()
    {
        var set = DefinitionLoader.Load("/nonexistent/definitions");
        var error = Assert.Single(set.Problems.Errors);
        Assert.Equal("DEF-DIR-MISSING", error.Code);
        Assert.Contains("/nonexistent/definitions", error.Message);
    }

    [Fact]
    public void Running_in_a_year_the_calendar_does_not_cover_is_a_warning_that_names_the_year()
    {
        var set = DefinitionLoader.Load(RepoFiles.Definitions, new FixedClock(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.FromHours(8))));
        Assert.True(set.IsValid);
        var warning = Assert.Single(set.Problems.Warnings, w => w.Code == "DEF-CAL-CURRENT-YEAR");
        Assert.Equal("calendar/calendar.json", warning.File);
        Assert.Contains("2027", warning.Message);
    }
}

public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
