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
        await Expect(housing.Page.Locator("[data-testid=inbox-item]")).ToHaveCountAsync(0);
        await housing.Page.GotoAsync($"/#/case/{caseId}");
        var error = housing.Page.GetByTestId("case-error");
        await Expect(error).ToHaveTextAsync(reason);
        await Expect(housing.Page.GetByTestId("actions")).ToHaveCountAsync(0);
        await Expect(housing.Page.GetByTestId("case-number")).ToHaveCountAsync(0);
        await housing.ShotAsync("10-other-department-refused-1366");
    }
}
