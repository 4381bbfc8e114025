using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Governance.Browser.Tests;

/// <summary>A supervisor has no inbox: they find a case in the case search, urge (督办) it, and the journal shows it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SupervisionTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_supervisor_finds_a_case_being_handled_and_urges_it_with_a_comment()
    {
        var (number, _) = await Api.ReportedAndRegisteredAsync(fixture.Server.BaseUri, "学校门口井盖松动，车辆经过时响声很大", "990102001002001",
            "育才路 3 号校门口", "钱女士", "13800006666");
        using var center = await Api.SignInAsync(fixture.Server.BaseUri, "op-990102");

        await using var supervisor = await User.OpenAsync(fixture, User.Desktop);
        var page = supervisor.Page;
        await supervisor.LoginAsync("sup-990102");
        // The calendar running out is for administrators (they enter the next year): a supervisor is not shown it.
        await Expect(page.Locator(".ant-tabs-tab-active")).ToHaveTextAsync("事件查询");
        await Expect(page.GetByTestId("calendar-warning")).ToHaveCountAsync(0);
        // The case search is open from the start for a supervisor; narrowing to 待签收 and the number finds the case.
        await Expect(page.Locator(".ant-tabs-tab-active")).ToHaveTextAsync("事件查询");
        await supervisor.ChooseAsync(page.GetByTestId("case-search-status"), "待签收");
        await page.GetByTestId("case-search-text").Locator("input").FillAsync(number);
        await page.GetByTestId("case-search-text").Locator("input").PressAsync("Enter");
        var item = page.Locator($"[data-testid=case-item][data-case='{number}']");
        await Expect(page.GetByTestId("case-item")).ToHaveCountAsync(1);
        await item.ClickAsync();
        await Expect(page.GetByTestId("case-number")).ToHaveTextAsync(number);
        await Expect(page.GetByTestId("actions")).ToHaveCountAsync(0); // a supervisor has no step to act on

        await page.GetByTestId("urge").ClickAsync();
        var dialog = page.Locator(".ant-modal");
        await Expect(dialog).ToBeVisibleAsync();
        await supervisor.SettledAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "督办", Exact = true }).ClickAsync();
        await Expect(dialog.Locator(".ant-form-item-explain-error")).ToContainTextAsync("请填写督办意见");
        await dialog.GetByTestId("urge-comment").FillAsync("学校门口安全隐患，请今天内处理并反馈");
        await supervisor.ShotAsync("18-supervisor-urge-1366");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "督办", Exact = true }).ClickAsync();
        await Expect(page.Locator(".ant-message-success")).ToContainTextAsync("已督办");
        var entry = page.GetByTestId("journal-entry").Filter(new() { HasText = "督办" });
        await Expect(entry).ToHaveCountAsync(1);
        await Expect(entry).ToContainTextAsync("学校门口安全隐患");

        // On a phone the search list and the case are usable too.
        await page.SetViewportSizeAsync(User.Phone.Width, User.Phone.Height);
        await supervisor.AssertNoHorizontalOverflowAsync();
        await supervisor.ShotAsync("19-supervisor-case-375");
    }
}
