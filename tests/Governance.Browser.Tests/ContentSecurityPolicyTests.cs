using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Governance.Browser.Tests;

/// <summary>
/// The browser app runs under the server's Content-Security-Policy, which allows no eval and no inline script: the
/// public report page, the workspace and forms with expressions work with nothing refused, and the expressions still
/// show fields and fill values (they are interpreted, not run as code).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture)
{
    /// <summary>Every violation the page reports, through the DOM event and through the console, in every document it loads.</summary>
    const string ReportViolations = """
        document.addEventListener('securitypolicyviolation', e =>
          console.error(`csp-violation ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
        """;

    static List<string> Watch(User user)
    {
        var violations = new List<string>();
        user.Page.Console += (_, m) =>
        {
            if (m.Text.Contains("csp-violation", StringComparison.Ordinal) || m.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                lock (violations) violations.Add(m.Text);
        };
        user.Page.PageError += (_, e) => { lock (violations) violations.Add("page error: " + e); };
        return violations;
    }

    [Fact]
    public async Task The_public_page_and_a_form_with_expressions_work_under_a_policy_without_eval_or_inline_script()
    {
        await using var citizen = await User.OpenAsync(fixture, User.Phone, touch: true);
        await citizen.Page.Context.AddInitScriptAsync(ReportViolations);
        var violations = Watch(citizen);
        var p = citizen.Page;

        var response = await p.GotoAsync("/#/report");
        var policy = response!.Headers["content-security-policy"];
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy);

        // 邻里纠纷 brings the dispute form: 纠纷类型 “其他纠纷” shows 其他纠纷类型 (a condition), 涉及人数 fills 风险等级 (a calculation).
        await p.Locator("#itemCode").FillAsync("邻里纠纷");
        await p.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title^='邻里纠纷']").ClickAsync();
        var extras = p.GetByTestId("intake-extras");
        await Expect(extras.Locator("[data-field=otherType]")).ToHaveCountAsync(0);
        await citizen.ChooseAsync(extras.Locator("[data-field=disputeType] .ant-select"), "其他纠纷");
        await Expect(extras.Locator("[data-field=otherType]")).ToBeVisibleAsync();
        await extras.Locator("[data-field=peopleCount] input").FillAsync("40");
        await Expect(extras.Locator("[data-field=risk] .ant-radio-wrapper-checked")).ToHaveTextAsync("高");
        await extras.Locator("[data-field=peopleCount] input").FillAsync("6");
        await Expect(extras.Locator("[data-field=risk] .ant-radio-wrapper-checked")).ToHaveTextAsync("中");
        await citizen.ShotAsync("31-csp-dispute-form-375");
        Assert.Empty(violations);

        // The policy is enforced, and the watch sees it: an inline script, an inline handler and code in a text timer are refused.
        // (Playwright's own evaluate is exempt from the page's eval check, so the page is made to do these itself.)
        await p.EvaluateAsync("""
            () => {
              const s = document.createElement('script'); s.textContent = 'window.inlineRan = true'; document.body.appendChild(s);
              const img = document.createElement('img'); img.setAttribute('onerror', 'window.handlerRan = true'); img.src = 'data:,x'; document.body.appendChild(img);
              setTimeout('window.timerRan = true', 0);
            }
            """);
        await UntilAsync(() => { lock (violations) return violations.Count(v => v.Contains("csp-violation", StringComparison.Ordinal)) >= 3; });
        Assert.Equal("null null null", await p.EvaluateAsync<string>("() => [window.inlineRan, window.handlerRan, window.timerRan].map(v => String(v ?? null)).join(' ')"));
    }

    /// <summary>Console messages arrive a little after the page did what reports them.</summary>
    static async Task UntilAsync(Func<bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the policy violations were never reported");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task The_workspace_and_the_reply_form_work_under_the_policy()
    {
        var (number, _) = await Api.ReportedAndRegisteredAsync(fixture.Server.BaseUri, "内容安全策略测试：井盖松动，车辆经过有响声。",
            "990102001001002", "东湖路 66 号", "林先生", "13766665555");
        await using var handler = await User.OpenAsync(fixture, User.Desktop);
        await handler.Page.Context.AddInitScriptAsync(ReportViolations);
        var violations = Watch(handler);
        var h = handler.Page;
        await handler.LoginAsync("h-sw-990102");
        var item = h.Locator($"[data-testid=inbox-item][data-case='{number}']");
        await item.ClickAsync();
        await Expect(h.GetByTestId("case-number")).ToHaveTextAsync(number);
        await h.Locator("[data-testid=actions]").GetByRole(AriaRole.Button, new() { Name = "签收", Exact = true }).ClickAsync();
        var form = h.GetByTestId("task-form");
        await Expect(form).ToBeVisibleAsync();
        // 无法办理 shows and requires 原因说明 (reply.v1.json: data.result === 'unable' || data.result === 'partly').
        await Expect(form.Locator("[data-field=reason]")).ToHaveCountAsync(0);
        await form.Locator("[data-field=result]").GetByText("无法办理", new() { Exact = true }).ClickAsync();
        await Expect(form.Locator("[data-field=reason] .ant-form-item-required")).ToBeVisibleAsync();
        await handler.ShotAsync("32-csp-reply-form-1366");
        await h.GetByRole(AriaRole.Tab, new() { Name = "事件查询" }).ClickAsync();
        await Expect(h.Locator($"[data-testid=case-item][data-case='{number}']")).ToBeVisibleAsync();
        Assert.Empty(violations);
    }
}
