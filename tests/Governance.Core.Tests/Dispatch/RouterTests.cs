using Governance.TestSupport;
using Governance.Core.Definitions;
using Governance.Core.Packages;
using Governance.Core.Definitions.Model;
using Governance.Core.Dispatch;

namespace Governance.Core.Tests.Dispatch;

public class RouterTests
{
    static readonly DefinitionSet Set = DefinitionLoader.Load(RepoFiles.Definitions);
    const string DonghuGrid = "990102001001001", GaoxinGrid = "990105001001001", QingshanGrid = "990121001001001";

    static RouteResult Route(string item, string grid, string? channel = null, string? urgency = null)
    {
        var (result, failure) = new Router(Set.For(grid)).Resolve(item, grid, channel, urgency);
        Assert.True(result is not null, $"{item}@{grid}: {failure}");
        return result;
    }

    [Fact]
    public void By_default_an_item_goes_to_its_department_in_the_county_of_the_place()
    {
        var r = Route("01001", DonghuGrid);
        Assert.Equal("default", r.Rule.Id);
        Assert.Equal("城东区水务局", r.HandlerName);
        Assert.Equal(OrgLevel.County, r.Level);
    }

    [Fact]
    public void An_item_that_a_street_can_solve_goes_to_the_street_of_the_place()
    {
        var r = Route("06010", DonghuGrid); // 暴露垃圾
        Assert.Equal(OrgLevel.Street, r.Level);
        Assert.Equal("东湖街道", r.HandlerName);
        Assert.Null(r.Department);
    }

    [Fact]
    public void A_rule_for_a_smaller_place_wins_over_a_city_wide_rule()
    {
        Assert.Equal("gaoxin-manholes", Route("01001", GaoxinGrid).Rule.Id);
        Assert.Equal("高新区城市管理和综合执法局", Route("01001", GaoxinGrid).HandlerName);
        Assert.Equal("donghu-disputes", Route("11001", DonghuGrid).Rule.Id);
        Assert.Equal("default", Route("11001", "990103001001001").Rule.Id);
    }

    [Fact]
    public void Channel_and_urgency_rules_apply_only_to_that_channel_and_urgency()
    {
        Assert.Equal("critical-hotline-county", Route("11019", DonghuGrid, "hotline", "critical").Rule.Id);
        Assert.Equal("default", Route("11019", DonghuGrid, "app", "critical").Rule.Id);
        Assert.Equal("default", Route("11019", DonghuGrid, "hotline", "urgent").Rule.Id);
        Assert.Equal("video-parking-street", Route("09009", DonghuGrid, "video").Rule.Id);
    }

    [Fact]
    public void A_county_department_that_the_county_lacks_falls_back_to_the_city()
    {
        var r = Route("06027", GaoxinGrid); // 油烟污染 → 生态环境, which 高新区 has; 06023 堤岸破损 → 水务, which it lacks
        Assert.False(r.FellBackUp);
        var water = Route("06023", GaoxinGrid);
        Assert.True(water.FellBackUp);
        Assert.Equal("市水务局", water.HandlerName);
        Assert.Equal(OrgLevel.City, water.Level);
    }

    [Fact]
    public void The_county_overlay_changes_routing_in_that_county_only()
    {
        Assert.Equal("qingshan-townships-cityscape", Route("06010", QingshanGrid).Rule.Id);
        Assert.Equal("青山镇", Route("06010", QingshanGrid).HandlerName);
        Assert.Equal("青山县社会治理综合指挥中心", Route("11019", QingshanGrid, "hotline", "critical").HandlerName);
        Assert.Equal("城东区应急管理局", Route("11019", DonghuGrid, "hotline", "critical").HandlerName);
    }

    [Fact]
    public void Escalation_goes_one_level_up_and_reaches_the_department_from_the_county()
    {
        var router = new Router(Set.For(DonghuGrid));
        Assert.Equal("东湖社区", router.Escalate("11001", DonghuGrid, OrgLevel.Grid).Result!.HandlerName);
        Assert.Equal("城东区司法局", router.Escalate("11001", DonghuGrid, OrgLevel.Street).Result!.HandlerName);
        Assert.Equal("市司法局", router.Escalate("11001", DonghuGrid, OrgLevel.County).Result!.HandlerName);
        Assert.Equal(RouteFailureKind.NoRule, router.Escalate("11001", DonghuGrid, OrgLevel.City).Failure!.Kind);
    }

    [Fact]
    public void Unknown_items_and_places_are_failures_not_exceptions()
    {
        var router = new Router(Set.City!);
        Assert.Equal(RouteFailureKind.UnknownItem, router.Resolve("99999", DonghuGrid).Failure!.Kind);
        Assert.Equal(RouteFailureKind.UnknownPlace, router.Resolve("01001", "990199001001001").Failure!.Kind);
    }
}
