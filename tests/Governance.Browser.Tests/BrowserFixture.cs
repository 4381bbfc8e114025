using Microsoft.Playwright;

namespace Governance.Browser.Tests;

/// <summary>One server process and one Debian chromium for the whole suite; each test opens its own contexts (users).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    IPlaywright? playwright;
    ServerProcess? server;

    public IBrowser Browser { get; private set; } = null!;
    public ServerProcess Server => server!;
    public string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Screenshots);
        // The whole test command runs suites side by side on two cores; give the page time to answer.
        Assertions.SetDefaultExpectTimeout(10_000);
        var dist = Path.Combine(Repository.Root, "designer", "dist", "index.html");
        if (!File.Exists(dist))
            throw new InvalidOperationException($"{dist} is missing: build the browser app first (cd designer && npm ci && npm run build; tests/run.sh does)");
        server = await ServerProcess.StartAsync();
        playwright = await Playwright.CreateAsync();
        var args = new List<string> { "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync" };
        if (Environment.UserName == "root") args.Add("--no-sandbox");
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = args,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        if (server is not null) await server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
