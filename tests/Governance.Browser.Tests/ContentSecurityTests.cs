using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Governance.Browser.Tests;

/// <summary>
/// The browser app runs under its Content-Security-Policy: every page a citizen, a handler and an administrator opens
/// works with it, and the browser reports no violation (a violation means a script, style or image the policy blocks).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Every_page_works_under_the_content_security_policy_without_a_violation()
    {
        var (number, id) = await Api.ReportedAndRegisteredAsync(fixture.Server.BaseUri, "供水井盖松动，夜间行人容易踩空", "990102001001001", "湖滨路 18 号", "钱女士", "13700005678");
        var violations = new List<string>();
        async Task<User> Open(ViewportSize size)
        {
            var user = await User.OpenAsync(fixture, size);
            // Violations are reported to the page as events and to the console: collect both.
            await user.Page.AddInitScriptAsync("""
                window.__csp = [];
                document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
                """);
            user.Page.Console += (_, msg) => { if (msg.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(msg.Text); };
            return user;
        }
        async Task Collect(User u) => violations.AddRange(await u.Page.EvaluateAsync<string[]>("() => window.__csp"));

        await using var citizen = await Open(User.Phone);
        var page = await citizen.Page.GotoAsync("/#/report");
        Assert.Contains("default-src 'self'", (await page!.AllHeadersAsync())["content-security-policy"]);
        Assert.Equal("nosniff", (await page.AllHeadersAsync())["x-content-type-options"]);
        await Expect(citizen.Page.Locator("#itemCode")).ToBeVisibleAsync();
        await Collect(citizen);
        await citizen.Page.GotoAsync($"/#/track/{number}");
        await Expect(citizen.Page.Locator("body")).ToContainTextAsync("办理进度查询");
        await Collect(citizen);

        await using var center = await Open(User.Desktop);
        await center.LoginAsync("op-990102");
        await center.Page.GotoAsync($"/#/case/{id}");
        await Expect(center.Page.GetByTestId("case-number")).ToHaveTextAsync(number);
        await Collect(center);

        await using var admin = await Open(User.Desktop);
        await admin.LoginAsync("admin");
        await admin.Page.GetByRole(AriaRole.Tab, new() { Name = "审计日志" }).ClickAsync();
        await Expect(admin.Page.GetByTestId("audit-line").First).ToBeVisibleAsync();
        await admin.ShotAsync("30-audit-log-1366");
        await Collect(admin);

        Assert.True(violations.Count == 0, "content security policy violations:\n" + string.Join("\n", violations));
    }
}
