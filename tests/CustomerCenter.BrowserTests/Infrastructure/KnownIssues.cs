using System.Security.Cryptography;
using System.Text;
using Microsoft.Playwright;

namespace CustomerCenter.BrowserTests.Infrastructure;

/// <summary>
/// App problems reported to the team that the browser tests tolerate until they are fixed, each matched
/// precisely enough that no other problem slips through. Delete an entry once its fix is merged.
/// </summary>
public static class KnownIssues
{
    /// <summary>Text that identifies each known console error this build of the app logs (read from /login).</summary>
    public static async Task<string[]> ConsoleErrorsToTolerateAsync(IBrowser browser, Uri baseAddress)
    {
        await using var context = await BrowserFixture.NewContextAsync(browser, baseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        return await BlockedImportMapAsync(page) is { } importMap ? [importMap] : [];
    }

    /// <summary>
    /// App.razor renders <c>&lt;ImportMap /&gt;</c>, an inline <c>&lt;script type="importmap"&gt;</c> that the
    /// Content-Security-Policy (script-src 'self') blocks on every page. Harmless today, as blazor.web.js is
    /// referenced by its fingerprinted URL, but every page logs a console error. Returns the CSP source
    /// ('sha256-…') the browser names in that error, or nothing when the page has no import map.
    /// </summary>
    public static async Task<string?> BlockedImportMapAsync(IPage page)
    {
        var importMap = page.Locator("script[type=importmap]");
        if (await importMap.CountAsync() == 0)
        {
            return null;
        }

        var text = await importMap.First.TextContentAsync() ?? "";
        return $"sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}";
    }
}
