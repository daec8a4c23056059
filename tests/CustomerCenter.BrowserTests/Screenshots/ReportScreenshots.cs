using CustomerCenter.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CustomerCenter.BrowserTests.Screenshots;

/// <summary>
/// Screenshots of the reports on the demo data, desktop and phone, for a UI review:
/// <c>CC_SCREENSHOTS=1 dotnet test tests/CustomerCenter.BrowserTests --filter FullyQualifiedName~ReportScreenshots</c>.
/// The PNGs go to CC_SCREENSHOTS_DIR (by default .test-results/screens) under reports/.
/// </summary>
[Trait("Category", "Screenshots")]
public sealed class ReportScreenshots(ITestOutputHelper output)
{
    private static readonly (string Name, string Path)[] Reports =
    [
        ("dashboard", "/reports"),
        ("aging", "/reports/aging"),
        ("aging-past-date-invoice-basis", "/reports/aging?asOf=2025-12-31&basis=invoice&buckets=15,30,60,90,180"),
        ("aging-by-month", "/reports/aging-by-month"),
        ("customer-balances", "/reports/customer-balances"),
        ("open-invoices", "/reports/open-invoices"),
        ("open-invoices-overdue-with-credits", "/reports/open-invoices?overdue=true&show=all&sort=-open"),
        ("open-orders", "/reports/open-orders"),
        ("sales-history", "/reports/sales-history"),
        ("sales-history-lines", "/reports/sales-history?by=line"),
        ("sales-by-customer", "/reports/sales-by-customer?compare=true"),
        ("contacts", "/reports/contacts"),
        ("cheques", "/reports/cheques"),
        ("aging-bad-filter", "/reports/aging?asOf=31/12/2025&buckets=90,30"),
    ];

    private static string Folder => Path.Combine(
        Environment.GetEnvironmentVariable("CC_SCREENSHOTS_DIR") is { Length: > 0 } folder ? folder : Path.Combine(RepositoryPaths.Root, ".test-results", "screens"),
        "reports");

    [ScreenshotFact]
    public async Task Every_report_page_is_captured_on_the_demo_data()
    {
        await using var app = new BrowserApp(demoData: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);

        await using (var desktop = await BrowserFixture.NewContextAsync(browser, app.BaseAddress))
        {
            var page = await desktop.NewPageAsync();
            var camera = new Camera(page, Folder);
            await page.SignInAsAdmin();
            foreach (var (name, path) in Reports)
            {
                await camera.ShootAsync(name, path);
            }

            await ReportAsync(camera);
        }

        await using var phone = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var phonePage = await phone.NewPageAsync();
        var phoneCamera = new Camera(phonePage, Path.Combine(Folder, "phone"));
        await phonePage.SignInAsAdmin();
        await phoneCamera.ShootAsync("dashboard", "/reports");
        await phoneCamera.ShootAsync("aging", "/reports/aging");
        await ReportAsync(phoneCamera);
    }

    private async Task ReportAsync(Camera camera)
    {
        await camera.WriteNotesAsync();
        foreach (var note in camera.Files.Concat(camera.ConsoleErrors).Concat(camera.Overflows))
        {
            output.WriteLine(note);
        }
    }
}
