using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Governance.Browser.Tests;

/// <summary>一表通 in the browser: choose, preview with the workbook's merged headers, export; fill the sheet; the street's review.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportPagesTests(BrowserFixture fixture)
{
    static string Month => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM");

    [Fact]
    public async Task A_street_previews_a_report_with_merged_headers_and_exports_its_whole_set()
    {
        await using var street = await User.OpenAsync(fixture, User.Desktop);
        await street.LoginAsync("tj-990102001");
        var p = street.Page;
        await p.GotoAsync("/#/reports");
        await Expect(p.GetByTestId("burden")).ToContainTextAsync("个数据项一次采集");
        await Expect(p.GetByTestId("burden")).ToContainTextAsync("张报表");
        var preview = p.GetByTestId("report-preview");
        await Expect(preview.Locator("h2")).ToHaveTextAsync("矛盾纠纷排查化解月报");
        await Expect(preview.Locator("th[colspan='3']", new() { HasText = "排查情况" })).ToHaveCountAsync(1);
        await Expect(preview.Locator("th[rowspan='3']", new() { HasText = "单位" })).ToHaveCountAsync(1);
        await Expect(preview.Locator("tr.gov-row-total td").First).ToHaveTextAsync("合计");
        await street.ShotAsync("21-reports-preview-1366");

        await street.ChooseAsync(p.GetByTestId("report-select"), "事件处置情况统计表（月报）");
        await Expect(preview.Locator("h2")).ToHaveTextAsync("事件处置情况统计表");
        await Expect(preview.Locator("tbody tr")).ToHaveCountAsync(12); // 合计 and the 11 categories

        await p.GetByTestId("export-set").ClickAsync();
        var download = p.GetByTestId("export-download");
        await Expect(download).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(p.GetByTestId("export-job")).ToContainTextAsync("一表通全部报表");
        var file = await p.APIRequest.GetAsync((await download.GetAttributeAsync("href"))!);
        Assert.Equal(200, file.Status);
        Assert.Equal("PK"u8.ToArray(), (await file.BodyAsync())[..2]);
        await street.ShotAsync("22-reports-exported-1366");
    }

    [Fact]
    public async Task A_community_fills_its_sheet_and_its_street_approves_it()
    {
        const string community = "990102001002";
        await using var staff = await User.OpenAsync(fixture, User.Desktop);
        await staff.LoginAsync("tj-" + community);
        var p = staff.Page;
        await p.GotoAsync("/#/reports/collect");
        var sheet = p.GetByTestId("collection");
        await Expect(sheet.GetByTestId("sheet-state")).ToHaveTextAsync("填报中");
        var households = p.Locator("#field-RK001");
        await households.FillAsync("1280");
        await sheet.GetByTestId("sheet-save").ClickAsync();
        await Expect(sheet.GetByTestId("sheet-notice")).ToHaveTextAsync("已保存");
        await sheet.GetByTestId("sheet-submit").ClickAsync();
        await Expect(sheet.GetByTestId("sheet-notice")).ToContainTextAsync("处需要修改");
        await Expect(p.Locator(".ant-form-item-explain-error", new() { HasText = "请填写“RK002 户籍人口数”" })).ToBeVisibleAsync();
        await staff.ShotAsync("23-collect-errors-1366");

        // The rest of the sheet as the offline workbook would bring it: every required value, population 100 = 60 + 40.
        var view = JsonNode.Parse(await (await p.APIRequest.GetAsync($"/api/collections/{community}/{Month}")).TextAsync())!;
        var data = new JsonObject();
        foreach (var f in view["form"]!["fields"]!.AsArray().Where(f => f!["readOnly"] is null)) data[(string)f!["key"]!] = 0;
        (data["RK001"], data["RK002"], data["RK003"], data["RK004"]) = (1280, 100, 60, 40);
        var saved = await p.APIRequest.PutAsync($"/api/collections/{community}/{Month}", new()
        {
            DataObject = new { data, version = (int)view["version"]!, submit = true },
        });
        Assert.True(saved.Ok, await saved.TextAsync());
        await p.ReloadAsync();
        await Expect(sheet.GetByTestId("sheet-state")).ToHaveTextAsync("已报送");
        await Expect(sheet.GetByTestId("sheet-save")).ToHaveCountAsync(0);

        await using var street = await User.OpenAsync(fixture, User.Desktop);
        await street.LoginAsync("tj-990102001");
        var s = street.Page;
        await s.GotoAsync("/#/reports/review");
        var list = s.GetByTestId("review-list");
        await Expect(list.Locator("tr", new() { HasText = "已报送" })).ToHaveCountAsync(1);
        await s.GetByTestId($"review-open-{community}").ClickAsync();
        await street.ShotAsync("24-review-submitted-1366");
        await s.GetByTestId("sheet-approve").ClickAsync();
        await Expect(s.GetByTestId("sheet-state")).ToHaveTextAsync("已审核");
        await Expect(list.Locator("tr", new() { HasText = "已审核" })).ToHaveCountAsync(1);
        await street.ShotAsync("25-review-approved-1366");

        await p.ReloadAsync();
        await Expect(sheet.GetByTestId("sheet-correct")).ToBeVisibleAsync();
        await Expect(households).ToBeDisabledAsync();
    }

    [Fact]
    public async Task The_public_report_page_still_answers_at_its_own_route()
    {
        await using var citizen = await User.OpenAsync(fixture, User.Phone, touch: true);
        await citizen.Page.GotoAsync("/#/report");
        await Expect(citizen.Page.GetByTestId("burden")).ToHaveCountAsync(0);
        await Expect(citizen.Page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true })).ToBeVisibleAsync();
    }
}
