using Microsoft.Playwright;

namespace Governance.Browser.Tests;

/// <summary>A person at a screen: their own browser context (cookies), page and screen size; screenshots into the run's folder.</summary>
public sealed class User : IAsyncDisposable
{
    public static readonly ViewportSize Desktop = new() { Width = 1366, Height = 768 };
    public static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };
    public const string Password = "Demo@2026";

    readonly IBrowserContext context;
    readonly BrowserFixture fixture;
    public IPage Page { get; }

    User(IBrowserContext context, IPage page, BrowserFixture fixture)
    {
        this.context = context;
        Page = page;
        this.fixture = fixture;
    }

    /// <param name="location">Where the phone says it is; the page may ask for it (使用我的位置) and is allowed to.</param>
    /// <param name="timezone">The browser's own zone: the app shows the city's time whatever it is.</param>
    /// <param name="server">Another server than the fixture's (a second node).</param>
    public static async Task<User> OpenAsync(BrowserFixture fixture, ViewportSize size, bool touch = false, Geolocation? location = null,
        string timezone = "Asia/Shanghai", ServerProcess? server = null)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (server ?? fixture.Server).BaseUri.ToString(), ViewportSize = size, Locale = "zh-CN", TimezoneId = timezone,
            HasTouch = touch, IsMobile = touch, DeviceScaleFactor = 1,
            Geolocation = location, Permissions = location is null ? null : ["geolocation"],
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new User(context, page, fixture);
    }

    /// <summary>Signs in through the login page and waits for the workspace to greet the user.</summary>
    public async Task LoginAsync(string username)
    {
        await Page.GotoAsync("/#/");
        await Page.Locator("#username").FillAsync(username);
        await Page.Locator("#password").FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("current-user")).ToBeVisibleAsync();
    }

    /// <summary>A full-page screenshot; the path is printed so a person can look at it.</summary>
    public async Task<string> ShotAsync(string name)
    {
        var path = Path.Combine(fixture.Screenshots, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Console.WriteLine("screenshot: " + path);
        return path;
    }

    /// <summary>
    /// Opens an antd select and picks the option with that exact label, as a person would: once the dialog and the
    /// list have finished moving in (on a busy machine a click during the animation lands beside the option), then
    /// checks the select shows the choice.
    /// </summary>
    public async Task ChooseAsync(ILocator select, string option)
    {
        var moving = Page.Locator(".ant-zoom-appear, .ant-zoom-enter, .ant-slide-up-appear, .ant-slide-up-enter");
        await Assertions.Expect(moving).ToHaveCountAsync(0);
        // A list that waits for its parent's choice (street after county) is disabled until its options arrive.
        await Assertions.Expect(select).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bant-select-disabled\b"));
        await select.ClickAsync();
        var item = Page.Locator($".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title='{option}']");
        await Assertions.Expect(item).ToBeVisibleAsync();
        await Assertions.Expect(moving).ToHaveCountAsync(0);
        await item.ClickAsync();
        await Assertions.Expect(select).ToContainTextAsync(option);
    }

    /// <summary>
    /// Marks a place on the public map by its name, as a citizen who types 东湖社区第1网格 in the place box: the map moves
    /// there and marks the grid's middle, and the server names the grid it lies in.
    /// </summary>
    public async Task MarkGridAsync(string gridName)
    {
        var search = Page.GetByTestId("place-search");
        await search.Locator("input").FillAsync(gridName);
        var option = Page.Locator($".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title$='{gridName}']");
        await Assertions.Expect(option).ToBeVisibleAsync();
        await SettledAsync();
        await option.ClickAsync();
        await Assertions.Expect(Page.GetByTestId("located-grid")).ToContainTextAsync(gridName);
    }

    /// <summary>Waits for the map to stop moving (it flies to a place found by name) and taps its middle.</summary>
    public async Task TapMapMiddleAsync()
    {
        var map = Page.GetByTestId("grid-map");
        await Assertions.Expect(map).Not.ToHaveAttributeAsync("data-moving", "");
        await map.ScrollIntoViewIfNeededAsync();
        var box = (await map.BoundingBoxAsync())!;
        await Page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
    }

    /// <summary>Waits until no dialog or drop-down is still opening, as a person waits before pressing its buttons.</summary>
    public async Task SettledAsync() =>
        await Assertions.Expect(Page.Locator(".ant-zoom-appear, .ant-zoom-enter, .ant-slide-up-appear, .ant-slide-up-enter, .ant-fade-appear, .ant-fade-enter"))
            .ToHaveCountAsync(0);

    /// <summary>
    /// Nothing sticks out sideways: a page wider than the screen is what overlapping, cut-off layouts look like.
    /// After a resize the app re-lays itself out on its breakpoint listeners, so the check waits a few seconds
    /// for the layout to settle; if it never does, the message names the elements that stick out.
    /// </summary>
    public async Task AssertNoHorizontalOverflowAsync()
    {
        try
        {
            await Page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= window.innerWidth",
                null, new PageWaitForFunctionOptions { Timeout = 5_000, PollingInterval = 100 });
        }
        catch (TimeoutException)
        {
            var report = await Page.EvaluateAsync<string>(@"() => {
                const width = window.innerWidth;
                const wide = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1)
                    .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
                    .slice(0, 5)
                    .map(e => {
                        const r = e.getBoundingClientRect();
                        const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                            [...e.classList].slice(0, 3).map(c => '.' + c).join('') +
                            (e.dataset.testid ? `[data-testid=${e.dataset.testid}]` : '') +
                            (e.dataset.field ? `[data-field=${e.dataset.field}]` : '');
                        return `${name} (${Math.round(r.left)}..${Math.round(r.right)}px)`;
                    });
                return `page is ${document.documentElement.scrollWidth}px wide on a ${width}px screen; sticking out: ${wide.join(', ') || 'nothing visible'}`;
            }");
            Assert.Fail(report);
        }
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
