using Microsoft.Playwright;

namespace CustomerCenter.BrowserTests.Infrastructure;

/// <summary>
/// Keeps what a failing test saw, so a red CI run can be diagnosed from its artifacts alone: a full-page
/// screenshot, the page's HTML and the log of requests and problems, in .test-results/screenshots.
/// </summary>
public static class FailureArtifacts
{
    public static async Task SaveAsync(IPage page, string testName, PageLog log)
    {
        Directory.CreateDirectory(RepositoryPaths.FailureScreenshots);
        var stem = Path.Combine(RepositoryPaths.FailureScreenshots, $"{testName}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        await File.WriteAllLinesAsync(stem + ".log", [$"Last URL: {page.Url}", .. log.Entries]);
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = stem + ".png", FullPage = true, Timeout = 10_000 });
            await File.WriteAllTextAsync(stem + ".html", await page.ContentAsync());
        }
        catch (PlaywrightException)
        {
            // The page may be gone (browser crash): the test's own error matters more than the picture.
        }
    }
}
