using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Governance.Browser.Tests;

/// <summary>
/// One event through the whole loop in the browser: a citizen reports on the public page, the operator registers it,
/// the water department signs for it and replies with the generated form (a required field left empty is refused
/// beside the field), the operator verifies, and the citizen rates the result on the tracking page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClosedLoopTests(BrowserFixture fixture)
{
    const string Grid = "990102001001001";
    const string Item = "01001";
    const string Phone = "13912345678";

    [Fact]
    public async Task A_citizen_report_goes_round_the_loop_and_is_rated_by_the_citizen()
    {
        var route = await RouteAsync(Item, Grid);
        var replyForm = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "definitions", "forms", "reply.v1.json")))!;
        string Label(string key) => replyForm["fields"]!.AsArray().First(f => (string)f!["key"]! == key)!["label"]!.GetValue<string>();

        // 1. The citizen reports on a phone set to another time zone, where the phone says it is; the manhole is offered
        //    in plain words (whose manhole it is, the center decides).
        var (lat, lon) = await Api.CentroidAsync(fixture.Server.BaseUri, Grid);
        await using var citizen = await User.OpenAsync(fixture, User.Phone, touch: true, new Microsoft.Playwright.Geolocation { Latitude = (float)lat, Longitude = (float)lon },
            timezone: "America/New_York");
        var p = citizen.Page;
        await p.GotoAsync("/#/report");
        await p.Locator("#itemCode").FillAsync("井盖");
        var options = p.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option");
        await Expect(options.First).ToHaveAttributeAsync("title", "井盖破损或缺失");
        await Expect(options.Filter(new() { HasText = "供水井盖异常" })).ToHaveCountAsync(0);
        await options.First.ClickAsync();
        await p.Locator("#description").FillAsync("小区门口的供水井盖缺了一角，晚上路过很危险，请尽快处理。");
        await p.Locator("input[data-upload=report-photos]").SetInputFilesAsync(await Images.PhotoAsync(fixture.Browser, "井盖.png", "#8c8c8c", "井盖"));
        await p.GetByTestId("my-location").ClickAsync();
        await Expect(p.GetByTestId("located-grid")).ToContainTextAsync("东湖社区第1网格");
        await p.Locator("#address").FillAsync("东湖路 18 号小区东门");
        await p.Locator("#reporterName").FillAsync("王女士");
        await p.Locator("#phone").FillAsync(Phone);
        await citizen.AssertNoHorizontalOverflowAsync();
        await citizen.ShotAsync("01-citizen-report-375");
        await p.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        var numberText = await p.GetByTestId("case-number").InnerTextAsync();
        var number = System.Text.RegularExpressions.Regex.Match(numberText, @"\d{6}-\d{8}-\d{4}").Value;
        Assert.False(string.IsNullOrEmpty(number), numberText);
        await Expect(p.GetByText("已上传 1 张照片")).ToBeVisibleAsync();
        await citizen.ShotAsync("02-citizen-number-375");

        // 2. The operator registers it; the route sends it to the water department.
        await using var operatorUser = await User.OpenAsync(fixture, User.Desktop);
        var o = operatorUser.Page;
        await operatorUser.LoginAsync("op-990102");
        await OpenCaseAsync(o, number);
        var caseAddress = o.Url; // #/case/<id>: a case can be opened by its address once it has left the inbox
        await Expect(o.GetByTestId("case-status")).ToHaveTextAsync("待受理");
        await Expect(o.GetByTestId("attachment")).ToHaveCountAsync(1);
        await operatorUser.AssertNoHorizontalOverflowAsync();
        await operatorUser.ShotAsync("03-operator-accept-1366");
        // The citizen's 井盖破损或缺失 was filed under 不明井盖异常; the operator classifies it precisely in the accept form,
        // and the register dialog says where that sends it (it does not ask for the item again).
        var itemField = o.GetByTestId("task-form").Locator("[data-field=item] .ant-select");
        await itemField.ClickAsync();
        await itemField.Locator("input").FillAsync("供水井盖"); // a long list: typed to narrow it, as an operator would
        await o.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title='01001 供水井盖异常']").ClickAsync();
        await Expect(itemField).ToContainTextAsync("01001 供水井盖异常");
        await o.Locator("[data-testid=actions]").GetByRole(AriaRole.Button, new() { Name = "受理立案", Exact = true }).ClickAsync();
        await Expect(o.Locator(".ant-modal").GetByTestId("route-preview")).ToContainTextAsync(route.Handler);
        await o.Locator(".ant-modal").GetByRole(AriaRole.Button, new() { Name = "确定", Exact = true }).ClickAsync();
        await Expect(o.Locator(".ant-message-success").Last).ToBeVisibleAsync();
        await Expect(o.GetByTestId("case-assignee")).ToContainTextAsync(route.Handler);

        // 3. The department signs for it and replies; an empty required field is refused beside the field.
        await using var handler = await User.OpenAsync(fixture, User.Desktop);
        var h = handler.Page;
        await handler.LoginAsync("h-sw-990102");
        await OpenCaseAsync(h, number);
        await ActAsync(h, "签收");

        // Meanwhile the citizen sees who is handling it and by when, in plain words.
        await p.GotoAsync($"/#/track/{number}");
        await p.Locator("#phone").FillAsync(Phone);
        await p.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        await Expect(p.GetByTestId("public-status")).ToHaveTextAsync("办理中");
        await Expect(p.GetByTestId("public-deadline")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"应于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 前办结"));
        await Expect(p.GetByTestId("public-step").Last).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^{route.Handler}已开始办理"));
        await citizen.AssertNoHorizontalOverflowAsync();
        await citizen.ShotAsync("33-citizen-track-handling-375");
        var form = h.GetByTestId("task-form");
        await Expect(form).ToContainTextAsync(replyForm["title"]!.GetValue<string>());
        // 经办人: a list of the department's people (a users source), starting at the signed-in handler, shown by name.
        await Expect(form.Locator("[data-field=handler] .ant-select")).ToContainTextAsync("张明");
        await Expect(form.Locator("[data-field=handler] .ant-select")).Not.ToContainTextAsync("h-sw-990102");
        await form.Locator("[data-field=result]").GetByText("已办结", new() { Exact = true }).ClickAsync();
        // 办结 (solved) makes the after-photo required: the evaluator marks it live.
        await Expect(form.Locator("[data-field=photosAfter] .ant-form-item-required")).ToBeVisibleAsync();
        await form.Locator("input[data-upload=photosBefore]").SetInputFilesAsync(await Images.PhotoAsync(fixture.Browser, "before.png", "#a8071a", "处置前"));
        await Expect(form.Locator("[data-field=photosBefore] img")).ToHaveCountAsync(1);
        await form.Locator("input[data-upload=photosAfter]").SetInputFilesAsync(await Images.PhotoAsync(fixture.Browser, "after.png", "#237804", "处置后"));
        await Expect(form.Locator("[data-field=photosAfter] img")).ToHaveCountAsync(1);
        await PickDateTimeAsync(h, form.Locator("[data-field=finishedAt]"), BrowserNow());
        await SignAsync(h, form.Locator("canvas[data-signature]"));
        await Expect(form.Locator("[data-field=signature]")).ToContainTextAsync("已签名");
        await Expect(form.Locator("[data-field=finishedAt] input")).Not.ToHaveValueAsync("");
        await h.Locator("[data-testid=actions]").GetByRole(AriaRole.Button, new() { Name = "回单", Exact = true }).ClickAsync();
        var measuresError = form.Locator("[data-field-error=measures]");
        await Expect(measuresError).ToBeVisibleAsync();
        await Expect(measuresError).ToContainTextAsync(Label("measures"));
        await Expect(measuresError).ToContainTextAsync("请填写");
        await Expect(h.Locator(".ant-modal")).ToHaveCountAsync(0); // nothing was sent
        await handler.ShotAsync("04-handler-required-field-1366");
        await h.SetViewportSizeAsync(User.Phone.Width, User.Phone.Height);
        await handler.AssertNoHorizontalOverflowAsync();
        await handler.ShotAsync("05-handler-form-375");
        await h.SetViewportSizeAsync(User.Desktop.Width, User.Desktop.Height);
        await form.Locator("[data-field=measures] textarea").FillAsync("已更换供水井盖并设置警示标志，现场恢复通行。");
        await Expect(measuresError).ToHaveCountAsync(0);
        await ActAsync(h, "回单", "已更换井盖，请核查。");
        await Expect(h.GetByTestId("case-status")).Not.ToHaveTextAsync("办理中");

        // 4. The operator verifies; the case is closed and waits for the citizen's rating.
        await OpenCaseAsync(o, number, reload: true);
        var verifyForm = o.GetByTestId("task-form");
        await Expect(verifyForm).ToBeVisibleAsync();
        await verifyForm.Locator("[data-field=conclusion]").GetByText("通过", new() { Exact = true }).ClickAsync();
        await operatorUser.ChooseAsync(verifyForm.Locator("[data-field=method] .ant-select"), "电话核实");
        await PickDateTimeAsync(o, verifyForm.Locator("[data-field=verifiedAt]"), BrowserNow());
        await operatorUser.ShotAsync("06-operator-verify-1366");
        await ActAsync(o, "核查通过", "电话回访确认已修复。");
        await Expect(o.GetByTestId("case-status")).ToContainTextAsync("已结案");

        // 5. The citizen follows the case in plain words — who handles it, the answer — in the city's time, and rates it.
        await p.GotoAsync($"/#/track/{number}");
        await p.Locator("#phone").FillAsync(Phone);
        await p.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        await Expect(p.GetByTestId("public-status")).ToHaveTextAsync("已办结");
        var steps = p.GetByTestId("public-step");
        await Expect(steps.Filter(new() { HasText = "已受理" })).ToHaveCountAsync(1);
        await Expect(steps.Filter(new() { HasText = $"已转{route.Handler}办理" })).ToHaveCountAsync(1);
        await Expect(steps.Filter(new() { HasText = $"{route.Handler}已答复" })).ToHaveCountAsync(1);
        await Expect(steps.Last).ToContainTextAsync("已办结");
        foreach (var verb in new[] { "签收", "回单", "上传附件", "系统" }) await Expect(p.Locator(".ant-timeline")).Not.ToContainTextAsync(verb);
        await Expect(p.GetByTestId("public-answer")).ToContainTextAsync("处置措施：已更换供水井盖并设置警示标志，现场恢复通行。");
        await Expect(p.GetByTestId("public-answer")).ToContainTextAsync("办理结果：已办结");
        using (var center = await Api.SignInAsync(fixture.Server.BaseUri, "op-990102"))
        {
            var (_, found) = await center.GetAsync($"api/cases?q={number}");
            var reported = found.GetProperty("items")[0].GetProperty("reportedAt").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(8));
            await Expect(p.Locator(".ant-descriptions")).ToContainTextAsync(reported.ToString("yyyy-MM-dd HH:mm")); // Shanghai time in a New York browser
        }
        var rating = p.GetByTestId("rating-form");
        await rating.GetByText("满意", new() { Exact = true }).ClickAsync();
        await rating.Locator("textarea").FillAsync("处理很及时，谢谢！");
        await citizen.ShotAsync("07-citizen-rate-375");
        await rating.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Expect(p.GetByTestId("public-satisfaction")).ToHaveTextAsync("满意");
        await Expect(rating).ToHaveCountAsync(0);
        await citizen.AssertNoHorizontalOverflowAsync();
        await citizen.ShotAsync("08-citizen-rated-375");

        // The operator sees the rating and the whole journal; the case has left every inbox.
        await o.GotoAsync(caseAddress);
        await o.ReloadAsync();
        await Expect(o.GetByTestId("case-number")).ToHaveTextAsync(number);
        await Expect(o.Locator($"[data-testid=inbox-item][data-case='{number}']")).ToHaveCountAsync(0);
        await Expect(o.GetByTestId("case-satisfaction")).ToHaveTextAsync("满意");
        await Expect(o.GetByTestId("journal-entry").Filter(new() { HasText = "回访评价" })).ToHaveCountAsync(1);
        await operatorUser.ShotAsync("09-operator-closed-1366");
    }

    /// <summary>Opens the case from the inbox when it is there, else by its address (#/case/id), as a bookmark would.</summary>
    internal static async Task OpenCaseAsync(IPage page, string number, bool reload = false)
    {
        if (reload)
        {
            await page.GotoAsync("/#/");
            await page.ReloadAsync();
        }
        var item = page.Locator($"[data-testid=inbox-item][data-case='{number}']");
        await Expect(item).ToBeVisibleAsync();
        await item.ClickAsync();
        await Expect(page.GetByTestId("case-number")).ToHaveTextAsync(number);
    }

    /// <summary>Clicks an action; when it asks for a comment (or anything else), fills the comment and confirms; waits for the success toast.</summary>
    internal static async Task ActAsync(IPage page, string action, string? comment = null)
    {
        await page.Locator("[data-testid=actions]").GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
        var dialog = page.Locator(".ant-modal");
        var toast = page.Locator(".ant-message-success", new() { HasText = "成功" });
        await Expect(dialog.Or(toast).First).ToBeVisibleAsync();
        if (await dialog.CountAsync() > 0)
        {
            if (comment is not null) await dialog.Locator("textarea").FillAsync(comment);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "确定", Exact = true }).ClickAsync();
        }
        await Expect(toast.Last).ToBeVisibleAsync();
        await Expect(dialog).ToHaveCountAsync(0);
    }

    /// <summary>Now on the browser's clock (the contexts run in Asia/Shanghai), as the date picker shows it.</summary>
    internal static string BrowserNow() => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm");

    internal static async Task PickDateTimeAsync(IPage page, ILocator field, string value)
    {
        var input = field.Locator("input");
        var open = page.Locator(".ant-picker-dropdown:not(.ant-picker-dropdown-hidden)");
        var moving = page.Locator(".ant-slide-up-appear, .ant-slide-up-enter, .ant-slide-down-appear, .ant-slide-down-enter");
        await input.ClickAsync();
        // As a person would: the panel has finished opening before the typed time is confirmed.
        await Expect(open).ToBeVisibleAsync();
        await Expect(moving).ToHaveCountAsync(0);
        await input.FillAsync(value);
        var ok = open.Locator(".ant-picker-ok button");
        await Expect(ok).ToBeEnabledAsync();
        await ok.ClickAsync();
        await Expect(input).ToHaveValueAsync(value);
        // The panel is wider than a phone screen; it must be gone (not merely closing) before the next step.
        await Expect(open).ToHaveCountAsync(0);
    }

    static async Task SignAsync(IPage page, ILocator canvas)
    {
        await canvas.ScrollIntoViewIfNeededAsync();
        var box = (await canvas.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 20, box.Y + box.Height / 2);
        await page.Mouse.DownAsync();
        for (var i = 1; i <= 12; i++) await page.Mouse.MoveAsync(box.X + 20 + i * 20, box.Y + box.Height / 2 + (i % 2 == 0 ? -25 : 25));
        await page.Mouse.UpAsync();
    }

    sealed record Route(string Handler);

    async Task<Route> RouteAsync(string item, string grid)
    {
        using var http = new HttpClient { BaseAddress = fixture.Server.BaseUri };
        var r = await http.GetFromJsonAsync<JsonElement>($"api/route?item={item}&grid={grid}");
        return new Route(r.GetProperty("handler").GetString()!);
    }
}
