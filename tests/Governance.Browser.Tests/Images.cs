using Microsoft.Playwright;

namespace Governance.Browser.Tests;

/// <summary>Real PNG photos for uploads: a screenshot of a small coloured page, so no binary fixtures are checked in.</summary>
public static class Images
{
    public static async Task<FilePayload> PhotoAsync(IBrowser browser, string name, string colour, string caption)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 320, Height = 240 } });
        await page.SetContentAsync($"<body style='margin:0;background:{colour};display:flex;align-items:center;justify-content:center;height:240px;font:32px sans-serif;color:#fff'>{caption}</body>");
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png });
        await page.CloseAsync();
        return new FilePayload { Name = name, MimeType = "image/png", Buffer = bytes };
    }
}
