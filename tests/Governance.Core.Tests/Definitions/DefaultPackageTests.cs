using Governance.TestSupport;
using Governance.Core.Definitions;
using Governance.Core.Packages;
using Governance.Core.Definitions.Model;

namespace Governance.Core.Tests.Definitions;

public class DefaultPackageTests
{
    static readonly DefinitionSet Set = DefinitionLoader.Load(RepoFiles.Definitions);
    static EffectivePackage City => Set.City!;

    [Fact]
    public void The_default_package_loads_without_errors()
    {
        Assert.True(Set.IsValid, string.Join("\n", Set.Problems.Errors.Take(20)));
    }

    [Fact]
    public void The_catalog_has_eleven_categories_and_298_items_of_which_250_follow_the_national_standard()
    {
        Assert.Equal(11, City.Categories.Count);
        Assert.Equal(298, City.Items.Count);
        Assert.Equal(250, City.Items.Count(i => i.Edition == "GB/T 47678.5-2026"));
        var local = City.Items.Where(i => i.Edition == "local").ToList();
        Assert.Equal(48, local.Count);
        Assert.All(local, i => Assert.Equal("11", i.Category));
        Assert.Contains(local, i => i.Group == "矛盾纠纷");
        Assert.Contains(local, i => i.Group == "安全隐患");
        Assert.Contains(local, i => i.Group == "特殊人群服务");
        Assert.Contains(local, i => i.Group == "民生诉求");
    }

    [Fact]
    public void Every_item_has_a_time_limit_for_each_urgency_it_declares()
    {
        foreach (var item in City.Items)
            foreach (var urgency in item.Urgencies)
                Assert.NotNull(City.FindLimit(item, urgency));
    }

    [Fact]
    public void The_national_items_keep_the_standard_codes_and_names()
    {
        var item = City.FindItem("06010");
        Assert.NotNull(item);
        Assert.Equal("暴露垃圾", item.Name);
        Assert.Equal("06", item.Category);
        Assert.Equal("市容环境类", City.Categories.Single(c => c.Code == "06").Name);
    }

    [Fact]
    public void The_org_tree_has_five_counties_each_with_streets_communities_and_grids()
    {
        var org = City.Org;
        Assert.Equal(OrgLevel.City, org.Root!.Level);
        var counties = org.Units.Where(u => u.Level == OrgLevel.County).ToList();
        Assert.Equal(5, counties.Count);
        foreach (var county in counties)
        {
            var streets = org.Units.Where(u => u.ParentCode == county.Code).ToList();
            Assert.True(streets.Count >= 3, county.Name);
            foreach (var street in streets)
            {
                var communities = org.Units.Where(u => u.ParentCode == street.Code).ToList();
                Assert.True(communities.Count >= 3, street.Name);
                Assert.All(communities, c => Assert.True(org.Units.Count(g => g.ParentCode == c.Code) >= 2, c.Name));
            }
        }
        Assert.All(org.Units.Where(u => u.Level == OrgLevel.Grid), g =>
        {
            Assert.Equal(15, g.Code.Length);
            Assert.StartsWith(g.ParentCode!, g.Code);
        });
    }

    [Fact]
    public void There_are_at_least_thirty_city_departments_with_county_counterparts()
    {
        var cityDepartments = City.Departments.Where(d => d.UnitCode == City.Org.Root!.Code).ToList();
        Assert.True(cityDepartments.Count >= 30, $"{cityDepartments.Count} city departments");
        Assert.Contains(cityDepartments, d => d.Name.Contains("城市管理和综合执法局"));
        Assert.Contains(cityDepartments, d => d.Name.Contains("燃气"));
        Assert.Equal("城东区住房和城乡建设局", City.Org.DepartmentAt("990102", "ZJ")!.Name);
        Assert.Null(City.Org.DepartmentAt("990105", "SW")); // 高新区 has no water authority of its own
    }

    [Fact]
    public void The_calendar_covers_2023_to_2026_with_office_hours()
    {
        Assert.Equal([2023, 2024, 2025, 2026], City.Calendar.Years);
        Assert.Equal(2, City.Calendar.OfficeHours.Count);
        Assert.Equal(new TimeOnly(8, 30), City.Calendar.OfficeHours[0].Start);
    }

    [Fact]
    public void The_county_overlay_changes_a_limit_a_route_and_the_office_hours_of_that_county_only()
    {
        var qingshan = Set.For("990121");
        var chengdong = Set.For("990102");
        Assert.Equal("990121", qingshan.County!.Code);
        Assert.Null(chengdong.County);
        var manhole = City.FindItem("01001")!;
        Assert.Equal(new TimeLimit(5, TimeUnit.WorkDay), qingshan.FindLimit(manhole, "normal")!.Limit);
        Assert.Equal(new TimeLimit(3, TimeUnit.WorkDay), chengdong.FindLimit(manhole, "normal")!.Limit);
        Assert.NotNull(qingshan.FindItem("11901"));
        Assert.Null(chengdong.FindItem("11901"));
        Assert.Equal(new TimeOnly(8, 0), qingshan.Calendar.OfficeHours[0].Start);
        Assert.Equal(new TimeOnly(8, 30), chengdong.Calendar.OfficeHours[0].Start);
    }
}
