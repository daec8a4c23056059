using CustomerCenter.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CustomerCenter.BrowserTests.Screenshots;

/// <summary>
/// Screenshots of the hub on the demo data at 1280 and 390 pixels wide: the start page, the customer page
/// with each tab, the timeline, tasks, a project, the email form and the dev mailbox. Run with
/// <c>CC_SCREENSHOTS=1 dotnet test tests/CustomerCenter.BrowserTests --filter Category=Screenshots</c>;
/// the PNGs go to CC_SCREENSHOTS_DIR (default .test-results/screens)/hub.
/// </summary>
[Trait("Category", "Screenshots")]
public sealed class HubScreenshots(ITestOutputHelper output)
{
    private static readonly string[] Tabs = ["transactions", "activity", "tasks", "projects", "comments", "files", "history"];

    private static string Folder => Path.Combine(
        Environment.GetEnvironmentVariable("CC_SCREENSHOTS_DIR") is { Length: > 0 } folder ? folder : Path.Combine(RepositoryPaths.Root, ".test-results", "screens"),
        "hub");

    [ScreenshotFact]
    public async Task Every_hub_page_is_captured_on_the_demo_data()
    {
        await using var app = new BrowserApp(demoData: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var hub = await HubScreenshotData.SeedAsync(app, await DemoCustomers.WithOpenInvoicesAsync(app));

        await using (var desktop = await BrowserFixture.NewContextAsync(browser, app.BaseAddress))
        {
            await ShootAsync(await desktop.NewPageAsync(), Folder, hub);
        }

        await using var phone = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        await ShootAsync(await phone.NewPageAsync(), Path.Combine(Folder, "phone"), hub);
    }

    private async Task ShootAsync(IPage page, string folder, HubPages hub)
    {
        var camera = new Camera(page, folder);
        await page.SignInAsAdmin();
        await camera.ShootAsync("start", "/");
        await camera.ShootAsync("pick-customer", "/pick-customer?for=invoice");
        await camera.ShootAsync("customer-overview", $"/customers/{hub.Customer}");
        foreach (var tab in Tabs)
        {
            await camera.ShootAsync($"customer-{tab}", $"/customers/{hub.Customer}?tab={tab}");
        }

        await camera.ShootAsync("customer-transactions-invoices", $"/customers/{hub.Customer}?tab=transactions&type=invoice&sort=-amount");
        await camera.ShootAsync("timeline-calls", $"/customers/{hub.Customer}?tab=activity&kind=call");
        await camera.ShootAsync("timeline-bad-filter", $"/customers/{hub.Customer}?tab=activity&from=yesterday");
        await camera.ShootAsync("tasks-mine", "/tasks?assignee=me");
        await camera.ShootAsync("tasks-overdue", "/tasks?overdue=true");
        await camera.ShootAsync("project", $"/projects/{hub.Project}");
        await camera.ShootAsync("email-invoice", $"/invoices/{hub.Invoice}/email");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("not an address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Expect(page.Locator(".field-error, [id^='error-']").First).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("email-invoice-bad-address");
        await camera.ShootAsync("email-statement", $"/customers/{hub.Customer}/statement/email");
        await camera.ShootAsync("mailbox", "/settings/mailbox");
        await camera.ShootAsync("invoice-with-emails", $"/invoices/{hub.Invoice}");

        await camera.WriteNotesAsync();
        foreach (var note in camera.Files.Concat(camera.ConsoleErrors).Concat(camera.Overflows))
        {
            output.WriteLine(note);
        }
    }
}
