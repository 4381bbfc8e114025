using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Governance.Browser.Tests;

/// <summary>A server with 200 demo cases, so the command center's pages show a city that is lived in.</summary>
public sealed class DemoCityServer : IAsyncLifetime
{
    public ServerProcess Server { get; private set; } = null!;
    public async Task InitializeAsync() => Server = await ServerProcess.StartAsync(demoCases: 200);
    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>
/// The command center in the browser: the hall's big screen at 1920×1080 shows the API's figures and takes new cases
/// and alerts without a reload; the statistics page at 1366×768 ranks and traces; the center signs alerts in its inbox.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CommandCenterTests(BrowserFixture fixture, DemoCityServer city) : IClassFixture<DemoCityServer>
{
    static readonly ViewportSize Hall = new() { Width = 1920, Height = 1080 };

    async Task<(string Number, string Id)> ReportAsync(string item, string description, string grid = "990102001001001")
    {
        using var citizen = await Api.SignInAsync(city.Server.BaseUri, null);
        // A dispute names its parties and their dispute's kind: the intake form's rules apply to every report.
        object? form = item.StartsWith("110", StringComparison.Ordinal)
            ? new { disputeType = "labour", mediated = "no", parties = new[] { new { name = "张某某", role = "applicant" }, new { name = "某建筑公司", role = "respondent" } } }
            : null;
        var c = (await citizen.PostAsync("api/cases", new { channel = "web", itemCode = item, description, gridCode = grid, address = "东湖路 8 号",
            reporterName = "市民", reporterPhone = "13812345678", form })).GetProperty("case");
        return (c.GetProperty("number").GetString()!, c.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task The_big_screen_shows_the_citys_figures_and_takes_new_cases_and_alerts_without_a_reload()
    {
        await using var hall = await User.OpenAsync(fixture, Hall, server: city.Server);
        var page = hall.Page;
        await hall.LoginAsync("admin");
        await page.GotoAsync("/#/screen");
        await Expect(page.GetByTestId("screen-title")).ToHaveTextAsync("示范市社会治理指挥中心");
        await Expect(page.Locator(".scr-live:not(.off)")).ToBeVisibleAsync();
        using var admin = await Api.SignInAsync(city.Server.BaseUri, "admin");
        var (_, dashboard) = await admin.GetAsync("api/dashboard");
        var today = dashboard.GetProperty("today").GetProperty("reported").GetInt32();
        await Expect(page.GetByTestId("today-reported")).ToHaveTextAsync(today.ToString());
        foreach (var unit in dashboard.GetProperty("byUnit").EnumerateArray().Take(5))
            await Expect(page.GetByTestId("unit-ranking")).ToContainTextAsync(unit.GetProperty("name").GetString()!);
        await Expect(page.GetByTestId("trend-chart").Locator("canvas")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=grid-map] [data-reported]")).ToHaveCountAsync(124);
        // The board fills the hall's screen exactly: nothing scrolls, nothing is cut off.
        Assert.Equal(1080, await page.EvaluateAsync<int>("() => Math.round(document.querySelector('[data-testid=big-screen]').getBoundingClientRect().height)"));
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('.scr-panel')].every(p => p.getBoundingClientRect().bottom <= 1080)"));
        await hall.ShotAsync("30-command-screen-1920");

        await page.EvaluateAsync("() => { window.__stillHere = true; }");
        var description = $"大屏实时测试：东湖路井盖缺失 {Guid.NewGuid():N}"[..24];
        await ReportAsync("01001", description);
        await Expect(page.Locator($"[data-testid=screen-latest] [title='{description}']")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("today-reported")).ToHaveTextAsync((today + 1).ToString());
        var (alarming, _) = await ReportAsync("11003", "工地农民工聚集讨薪，情绪激动");
        await Expect(page.GetByTestId("screen-alerts")).ToContainTextAsync($"事件 {alarming}");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__stillHere === true")); // pushed, not reloaded
        await hall.ShotAsync("31-command-screen-live-1920");
    }

    [Fact]
    public async Task The_statistics_page_shows_the_countys_figures_ranks_departments_and_traces_a_score_to_its_cases()
    {
        await using var op = await User.OpenAsync(fixture, User.Desktop, server: city.Server);
        var page = op.Page;
        await op.LoginAsync("op-990102");
        await page.GetByTestId("open-stats").ClickAsync();
        await Expect(page.GetByTestId("stats-overview")).ToBeVisibleAsync();
        using var api = await Api.SignInAsync(city.Server.BaseUri, "op-990102");
        var (_, dashboard) = await api.GetAsync("api/dashboard");
        foreach (var street in dashboard.GetProperty("byUnit").EnumerateArray())
            await Expect(page.GetByTestId("units-table")).ToContainTextAsync(street.GetProperty("name").GetString()!);
        await Expect(page.Locator(".ant-statistic").Nth(2)).ToContainTextAsync(dashboard.GetProperty("period").GetProperty("reported").GetInt32().ToString());
        await op.AssertNoHorizontalOverflowAsync();
        await op.ShotAsync("32-command-stats-1366");

        await page.GetByRole(AriaRole.Tab, new() { Name = "考核排名" }).ClickAsync();
        var period = DateTime.Now.ToString("yyyy-MM");
        var (_, result) = await api.GetAsync($"api/assessment?period={period}&level=department");
        var first = result.GetProperty("rows").EnumerateArray().First();
        var code = first.GetProperty("code").GetString()!;
        await Expect(page.GetByTestId("assessment").Locator(".ant-table-row").First).ToContainTextAsync(first.GetProperty("name").GetString()!);
        var indicator = result.GetProperty("indicators")[0].GetProperty("code").GetString()!;
        var (_, trace) = await api.GetAsync($"api/assessment/trace?period={period}&level=department&code={code}&indicator={indicator}");
        await page.GetByTestId($"cell-{code}-{indicator}").ClickAsync();
        var drawer = page.GetByRole(AriaRole.Dialog);
        await Expect(drawer).ToContainTextAsync($"事件 {trace.GetProperty("cases").GetArrayLength()} 件");
        if (trace.GetProperty("cases").GetArrayLength() > 0)
            await Expect(drawer).ToContainTextAsync(trace.GetProperty("cases")[0].GetProperty("case").GetProperty("number").GetString()!);
        await op.SettledAsync();
        await op.ShotAsync("33-command-assessment-trace-1366");
        await page.Keyboard.PressAsync("Escape");
        await Expect(drawer).ToBeHiddenAsync();

        var export = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("assessment-export").ClickAsync());
        Assert.EndsWith(".xlsx", export.SuggestedFilename);

        await page.GetByRole(AriaRole.Tab, new() { Name = "研判简报" }).ClickAsync();
        await page.Locator("[data-testid=briefing-daily]").First.ClickAsync();
        await Expect(page.GetByTestId("briefing-view")).ToContainTextAsync("城东区日研判");
        await op.SettledAsync();
        await op.ShotAsync("34-command-briefing-1366");
    }

    [Fact]
    public async Task The_center_sees_a_new_alert_in_its_workspace_and_signs_it()
    {
        await using var op = await User.OpenAsync(fixture, User.Desktop, server: city.Server);
        var page = op.Page;
        await op.LoginAsync("op-990102");
        await page.GetByRole(AriaRole.Tab, new() { Name = "预警信息" }).ClickAsync();
        var (number, _) = await ReportAsync("11003", "包工头跑路，工人讨薪无门", "990102001002001");
        var alert = page.GetByTestId("alert-escalation-words").Filter(new() { HasText = number });
        await Expect(alert).ToHaveCountAsync(1); // pushed: no reload
        await Expect(alert).ToContainTextAsync("红色预警");
        await alert.GetByRole(AriaRole.Button, new() { Name = "签阅" }).ClickAsync();
        await Expect(alert).ToContainTextAsync("已签阅");
        await op.ShotAsync("35-command-workspace-alerts-1366");
    }
}
