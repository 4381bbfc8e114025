using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Governance.Browser.Tests;

/// <summary>
/// 协办: the water department asks the housing department for help from the browser; housing finds the co-handling
/// task in its inbox and answers it; until then the water department's reply is held back with the reason.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CoHandlingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_department_asks_another_for_help_and_the_helper_answers_from_its_inbox()
    {
        var (number, caseId) = await Api.ReportedAndRegisteredAsync(fixture.Server.BaseUri, "小区井盖产权不清，需住建部门协助确认", "990102001003001",
            "春晖小区 2 栋旁", "周先生", "13800007777");

        await using var water = await User.OpenAsync(fixture, User.Desktop);
        await water.LoginAsync("h-sw-990102");
        await water.Page.Locator($"[data-testid=inbox-item][data-case='{number}']").ClickAsync();
        await water.Page.Locator("[data-testid=actions]").GetByRole(AriaRole.Button, new() { Name = "发起协办", Exact = true }).ClickAsync();
        var dialog = water.Page.Locator(".ant-modal");
        await Expect(dialog).ToBeVisibleAsync();
        await water.SettledAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确定", Exact = true }).ClickAsync();
        await Expect(dialog.Locator(".ant-form-item-explain-error").First).ToContainTextAsync("请选择协办部门");
        await water.ChooseAsync(dialog.Locator(".ant-select").First, "城东区住房和城乡建设局");
        await dialog.Locator("textarea").FillAsync("请协助确认井盖产权");
        await water.ShotAsync("20-handler-cohandle-1366");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确定", Exact = true }).ClickAsync();
        await Expect(water.Page.Locator(".ant-message-success")).ToContainTextAsync("发起协办成功");
        await Expect(water.Page.GetByTestId("journal-entry").Filter(new() { HasText = "发起协办" })).ToContainTextAsync("请协助确认井盖产权");

        // The lead department's reply waits for the helper (the server says so; the form itself is tested elsewhere).
        using var waterApi = await Api.SignInAsync(fixture.Server.BaseUri, "h-sw-990102");
        var (_, detail) = await waterApi.GetAsync($"api/cases/{caseId}");
        var lead = detail.GetProperty("tasks").EnumerateArray().First(t => t.GetProperty("step").GetString() == "handle" && t.GetProperty("state").GetString() == "open");
        var (status, problem) = await waterApi.PostForProblemAsync($"api/tasks/{lead.GetProperty("id").GetString()}/actions/reply", new { comment = "已处理" });
        Assert.Equal(System.Net.HttpStatusCode.Conflict, status);
        Assert.Contains("城东区住房和城乡建设局尚未回复", problem.GetProperty("detail").GetString());

        // Housing answers from its own inbox, on a phone.
        await using var housing = await User.OpenAsync(fixture, User.Phone, touch: true);
        await housing.LoginAsync("h-zj-990102");
        var item = housing.Page.Locator($"[data-testid=inbox-item][data-case='{number}']");
        await Expect(item).ToContainTextAsync("协办");
        await item.ClickAsync();
        await Expect(housing.Page.GetByTestId("journal-entry").Filter(new() { HasText = "发起协办" })).ToContainTextAsync("请协助确认井盖产权");
        await housing.Page.Locator("[data-testid=actions]").GetByRole(AriaRole.Button, new() { Name = "协办回复", Exact = true }).ClickAsync();
        var reply = housing.Page.Locator(".ant-modal");
        await Expect(reply.Locator(".ant-modal-title")).ToHaveTextAsync("协办回复");
        await housing.SettledAsync();
        await reply.Locator("textarea").FillAsync("经核实，井盖产权属水务部门");
        await reply.GetByRole(AriaRole.Button, new() { Name = "确定", Exact = true }).ClickAsync();
        await Expect(housing.Page.Locator(".ant-message-success")).ToContainTextAsync("协办回复成功");
        await Expect(housing.Page.GetByTestId("journal-entry").Filter(new() { HasText = "经核实，井盖产权属水务部门" })).ToHaveCountAsync(1);
        await housing.AssertNoHorizontalOverflowAsync();
        await housing.ShotAsync("21-cohandler-replied-375");
    }
}
