using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Governance.Browser.Tests;

/// <summary>A returned case is reassigned with the department picker and lands in the chosen department's inbox.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReassignTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_returned_case_is_reassigned_to_the_department_picked_from_the_org_tree()
    {
        var (number, _) = await Api.ReportedAndRegisteredAsync(fixture.Server.BaseUri, "小区里的井盖是物业自建的，不归水务管", "990102001003001",
            "春晖小区 5 栋旁", "孙先生", "13800008888");

        // The water department returns it in the browser, on a phone.
        await using var water = await User.OpenAsync(fixture, User.Phone, touch: true);
        await water.LoginAsync("h-sw-990102");
        await water.AssertNoHorizontalOverflowAsync();
        await water.ShotAsync("16-handler-inbox-375");
        await water.Page.Locator($"[data-testid=inbox-item][data-case='{number}']").ClickAsync();
        await water.Page.Locator("[data-testid=actions]").GetByRole(AriaRole.Button, new() { Name = "退回", Exact = true }).ClickAsync();
        var dialog = water.Page.Locator(".ant-modal");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确定", Exact = true }).ClickAsync();
        await Expect(dialog.Locator(".ant-form-item-explain-error")).ToContainTextAsync("请填写办理意见"); // a return needs a reason
        await dialog.Locator("textarea").FillAsync("小区内物业自建井盖，应由住建部门督促物业处理");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确定", Exact = true }).ClickAsync();
        await Expect(water.Page.Locator(".ant-message-success")).ToBeVisibleAsync();

        // The operator reassigns it to the housing department, picked from the county's departments.
        await using var op = await User.OpenAsync(fixture, User.Desktop);
        await op.LoginAsync("op-990102");
        await op.Page.Locator("#root").GetByRole(AriaRole.Combobox).Nth(0).ClickAsync(); // the step filter
        await op.Page.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title='改派']").ClickAsync();
        var item = op.Page.Locator($"[data-testid=inbox-item][data-case='{number}']");
        await Expect(op.Page.Locator("[data-testid=inbox-item]")).ToHaveCountAsync(1);
        await item.ClickAsync();
        await Expect(op.Page.GetByTestId("journal-entry").Filter(new() { HasText = "退回" })).ToContainTextAsync("住建部门");
        await op.Page.Locator("[data-testid=actions]").GetByRole(AriaRole.Button, new() { Name = "改派", Exact = true }).ClickAsync();
        var reassign = op.Page.Locator(".ant-modal");
        await op.ChooseAsync(reassign.Locator(".ant-select").First, "城东区住房和城乡建设局");
        await Expect(reassign.GetByTestId("reassign-target")).ToContainTextAsync("城东区住房和城乡建设局");
        await op.ShotAsync("17-operator-reassign-1366");
        await reassign.GetByRole(AriaRole.Button, new() { Name = "确定", Exact = true }).ClickAsync();
        await Expect(op.Page.Locator(".ant-message-success")).ToBeVisibleAsync();
        await Expect(op.Page.GetByTestId("case-assignee")).ToContainTextAsync("城东区住房和城乡建设局");

        await using var housing = await User.OpenAsync(fixture, User.Desktop);
        await housing.LoginAsync("h-zj-990102");
        await Expect(housing.Page.Locator($"[data-testid=inbox-item][data-case='{number}']")).ToBeVisibleAsync();
    }
}
