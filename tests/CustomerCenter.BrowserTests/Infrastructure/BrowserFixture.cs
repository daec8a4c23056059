using Microsoft.Playwright;

namespace CustomerCenter.BrowserTests.Infrastructure;

/// <summary>
/// One app and one Chromium shared by a test collection; every test gets its own browser context
/// (its own cookies), so tests stay independent while paying for startup once.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserApp App { get; } = new();

    public async Task InitializeAsync()
    {
        _ = App.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>
    /// Runs <paramref name="steps"/> on a fresh page. On failure saves a screenshot, the HTML and a request log
    /// under .test-results/screenshots; fails the test when the pages logged errors even if every step passed.
    /// </summary>
    public async Task RunAsync(string testName, Func<IPage, Task> steps)
    {
        var browser = _browser ?? throw new InvalidOperationException("The fixture is not initialised.");
        await using var context = await NewContextAsync(browser, App.BaseAddress);
        var page = await context.NewPageAsync();
        var log = PageLog.Watch(page);
        try
        {
            await steps(page);
            Assert.True(log.Problems.Count == 0, "The pages reported problems:\n" + string.Join('\n', log.Problems));
        }
        catch
        {
            await FailureArtifacts.SaveAsync(page, testName, log);
            throw;
        }
    }

    public static async Task<IBrowserContext> NewContextAsync(IBrowser browser, Uri baseAddress)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            // The app's certificate is made up per run (see LoopbackCertificate).
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(20_000);
        return context;
    }
}
