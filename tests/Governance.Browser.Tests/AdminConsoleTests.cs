using System.Net.Http;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Governance.Browser.Tests;

/// <summary>A server of its own: the admin console publishes package versions, which other browser tests must not see.</summary>
public sealed class AdminServer : IAsyncLifetime
{
    public ServerProcess Server { get; private set; } = null!;
    public async Task InitializeAsync() => Server = await ServerProcess.StartAsync();
    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>
/// The admin console in the browser at 1366×768: 青山县's administrator changes a time limit, a route and a person and
/// restores the previous version, each checked by what the running server does next; the city's enters 2027's holidays.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminConsoleTests(BrowserFixture fixture, AdminServer admin) : IClassFixture<AdminServer>
{
    const string Grid = "990121001001001";
    const string Item = "06005";

    Uri Base => admin.Server.BaseUri;

    /// <summary>A citizen reports the item in 青山县 and its center registers it; the open task after that and its deadline.</summary>
    async Task<(DateTimeOffset Created, DateTimeOffset Deadline)> NewCaseAsync()
    {
        using var citizen = await Api.SignInAsync(Base, null);
        var c = (await citizen.PostAsync("api/cases", new { channel = "web", itemCode = Item, description = "临街屋顶堆满杂物，脏乱", gridCode = Grid,
            address = "青山镇前街 3 号", reporterName = "市民", reporterPhone = "13812345678" })).GetProperty("case");
        var id = c.GetProperty("id").GetString()!;
        using var center = await Api.SignInAsync(Base, "op-990121");
        var (_, detail) = await center.GetAsync($"api/cases/{id}");
        var accept = detail.GetProperty("tasks").EnumerateArray().First(t => t.GetProperty("step").GetString() == "accept");
        await center.PostAsync($"api/tasks/{accept.GetProperty("id").GetString()}/actions/register", new { comment = "立案" });
        (_, detail) = await center.GetAsync($"api/cases/{id}");
        var task = detail.GetProperty("tasks").EnumerateArray()
            .First(t => t.GetProperty("step").GetString() != "accept" && t.GetProperty("deadline").ValueKind == JsonValueKind.String);
        return (task.GetProperty("createdAt").GetDateTimeOffset(), task.GetProperty("deadline").GetDateTimeOffset());
    }

    /// <summary>The deadline the server computes for the item from a moment with the limit in force (or a given amount and unit).</summary>
    async Task<JsonElement> PreviewAsync(Api api, DateTimeOffset from, string? amount = null, string? unit = null)
    {
        var what = amount is null ? $"item={Item}&urgency=normal" : $"amount={amount}&unit={unit}";
        var (_, preview) = await api.GetAsync($"api/admin/packages/990121/deadline-preview?from={Uri.EscapeDataString(from.ToString("O"))}&{what}");
        return preview;
    }

    /// <summary>A text box by its test id, whether antd puts the id on the input or on its wrapper.</summary>
    static ILocator Field(IPage page, string id) => page.Locator($"input[data-testid={id}], [data-testid={id}] input").First;

    static async Task PublishAsync(User user, string comment)
    {
        var page = user.Page;
        await page.GetByTestId("publish").ClickAsync();
        await user.SettledAsync();
        await page.GetByTestId("publish-comment").FillAsync(comment);
        await page.GetByTestId("publish-confirm").ClickAsync();
        await Expect(page.GetByTestId("draft-changes")).ToHaveTextAsync("草稿：无修改");
    }

    [Fact]
    public async Task A_county_administrator_changes_a_limit_a_route_an_item_thresholds_and_a_person_and_restores_the_previous_version()
    {
        await using var user = await User.OpenAsync(fixture, User.Desktop, server: admin.Server);
        var page = user.Page;
        await user.LoginAsync("admin-990121");
        await page.GetByTestId("open-admin").ClickAsync();
        await Expect(page.GetByTestId("admin-scope")).ToContainTextAsync("青山县");
        using var api = await Api.SignInAsync(Base, "admin-990121");

        // 时限: the city's 2 working days for category 06 become 9 for 青山县 (an override, marked, the city's value beside it).
        await page.GotoAsync("/#/admin/limits");
        await Field(page, "limit-filter").FillAsync("06");
        var row = page.Locator("[data-testid=limit-table] tr", new() { HasText = "大类 06" }).Filter(new() { HasText = "一般" });
        await Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Button, new() { Name = "编辑" }).ClickAsync();
        await user.SettledAsync();
        await Field(page, "limit-amount").FillAsync("9");
        await page.GetByTestId("limit-save").ClickAsync();
        await Expect(row).ToContainTextAsync("9 ");
        await Expect(row).ToContainTextAsync("本县覆盖");
        await Expect(page.GetByTestId("draft-changes")).ToContainTextAsync("1 个文档");
        await page.GetByTestId("preview-item").FillAsync(Item);
        await page.GetByTestId("preview-run").ClickAsync();
        await Expect(page.GetByTestId("preview-result")).ToContainTextAsync("9");
        await user.ShotAsync("60-admin-limits-county");
        await PublishAsync(user, "青山县市容类事项时限延长为 9 个工作日");

        var (created, deadline) = await NewCaseAsync();
        Assert.Equal((await PreviewAsync(api, created, "9", "workday")).GetProperty("deadline").GetDateTimeOffset(), deadline);

        // 派遣规则: the townships' cityscape rule now sends to the county; the tester says so from the draft.
        await page.GotoAsync("/#/admin/routes");
        await page.GetByTestId("edit-route-qingshan-townships-cityscape").ClickAsync();
        await user.SettledAsync();
        using var anyone = await Api.SignInAsync(Base, null);
        var (_, dict) = await anyone.GetAsync("api/dictionaries");
        var countyLevel = dict.GetProperty("levels").EnumerateArray().First(l => l.GetProperty("code").GetString() == "county").GetProperty("name").GetString()!;
        await user.ChooseAsync(page.GetByTestId("route-level"), countyLevel);
        await page.GetByTestId("route-department").FillAsync("item");
        await page.GetByTestId("route-save").ClickAsync();
        await Expect(page.GetByTestId("handler-qingshan-townships-cityscape")).ToContainTextAsync(countyLevel);
        var (_, expected) = await api.GetAsync($"api/admin/packages/990121/route-test?item={Item}&grid={Grid}&urgency=normal&draft=true");
        Assert.Equal("county", expected.GetProperty("level").GetString());
        var tester = page.GetByTestId("route-tester");
        await tester.GetByTestId("tester-item").ClickAsync();
        await page.Keyboard.TypeAsync(Item);
        await page.Keyboard.PressAsync("Enter");
        await Expect(tester.GetByTestId("tester-item")).ToContainTextAsync(Item);
        await user.SettledAsync();
        await tester.GetByTestId("tester-grid").ClickAsync();
        await page.Keyboard.TypeAsync("第1网格");
        await page.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title*='第1网格']").First.ClickAsync();
        await page.GetByTestId("tester-run").ClickAsync();
        await Expect(page.GetByTestId("tester-result")).ToContainTextAsync(expected.GetProperty("departmentName").GetString()!);
        await Expect(page.GetByTestId("tester-result")).ToContainTextAsync("qingshan-townships-cityscape");
        await page.GetByTestId("coverage-run").ClickAsync();
        await user.ShotAsync("61-admin-routes-county");
        await PublishAsync(user, "青山县市容类事项改由县城管执法处置");

        // 目录 and 预警阈值: a local item of the county and its own thresholds, in one publish.
        await page.GotoAsync("/#/admin/catalog");
        await page.GetByTestId("add-item").ClickAsync();
        await user.SettledAsync();
        await Field(page, "item-code").FillAsync("11902");
        await Field(page, "item-name").FillAsync("农村自建房违规加层");
        await Field(page, "item-keywords").FillAsync("自建房，加层");
        await Field(page, "item-synonyms").FillAsync("农房加盖，私自加层");
        await Field(page, "item-department").FillAsync("ZJ");
        await page.GetByTestId("item-save").ClickAsync();
        await Expect(page.GetByTestId("draft-changes")).ToContainTextAsync("1 个文档");
        await page.GotoAsync("/#/admin/limits");
        await page.GetByTestId("thresholds").GetByRole(AriaRole.Switch).ClickAsync();
        await Expect(page.GetByTestId("draft-changes")).ToContainTextAsync("2 个文档");
        await Field(page, "threshold-blue").FillAsync("0.3");
        await page.GetByTestId("threshold-save").ClickAsync();
        await Expect(page.Locator(".ant-message")).ToContainTextAsync("已保存到草稿");
        await PublishAsync(user, "新增农村自建房违规加层事项；本县预警提前");
        var (_, items) = await anyone.GetAsync("api/catalog?county=990121&q=" + Uri.EscapeDataString("农房加盖"));
        Assert.Contains("11902", items.ToString());
        var noon = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(noon.AddMinutes(3), (await PreviewAsync(api, noon, "10", "minute")).GetProperty("blue").GetDateTimeOffset());

        // 人员: a disabled handler cannot sign in.
        await page.GotoAsync("/#/admin/users");
        await Field(page, "user-search").FillAsync("h-cgzf-990121");
        await Field(page, "user-search").PressAsync("Enter");
        await page.GetByTestId("disable-h-cgzf-990121").ClickAsync();
        await page.Locator(".ant-popconfirm").GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(page.GetByTestId("enable-h-cgzf-990121")).ToBeVisibleAsync();
        await Assert.ThrowsAsync<HttpRequestException>(() => Api.SignInAsync(Base, "h-cgzf-990121"));
        await Field(page, "user-search").FillAsync("");
        await Field(page, "user-search").PressAsync("Enter");
        await user.ShotAsync("62-admin-users-county");

        // 版本: the history names the publishes; 对比 1 → 4 shows the limit side by side; restoring version 1 brings back the city's limit, route and thresholds and drops the item.
        await page.GetByTestId("versions").ClickAsync();
        var versions = page.GetByTestId("version-list");
        await Expect(versions).ToContainTextAsync("青山县市容类事项时限延长为 9 个工作日");
        await Expect(versions).ToContainTextAsync("admin-990121");
        await user.ChooseAsync(page.GetByTestId("diff-from"), "第 1 版");
        await Expect(page.GetByTestId("diff-to")).ToContainTextAsync("第 4 版");
        await page.GetByTestId("compare").ClickAsync();
        await Expect(page.GetByTestId("diff-document").Filter(new() { HasText = "limits.json" })).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("diff-document").Filter(new() { HasText = "routes.json" })).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("diff").GetByText("\"amount\": 9")).ToHaveCountAsync(1);
        await user.ShotAsync("63-admin-versions-diff");
        await page.GetByTestId("restore-1").ClickAsync();
        await page.Locator(".ant-popconfirm").GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(page.Locator(".ant-message")).ToContainTextAsync("已将第 1 版恢复为第 5 版");
        (created, deadline) = await NewCaseAsync();
        Assert.Equal((await PreviewAsync(api, created, "2", "workday")).GetProperty("deadline").GetDateTimeOffset(), deadline);
        var (_, route) = await api.GetAsync($"api/admin/packages/990121/route-test?item={Item}&grid={Grid}&urgency=normal");
        Assert.Equal("street", route.GetProperty("level").GetString());
        Assert.Equal(noon.AddMinutes(5), (await PreviewAsync(api, noon, "10", "minute")).GetProperty("blue").GetDateTimeOffset());
        (_, items) = await anyone.GetAsync("api/catalog?county=990121&q=" + Uri.EscapeDataString("农房加盖"));
        Assert.DoesNotContain("11902", items.ToString());
        await page.Keyboard.PressAsync("Escape");

        foreach (var (tab, shot) in new[] { ("catalog", "64-admin-catalog-county"), ("documents", "65-admin-documents-county"), ("calendar", "66-admin-calendar-county") })
        {
            await page.GotoAsync($"/#/admin/{tab}");
            await Expect(page.GetByRole(AriaRole.Tabpanel)).ToBeVisibleAsync();
            if (tab == "catalog")
            {
                await Field(page, "catalog-search").FillAsync("烧秸秆");
                await Expect(page.GetByTestId("catalog-table")).ToContainTextAsync("秸秆露天焚烧");
                await Expect(page.GetByTestId("catalog-table")).ToContainTextAsync("本县新增");
            }
            if (tab == "documents") 
            {
                await page.GetByTestId("document-list").GetByText("limits.json", new() { Exact = true }).ClickAsync();
                await Expect(page.GetByTestId("json-text")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("\"amount\": 5"));
            }
            await user.AssertNoHorizontalOverflowAsync();
            await user.ShotAsync(shot);
        }
    }

    [Fact]
    public async Task The_city_administrator_enters_2027s_holidays_and_a_deadline_across_them_moves()
    {
        await using var user = await User.OpenAsync(fixture, User.Desktop, server: admin.Server);
        var page = user.Page;
        await user.LoginAsync("admin");
        using var api = await Api.SignInAsync(Base, "admin");
        var from = Uri.EscapeDataString("2026-12-31T09:00:00+08:00");
        await page.GotoAsync("/#/admin/calendar");
        await Expect(Field(page, "new-year")).ToHaveValueAsync("2027");
        await page.GetByTestId("add-year").ClickAsync();
        await Expect(page.GetByTestId("holidays")).ToContainTextAsync("2027 年节假日与调休");
        await page.GetByTestId("holiday-papers").FillAsync("https://www.gov.cn/zhengce/content/2027-holidays.htm");
        var days = new[] { ("元旦", "2027-01-01", true), ("春节", "2027-02-06", true), ("春节", "2027-02-07", true), ("春节", "2027-02-08", true), ("春节", "2027-02-20", false) };
        foreach (var (name, date, off) in days)
        {
            await page.GetByTestId("add-day").ClickAsync();
            await page.GetByTestId("day-name").Last.FillAsync(name);
            await page.GetByTestId("day-date").Last.FillAsync(date);
            if (!off) await user.ChooseAsync(page.GetByTestId("day-off").Last, "调休上班");
        }
        await page.GetByTestId("holidays-save").ClickAsync();
        await Expect(page.GetByTestId("draft-changes")).ToContainTextAsync("2 个文档");
        await page.GetByTestId("validate").ClickAsync();
        await Expect(page.GetByTestId("draft-bar")).ToContainTextAsync("校验通过");
        await user.ShotAsync("67-admin-calendar-2027");
        await PublishAsync(user, "录入国务院办公厅 2027 年节假日安排");

        // Two working days from the last day of 2026: 1 January is a holiday, 2–3 a weekend, so Monday 4 and Tuesday 5 January.
        var (_, preview) = await api.GetAsync($"api/admin/packages/990100/deadline-preview?from={from}&amount=2&unit=workday");
        Assert.Equal(new DateOnly(2027, 1, 5), DateOnly.FromDateTime(preview.GetProperty("deadline").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(8)).DateTime));
        await page.GotoAsync("/#/admin/limits");
        await Expect(page.GetByTestId("limit-table")).ToBeVisibleAsync();
        await user.ShotAsync("68-admin-limits-city");
    }
}
