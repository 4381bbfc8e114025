using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Governance.Browser.Tests;

/// <summary>What a citizen sees when something is missing or refused on the public pages, on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_empty_report_says_what_is_missing_beside_each_input()
    {
        await using var citizen = await User.OpenAsync(fixture, User.Phone, touch: true);
        var p = citizen.Page;
        var posts = 0;
        p.Request += (_, r) => { if (r.Method == "POST") posts++; };
        await p.GotoAsync("/#/report");
        await p.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        foreach (var (input, text) in new[] { ("itemCode", "请选择问题类型"), ("description", "请描述问题"), ("location", "请在地图上点选事发位置"),
                     ("address", "请填写详细地址"), ("reporterName", "请填写您的称呼"), ("phone", "请填写 11 位手机号码") })
            await Expect(p.Locator($"#{input}_help")).ToContainTextAsync(text);
        await p.Locator("#phone").FillAsync("1391234");
        await Expect(p.Locator("#phone_help")).ToContainTextAsync("请输入 11 位手机号码");
        Assert.Equal(0, posts);
        await citizen.AssertNoHorizontalOverflowAsync();
        await citizen.ShotAsync("11-report-missing-375");
    }

    [Fact]
    public async Task A_dispute_asks_for_its_category_form_and_refuses_it_incomplete_beside_the_field()
    {
        var form = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "definitions", "forms", "intake-dispute.v1.json")))!;
        string Label(string key) => form["fields"]!.AsArray().First(f => (string)f!["key"]! == key)!["label"]!.GetValue<string>();

        await using var citizen = await User.OpenAsync(fixture, User.Phone, touch: true);
        var p = citizen.Page;
        await p.GotoAsync("/#/report");
        await p.Locator("#itemCode").FillAsync("邻里纠纷");
        await p.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title^='邻里纠纷']").ClickAsync();
        var extras = p.GetByTestId("intake-extras");
        await Expect(extras).ToContainTextAsync(Label("disputeType"));
        await Expect(extras).ToContainTextAsync(Label("parties"));
        await p.Locator("#description").FillAsync("楼上住户装修噪音持续一个月，多次协商无果，双方发生争吵。");
        await citizen.MarkGridAsync("湖滨社区第1网格");
        await p.Locator("#address").FillAsync("湖滨路 6 号 3 栋");
        await p.Locator("#reporterName").FillAsync("陈先生");
        await p.Locator("#phone").FillAsync("13655556666");
        await p.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        // The form's own required fields are refused beside them; nothing is reported yet.
        await Expect(extras.Locator("[data-field-error=disputeType]")).ToContainTextAsync(Label("disputeType"));
        await Expect(extras.Locator("[data-field-error=parties]")).ToContainTextAsync(Label("parties"));
        await Expect(p.GetByTestId("case-number")).ToHaveCountAsync(0);
        await citizen.AssertNoHorizontalOverflowAsync();
        await citizen.ShotAsync("12-dispute-form-refused-375");
    }

    [Fact]
    public async Task A_county_item_is_found_once_the_county_is_chosen_and_is_reported_with_the_countys_own_form()
    {
        await using var citizen = await User.OpenAsync(fixture, User.Phone, touch: true);
        var p = citizen.Page;
        await p.GotoAsync("/#/report");
        // Before the place is marked, the city's catalog has no 秸秆露天焚烧 (an item 青山县 adds): only the city's plain group.
        await p.Locator("#itemCode").FillAsync("秸秆");
        var open = p.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)");
        await Expect(open).ToContainTextAsync("焚烧垃圾或秸秆");
        // By the options' titles: the group's name and hint read together ("焚烧垃圾或秸秆" + "露天焚烧…") contain the words.
        await Expect(open.Locator(".ant-select-item-option[title^='秸秆露天焚烧']")).ToHaveCountAsync(0);
        await Expect(p.Locator(".ant-form-item", new() { HasText = "问题类型" }).First).ToContainTextAsync("还能搜到所在县（区）自己的事项");
        await p.Locator("#description").ClickAsync(); // leaves the item list
        await Expect(p.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)")).ToHaveCountAsync(0);
        await citizen.MarkGridAsync("青山社区第1网格");
        await p.Locator("#itemCode").FillAsync("秸秆");
        await p.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title^='秸秆露天焚烧']").ClickAsync();
        var extras = p.GetByTestId("intake-extras");
        await Expect(extras).ToContainTextAsync("火情"); // the county's 秸秆焚烧上报 form
        await extras.GetByText("已熄灭", new() { Exact = true }).ClickAsync();
        await p.Locator("#description").FillAsync("村口麦田有人焚烧秸秆，现已熄灭，仍有烟。");
        await p.Locator("#address").FillAsync("青山镇东村村口");
        await p.Locator("#reporterName").FillAsync("吴女士");
        await p.Locator("#phone").FillAsync("13977778888");
        await citizen.ShotAsync("22-county-item-form-375");
        await p.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await Expect(p.GetByTestId("case-number")).ToContainTextAsync("990121-");
        await citizen.AssertNoHorizontalOverflowAsync();
    }

    [Fact]
    public async Task Too_many_reports_and_a_wrong_phone_are_explained_in_Chinese()
    {
        await using var citizen = await User.OpenAsync(fixture, User.Phone, touch: true);
        var p = citizen.Page;
        // The server's rate limit answers 429 with a Chinese detail; the page shows that detail.
        const string limited = "提交过于频繁，请一分钟后再试";
        await p.RouteAsync("**/api/cases", r => r.Request.Method == "POST"
            ? r.FulfillAsync(new() { Status = 429, ContentType = "application/problem+json", Body = $"{{\"status\":429,\"detail\":\"{limited}\"}}" })
            : r.ContinueAsync());
        await p.GotoAsync("/#/report");
        await p.Locator("#itemCode").FillAsync("井盖");
        await p.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option").First.ClickAsync();
        await p.Locator("#description").FillAsync("井盖松动，车辆经过响声很大。");
        await citizen.MarkGridAsync("东湖社区第2网格");
        await p.Locator("#address").FillAsync("东湖路 2 号");
        await p.Locator("#reporterName").FillAsync("赵先生");
        await p.Locator("#phone").FillAsync("13511112222");
        await p.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await Expect(p.GetByTestId("report-error")).ToContainTextAsync(limited);
        await citizen.ShotAsync("13-report-rate-limited-375");

        // Tracking with a number and a phone that do not belong together.
        await p.GotoAsync("/#/track/990102-20991231-9999");
        await p.Locator("#phone").FillAsync("13511112222");
        await p.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        await Expect(p.GetByTestId("track-error")).ToContainTextAsync("不匹配");
        await Expect(p.GetByTestId("public-status")).ToHaveCountAsync(0);
        await citizen.ShotAsync("14-track-not-found-375");
    }
}
