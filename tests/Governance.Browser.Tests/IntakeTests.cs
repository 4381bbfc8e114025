using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Governance.Browser.Tests;

/// <summary>
/// Item suggestions as people meet them: a citizen on a phone is asked "您反映的是不是……" and takes one; an operator
/// takes a suggestion in the register dialog, and merges a case into a likely duplicate it is offered; an administrator
/// trains a county's model and sees its figures.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IntakeTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_citizen_takes_the_suggested_item_on_the_phone_page()
    {
        await using var citizen = await User.OpenAsync(fixture, User.Phone, touch: true);
        var p = citizen.Page;
        await p.GotoAsync("/#/report");
        await p.Locator("#description").FillAsync("我们小区南门外面天天有人摆摊卖水果卖菜，人行道都走不通了");
        var asked = p.GetByTestId("item-suggestions");
        await Expect(asked).ToContainTextAsync("您反映的是不是……");
        var stall = asked.GetByRole(AriaRole.Button, new() { Name = "占道经营" });
        await stall.ClickAsync();
        await Expect(stall).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(p.Locator(".ant-form-item", new() { HasText = "问题类型" }).First.Locator(".ant-select")).ToContainTextAsync("占道经营");
        await citizen.MarkGridAsync("东湖社区第1网格");
        await p.Locator("#address").FillAsync("东湖路 20 号南门");
        await p.Locator("#reporterName").FillAsync("周女士");
        await p.Locator("#phone").FillAsync("13811112222");
        await citizen.AssertNoHorizontalOverflowAsync();
        await citizen.ShotAsync("41-report-suggested-item-375");
        await p.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        var number = System.Text.RegularExpressions.Regex.Match(await p.GetByTestId("case-number").InnerTextAsync(), @"\d{6}-\d{8}-\d{4}").Value;

        using var center = await Api.SignInAsync(fixture.Server.BaseUri, "op-990102");
        var (_, found) = await center.GetAsync($"api/cases/{number}");
        Assert.Equal("09006", found.GetProperty("case").GetProperty("itemCode").GetString());
    }

    [Fact]
    public async Task The_operator_takes_a_suggested_item_in_the_register_dialog()
    {
        // The citizen chose 路灯异常 for a text about a vendor on the pavement; the operator corrects it with one click.
        var number = await ReportAsync("01037", "路灯异常", "路灯下面每天晚上有人推着小车卖烤红薯和玉米，占了大半条人行道", "990102002001001",
            "文昌路 9 号", "13622223333");

        await using var op = await User.OpenAsync(fixture, User.Desktop);
        var o = op.Page;
        await op.LoginAsync("op-990102");
        await ClosedLoopTests.OpenCaseAsync(o, number);
        await o.Locator("[data-testid=actions]").GetByRole(AriaRole.Button, new() { Name = "受理立案", Exact = true }).ClickAsync();
        var dialog = o.Locator(".ant-modal");
        var suggested = dialog.GetByTestId("register-suggestions");
        await Expect(suggested).ToContainTextAsync("建议事项");
        var stall = suggested.Locator("button[data-code='09006']");
        await stall.ClickAsync();
        await Expect(stall).ToHaveAttributeAsync("aria-pressed", "true");
        // The accept form holds the item (the dialog does not ask it again): the suggestion taken goes there.
        await Expect(o.GetByTestId("task-form").Locator("[data-field=item] .ant-select")).ToContainTextAsync("占道经营");
        await Expect(dialog.GetByTestId("route-preview")).ToContainTextAsync("按派遣规则将派往");
        await op.SettledAsync();
        await op.ShotAsync("42-register-suggestions-1366");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确定", Exact = true }).ClickAsync();
        await Expect(o.Locator(".ant-message-success").Last).ToBeVisibleAsync();
        await Expect(dialog).ToHaveCountAsync(0);

        using var center = await Api.SignInAsync(fixture.Server.BaseUri, "op-990102");
        var (_, found) = await center.GetAsync($"api/cases/{number}");
        Assert.Equal("09006", found.GetProperty("case").GetProperty("itemCode").GetString());
    }

    [Fact]
    public async Task The_operator_merges_a_case_into_the_likely_duplicate_the_dialog_offers()
    {
        const string item = "06042", name = "垃圾站（箱）满溢", grid = "990102003001001";
        var first = await ReportAsync(item, name, "朝阳路5号门口的垃圾桶满了，垃圾溢到路上了", grid, "朝阳路 5 号", "13633334444");
        var second = await ReportAsync(item, name, "朝阳路5号垃圾桶满了溢出来，臭得很", grid, "朝阳路 5 号", "13633335555");

        await using var op = await User.OpenAsync(fixture, User.Desktop);
        var o = op.Page;
        await op.LoginAsync("op-990102");
        await ClosedLoopTests.OpenCaseAsync(o, second);
        await o.Locator("[data-testid=actions]").GetByRole(AriaRole.Button, new() { Name = "受理立案", Exact = true }).ClickAsync();
        var duplicates = o.Locator(".ant-modal").GetByTestId("register-duplicates");
        var row = duplicates.Locator(".ant-list-item", new() { HasText = first });
        await Expect(row).ToContainTextAsync("同一网格");
        await Expect(row).ToContainTextAsync("描述相似");
        await Expect(row).ToContainTextAsync("同一事项");
        await op.SettledAsync();
        await op.ShotAsync("43-register-duplicates-1366");
        await row.GetByRole(AriaRole.Button, new() { Name = "合并" }).ClickAsync();
        await Expect(o.Locator(".ant-message-success").Last).ToBeVisibleAsync();
        await Expect(o.GetByTestId("case-status")).ToHaveTextAsync("已合并");
    }

    [Fact]
    public async Task An_administrator_trains_a_countys_model_and_sees_its_figures()
    {
        await Api.ReportedAndRegisteredAsync(fixture.Server.BaseUri, "城西区金桥路的供水井盖松了", "990103002001001", "金桥路 3 号", "吴先生",
            "13544445555", center: "op-990103");
        await using var admin = await User.OpenAsync(fixture, User.Desktop);
        var a = admin.Page;
        await admin.LoginAsync("admin");
        await a.GetByRole(AriaRole.Button, new() { Name = "识别模型", Exact = true }).ClickAsync();
        var page = a.GetByTestId("intake-models");
        await Expect(page).ToContainTextAsync("事项识别模型");
        var county = page.Locator("[data-county='990103']");
        await Expect(county).ToContainTextAsync("城西区");
        await county.GetByRole(AriaRole.Button, new() { Name = "立即训练" }).ClickAsync();
        await Expect(a.Locator(".ant-message-success", new() { HasText = "已训练第" })).ToBeVisibleAsync();
        await Expect(county.Locator(".ant-table-row").First).ToContainTextAsync("使用中");
        await Expect(county).ToContainTextAsync("当前模型：第");
        await admin.AssertNoHorizontalOverflowAsync();
        await admin.ShotAsync("44-intake-models-1366");
    }

    /// <summary>A citizen's report on the web, with the intake form the public page sends, so the operator can register it as it is.</summary>
    async Task<string> ReportAsync(string item, string itemName, string description, string grid, string address, string phone)
    {
        using var citizen = await Api.SignInAsync(fixture.Server.BaseUri, null);
        var form = new
        {
            channel = "web", item, title = $"{itemName}：{description}"[..Math.Min(50, itemName.Length + 1 + description.Length)], description,
            place = new { address, grid }, anonymous = "no", reporterName = "市民", reporterPhone = phone,
        };
        var intake = await citizen.PostAsync("api/cases", new
        {
            channel = "web", itemCode = item, description, gridCode = grid, address, reporterName = "市民", reporterPhone = phone, form,
        });
        return intake.GetProperty("case").GetProperty("number").GetString()!;
    }
}
