using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Governance.Browser.Tests;

/// <summary>
/// The center operator at 1366×768: the accept form shows the case's own number; registering previews where the routes
/// send the case, in words, and the operator sends it to another department instead; verification and callback show
/// the handler's reply (measures, photos before and after, signature) read-only beside the task, and neither asks again
/// for what its form already holds.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OperatorTests(BrowserFixture fixture)
{
    const string Grid = "990102001001001";
    const string Chosen = "城东区城市管理和综合执法局";

    [Fact]
    public async Task The_operator_previews_and_changes_the_route_and_verifies_reading_the_reply()
    {
        using var citizen = await Api.SignInAsync(fixture.Server.BaseUri, null);
        var intake = await citizen.PostAsync("api/cases", new
        {
            channel = "web", itemCode = "01001", gridCode = Grid, address = "东湖路 22 号菜市场北口",
            description = "菜市场北口的井盖松动，踩上去咣当响，老人小孩经过怕出事。", reporterName = "李桂兰", reporterPhone = "13812340022",
        });
        var number = intake.GetProperty("case").GetProperty("number").GetString()!;
        var id = intake.GetProperty("case").GetProperty("id").GetString()!;
        using var anonymous = new HttpClient { BaseAddress = fixture.Server.BaseUri };
        var route = await anonymous.GetFromJsonAsync<JsonElement>($"api/route?item=01001&grid={Grid}&channel=web");
        var routed = route.GetProperty("handler").GetString()!;
        Assert.NotEqual(Chosen, routed);

        await using var operatorUser = await User.OpenAsync(fixture, User.Desktop);
        var o = operatorUser.Page;
        await operatorUser.LoginAsync("op-990102");
        await ClosedLoopTests.OpenCaseAsync(o, number);

        // One number: the accept form's 事件编号 is the case number.
        await Expect(o.GetByTestId("task-form").Locator("[data-field=caseNo] input")).ToHaveValueAsync(number);

        // The register dialog says where the routes send the case and why, asks neither item nor urgency (the form has
        // them), and lets the operator send it elsewhere.
        await o.Locator("[data-testid=actions]").GetByRole(AriaRole.Button, new() { Name = "受理立案", Exact = true }).ClickAsync();
        var dialog = o.Locator(".ant-modal");
        var preview = dialog.GetByTestId("route-preview");
        await Expect(preview).ToContainTextAsync($"将派往：{routed}");
        await Expect(preview).ToContainTextAsync("规则");
        await Expect(preview).Not.ToContainTextAsync("default");
        await Expect(dialog).Not.ToContainTextAsync("紧急程度");
        await Expect(dialog).Not.ToContainTextAsync("重新分类");
        await operatorUser.ShotAsync("40-operator-register-preview-1366");
        await operatorUser.ChooseAsync(dialog.Locator(".ant-select").First, Chosen); // 职能部门, above 街道/社区
        await Expect(preview).ToContainTextAsync("已另选承办单位");
        await Expect(dialog.GetByTestId("reassign-target")).ToContainTextAsync(Chosen);
        await operatorUser.ShotAsync("41-operator-register-changed-1366");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确定", Exact = true }).ClickAsync();
        await Expect(o.Locator(".ant-message-success").Last).ToBeVisibleAsync();
        await Expect(o.GetByTestId("case-assignee")).ToContainTextAsync(Chosen);

        // The chosen department signs and replies with its form (through the API: the reply form itself is tested elsewhere).
        using (var handler = await Api.SignInAsync(fixture.Server.BaseUri, "h-cgzf-990102"))
        {
            var task = await OpenTaskAsync(handler, id, "handle");
            await handler.PostAsync($"api/tasks/{task}/actions/sign", new { });
            var before = await handler.UploadAsync(id, "处置前.png", (await Images.PhotoAsync(fixture.Browser, "处置前.png", "#a8071a", "处置前")).Buffer, "handle");
            var after = await handler.UploadAsync(id, "处置后.png", (await Images.PhotoAsync(fixture.Browser, "处置后.png", "#237804", "处置后")).Buffer, "handle");
            var signature = "data:image/png;base64," + Convert.ToBase64String((await Images.PhotoAsync(fixture.Browser, "签名.png", "#ffffff", "韦娜")).Buffer);
            object File(JsonElement a) => new { id = a.GetProperty("id").GetString(), name = a.GetProperty("fileName").GetString(), type = "image/png", size = a.GetProperty("size").GetInt64() };
            await handler.PostAsync($"api/tasks/{task}/actions/reply", new
            {
                data = new
                {
                    form = new
                    {
                        result = "solved", measures = "已重新固定井盖并更换橡胶垫圈，踩踏无异响，现场恢复通行。",
                        photosBefore = new[] { File(before) }, photosAfter = new[] { File(after) },
                        finishedAt = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz"), signature,
                    },
                },
            });
        }

        // Verification: the reply is read beside the verify form, read-only, with its photos and signature.
        await ClosedLoopTests.OpenCaseAsync(o, number, reload: true);
        var reply = o.GetByTestId("earlier-forms");
        await Expect(reply).ToContainTextAsync("办理回单");
        await Expect(reply.Locator("[data-field=measures] textarea")).ToHaveValueAsync("已重新固定井盖并更换橡胶垫圈，踩踏无异响，现场恢复通行。");
        await Expect(reply.Locator("[data-field=measures] textarea")).ToBeDisabledAsync();
        await Expect(reply.Locator("[data-field=photosBefore] img")).ToHaveCountAsync(1);
        await Expect(reply.Locator("[data-field=photosAfter] img")).ToHaveCountAsync(1);
        await Expect(reply.Locator("[data-field=result]")).ToContainTextAsync("已办结");
        await Expect(reply.Locator("input[type=file]")).ToHaveCountAsync(0); // nothing to upload or remove there
        var verifyForm = o.GetByTestId("task-form");
        await verifyForm.Locator("[data-field=conclusion]").GetByText("通过", new() { Exact = true }).ClickAsync();
        await operatorUser.ChooseAsync(verifyForm.Locator("[data-field=method] .ant-select"), "电话核实");
        await ClosedLoopTests.PickDateTimeAsync(o, verifyForm.Locator("[data-field=verifiedAt]"), ClosedLoopTests.BrowserNow());
        await verifyForm.Locator("[data-field=opinion] textarea").FillAsync("电话联系李桂兰，确认井盖已固定。");
        await operatorUser.ShotAsync("42-operator-verify-reading-reply-1366");
        // 核查意见 is the form's own: no separate 办理意见 is asked.
        await o.Locator("[data-testid=actions]").GetByRole(AriaRole.Button, new() { Name = "核查通过", Exact = true }).ClickAsync();
        await Expect(o.Locator(".ant-message-success").Last).ToBeVisibleAsync();
        await Expect(o.Locator(".ant-modal")).ToHaveCountAsync(0);
        await Expect(o.GetByTestId("case-status")).ToContainTextAsync("已结案");
        await Expect(o.GetByTestId("journal-entry").Filter(new() { HasText = "电话联系李桂兰，确认井盖已固定。" })).ToHaveCountAsync(1);

        // Callback: the satisfaction is asked once, in the callback form.
        await ClosedLoopTests.OpenCaseAsync(o, number, reload: true);
        var callback = o.GetByTestId("task-form");
        await Expect(callback).ToContainTextAsync("回访");
        await Expect(o.GetByTestId("earlier-forms")).ToContainTextAsync("办理回单");
        await Expect(o.GetByTestId("earlier-forms")).ToContainTextAsync("核查");
        await operatorUser.ChooseAsync(callback.Locator("[data-field=method] .ant-select"), "电话回访");
        await callback.Locator("[data-field=reached]").GetByText("已联系上", new() { Exact = true }).ClickAsync();
        await callback.Locator("[data-field=satisfaction]").GetByText("满意", new() { Exact = true }).ClickAsync();
        await callback.Locator("[data-field=comment] textarea").FillAsync("李阿姨说修得很牢靠。");
        await ClosedLoopTests.PickDateTimeAsync(o, callback.Locator("[data-field=calledAt]"), ClosedLoopTests.BrowserNow());
        await operatorUser.ShotAsync("43-operator-callback-1366");
        await o.Locator("[data-testid=actions]").GetByRole(AriaRole.Button, new() { Name = "回访评价", Exact = true }).ClickAsync();
        await Expect(o.Locator(".ant-message-success").Last).ToBeVisibleAsync();
        await Expect(o.Locator(".ant-modal")).ToHaveCountAsync(0);
        await Expect(o.GetByTestId("case-satisfaction")).ToHaveTextAsync("满意");
    }

    [Fact]
    public async Task Opening_an_item_low_in_a_long_inbox_shows_the_case_in_view()
    {
        // Enough cases waiting for the center that the inbox runs below the fold.
        using var citizen = await Api.SignInAsync(fixture.Server.BaseUri, null);
        for (var i = 0; i < 14; i++)
            await citizen.PostAsync("api/cases", new
            {
                channel = "web", itemCode = "01001", gridCode = Grid, address = $"东湖路 {30 + i} 号",
                description = $"东湖路 {30 + i} 号门前井盖有裂缝，车压过去声音很大。", reporterName = "赵先生", reporterPhone = "13812340033",
            });
        await using var operatorUser = await User.OpenAsync(fixture, User.Desktop);
        var o = operatorUser.Page;
        await operatorUser.LoginAsync("op-990102");
        var items = o.GetByTestId("inbox-item");
        await Expect(items.Nth(13)).ToBeVisibleAsync();
        var last = items.Last;
        await last.ScrollIntoViewIfNeededAsync();
        var number = await last.GetAttributeAsync("data-case");
        await last.ClickAsync();
        await Expect(o.GetByTestId("case-number")).ToHaveTextAsync(number!);
        await operatorUser.ShotAsync("44-operator-long-inbox-1366");
        // The case is on screen without scrolling back up, and the page itself does not scroll: each pane does.
        await Expect(o.GetByText("当前环节：受理")).ToBeInViewportAsync();
        await Expect(o.GetByTestId("task-form").Locator("[data-field=caseNo] input")).ToHaveValueAsync(number!);
        await Expect(o.GetByTestId("task-form").Locator("[data-field=caseNo] input")).ToBeInViewportAsync();
        Assert.True(await o.EvaluateAsync<bool>("() => document.scrollingElement.scrollHeight <= window.innerHeight + 1"));
    }

    static async Task<string> OpenTaskAsync(Api api, string caseId, string step)
    {
        var (_, detail) = await api.GetAsync($"api/cases/{caseId}");
        return detail.GetProperty("tasks").EnumerateArray()
            .First(t => t.GetProperty("step").GetString() == step && t.GetProperty("state").GetString() == "open").GetProperty("id").GetString()!;
    }
}
