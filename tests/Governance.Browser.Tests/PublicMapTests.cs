using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Governance.Browser.Tests;

/// <summary>A citizen marks where the problem is on the map of the grids (a tap, or the phone's location); the server names the grid.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicMapTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_citizen_on_a_phone_taps_the_map_and_reports_under_the_grid_the_server_names()
    {
        await using var citizen = await User.OpenAsync(fixture, User.Phone, touch: true);
        var p = citizen.Page;
        await p.GotoAsync("/#/report");
        var map = p.GetByTestId("grid-map");
        await Expect(map.Locator("path.leaflet-interactive")).ToHaveCountAsync(124); // every grid drawn, no tiles fetched
        await Expect(p.Locator("img.leaflet-tile")).ToHaveCountAsync(0);
        await Expect(p.GetByTestId("place-on-map")).ToContainTextAsync("所属网格由系统判断");
        await citizen.ShotAsync("30-report-map-375");

        // The place box moves the map to a community; a tap inside it marks the point.
        await p.GetByTestId("place-search").Locator("input").FillAsync("湖滨社区");
        var community = p.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title='城东区东湖街道湖滨社区']");
        await Expect(community).ToBeVisibleAsync();
        await citizen.SettledAsync();
        await community.ClickAsync();
        await citizen.TapMapMiddleAsync();
        await Expect(p.GetByTestId("located-grid")).ToContainTextAsync(new Regex("所属网格：城东区东湖街道湖滨社区湖滨社区第\\d网格"));
        var grid = Regex.Match(await p.GetByTestId("located-grid").InnerTextAsync(), "湖滨社区第\\d网格").Value;
        await Expect(p.GetByTestId("place-on-map").Locator(".ant-select")).ToHaveCountAsync(1); // no grid to pick, only the place box

        await p.Locator("#itemCode").FillAsync("垃圾");
        await p.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option").First.ClickAsync();
        await p.Locator("#description").FillAsync("湖滨路菜场后门垃圾堆了三天没人清，味道很大。");
        await p.Locator("#address").FillAsync("湖滨路菜场后门");
        await p.Locator("#reporterName").FillAsync("孙阿姨");
        await p.Locator("#phone").FillAsync("13566667777");
        await citizen.AssertNoHorizontalOverflowAsync();
        await citizen.ShotAsync("31-report-map-marked-375");
        await p.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        var number = Regex.Match(await p.GetByTestId("case-number").InnerTextAsync(), @"\d{6}-\d{8}-\d{4}").Value;

        using var center = await Api.SignInAsync(fixture.Server.BaseUri, "op-990102");
        var (_, found) = await center.GetAsync($"api/cases?q={number}");
        var c = found.GetProperty("items")[0];
        Assert.Equal(grid, c.GetProperty("placeName").GetString());
    }

    [Fact]
    public async Task A_citizen_uses_the_phones_location_and_a_place_outside_the_city_is_explained()
    {
        var (lat, lon) = await Api.CentroidAsync(fixture.Server.BaseUri, "990103001001001");
        await using var citizen = await User.OpenAsync(fixture, User.Phone, touch: true, new Geolocation { Latitude = (float)lat, Longitude = (float)lon });
        var p = citizen.Page;
        await p.GotoAsync("/#/report");
        await p.GetByTestId("my-location").ClickAsync();
        await Expect(p.GetByTestId("located-grid")).ToHaveTextAsync("所属网格：城西区西园街道西园社区西园社区第1网格");
        await citizen.ShotAsync("32-report-my-location-375");

        await p.Context.SetGeolocationAsync(new Geolocation { Latitude = 39.9f, Longitude = 116.4f });
        await p.GetByTestId("my-location").ClickAsync();
        await Expect(p.GetByTestId("located-error")).ToContainTextAsync("不在示范市的任何网格内");
        await p.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await Expect(p.Locator("#location_help")).ToContainTextAsync("不在示范市的任何网格内");
    }
}
