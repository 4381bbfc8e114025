using System.Net;
using static Microsoft.Playwright.Assertions;

namespace Governance.Browser.Tests;

/// <summary>The workspace shows what the server refuses, in the server's words, and offers no way to act on it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Another_departments_case_is_refused_with_the_servers_message()
    {
        // A water case, registered and dispatched to the water department.
        using var citizen = await Api.SignInAsync(fixture.Server.BaseUri, null);
        var intake = await citizen.PostAsync("api/cases", new
        {
            channel = "web", itemCode = "01001", description = "供水管道漏水，路面积水严重", gridCode = "990102001001002",
            address = "湖滨路 6 号", reporterName = "李先生", reporterPhone = "13700001234",
        });
        var caseId = intake.GetProperty("case").GetProperty("id").GetString()!;
        var number = intake.GetProperty("case").GetProperty("number").GetString()!;
        using var center = await Api.SignInAsync(fixture.Server.BaseUri, "op-990102");
        var (_, detail) = await center.GetAsync($"api/cases/{caseId}");
        var accept = detail.GetProperty("tasks").EnumerateArray().First(t => t.GetProperty("step").GetString() == "accept");
        await center.PostAsync($"api/tasks/{accept.GetProperty("id").GetString()}/actions/register", new { comment = "立案" });

        // The housing department's handler asks for it: the server refuses, and says why.
        using var housingApi = await Api.SignInAsync(fixture.Server.BaseUri, "h-zj-990102");
        var (status, problem) = await housingApi.GetAsync($"api/cases/{caseId}");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        var reason = problem.GetProperty("detail").GetString()!;

        await using var housing = await User.OpenAsync(fixture, User.Desktop);
        await housing.LoginAsync("h-zj-990102");
        await Expect(housing.Page.Locator($"[data-testid=inbox-item][data-case='{number}']")).ToHaveCountAsync(0);
        await housing.Page.GotoAsync($"/#/case/{caseId}");
        var error = housing.Page.GetByTestId("case-error");
        await Expect(error).ToHaveTextAsync(reason);
        await Expect(housing.Page.GetByTestId("actions")).ToHaveCountAsync(0);
        await Expect(housing.Page.GetByTestId("case-number")).ToHaveCountAsync(0);
        await housing.ShotAsync("10-other-department-refused-1366");
    }

    [Fact]
    public async Task Acting_on_a_task_someone_else_finished_shows_the_servers_conflict_and_asks_to_refresh()
    {
        using var citizen = await Api.SignInAsync(fixture.Server.BaseUri, null);
        var intake = await citizen.PostAsync("api/cases", new
        {
            channel = "web", itemCode = "01001", description = "供水井盖破损，存在安全隐患", gridCode = "990102001002001",
            address = "春晖路 9 号", reporterName = "周女士", reporterPhone = "13600004321",
        });
        var number = intake.GetProperty("case").GetProperty("number").GetString()!;

        // The same operator at two screens: both open the case; the first registers it.
        await using var first = await User.OpenAsync(fixture, User.Desktop);
        await using var second = await User.OpenAsync(fixture, User.Desktop);
        foreach (var u in new[] { first, second })
        {
            await u.LoginAsync("op-990102");
            await u.Page.Locator($"[data-testid=inbox-item][data-case='{number}']").ClickAsync();
            await Expect(u.Page.GetByTestId("case-number")).ToHaveTextAsync(number);
        }
        await first.Page.Locator("[data-testid=actions]").GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "不予立案", Exact = true }).ClickAsync();
        await first.Page.Locator(".ant-modal textarea").FillAsync("重复反映，已有同类事件在办");
        await first.Page.Locator(".ant-modal").GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "确定", Exact = true }).ClickAsync();
        await Expect(first.Page.Locator(".ant-message-success")).ToBeVisibleAsync();

        // The second screen is stale: its click is refused with the server's reason and a request to refresh.
        await second.Page.Locator("[data-testid=actions]").GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "合并", Exact = true }).ClickAsync();
        await second.Page.Locator(".ant-modal input").FillAsync(number);
        await second.Page.Locator(".ant-modal").GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "确定", Exact = true }).ClickAsync();
        var toast = second.Page.Locator(".ant-message-notice");
        await Expect(toast).ToContainTextAsync("刷新");
        using var center = await Api.SignInAsync(fixture.Server.BaseUri, "op-990102");
        var (_, detail) = await center.GetAsync($"api/cases/{intake.GetProperty("case").GetProperty("id").GetString()}");
        var task = detail.GetProperty("tasks").EnumerateArray().First(t => t.GetProperty("step").GetString() == "accept").GetProperty("id").GetString();
        var (status, problem) = await center.PostForProblemAsync($"api/tasks/{task}/actions/merge", new { data = new { target = number } });
        Assert.Equal(System.Net.HttpStatusCode.Conflict, status);
        await Expect(toast).ToContainTextAsync(problem.GetProperty("detail").GetString()!);
        // …and the stale screen is brought up to date: the case shows as rejected and has left the inbox.
        await Expect(second.Page.GetByTestId("case-status")).ToHaveTextAsync("不予立案");
        await Expect(second.Page.Locator($"[data-testid=inbox-item][data-case='{number}']")).ToHaveCountAsync(0);
        await second.ShotAsync("15-stale-screen-conflict-1366");
    }
}
