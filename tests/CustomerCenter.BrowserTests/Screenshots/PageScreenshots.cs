using CustomerCenter.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CustomerCenter.BrowserTests.Screenshots;

/// <summary>
/// Screenshots of every workspace page on the demo data, for a UI review:
/// <c>CC_SCREENSHOTS=1 dotnet test tests/CustomerCenter.BrowserTests --filter Category=Screenshots</c>.
/// The PNGs go to CC_SCREENSHOTS_DIR, by default .test-results/screens in the repository.
/// </summary>
[Trait("Category", "Screenshots")]
public sealed class PageScreenshots(ITestOutputHelper output)
{
    private static string Folder =>
        Environment.GetEnvironmentVariable("CC_SCREENSHOTS_DIR") is { Length: > 0 } folder
            ? folder
            : Path.Combine(RepositoryPaths.Root, ".test-results", "screens");

    [ScreenshotFact]
    public async Task Every_workspace_page_is_captured_on_the_demo_data()
    {
        await using var app = new BrowserApp(demoData: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);

        await using (var desktop = await BrowserFixture.NewContextAsync(browser, app.BaseAddress))
        {
            await ShootDesktopAsync(await desktop.NewPageAsync(), app);
        }

        await using (var phone = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        }))
        {
            await ShootPhoneAsync(await phone.NewPageAsync(), app);
        }
    }

    private async Task ShootDesktopAsync(IPage page, BrowserApp app)
    {
        var camera = new Camera(page, Folder);
        await camera.ShootAsync("login", "/login");
        await page.GetByLabel("Email").FillAsync(BrowserApp.AdminEmail);
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("login-wrong-password");

        await page.SignInAsAdmin();
        await camera.ShootAsync("home", "/");
        await camera.ShootAsync("customers", "/customers");
        await camera.ShootAsync("customers-search-no-match", "/customers?search=nosuchcustomer");

        // Something in the trash, so the trash view shows rows rather than its empty state.
        await page.GotoAsync("/customers?sort=name");
        var checkboxes = page.Locator("tbody").GetByRole(AriaRole.Checkbox);
        await checkboxes.Nth(0).CheckAsync();
        await checkboxes.Nth(1).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Move selected to trash" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("moved to the trash");
        await camera.ShootCurrentAsync("customers-after-batch-trash");
        await camera.ShootAsync("customers-trash", "/customers?trashed=true");

        await page.GotoAsync("/customers?kind=company");
        await page.Locator("tbody").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contacts" })).ToBeVisibleAsync();
        var detail = new Uri(page.Url).AbsolutePath;
        await camera.ShootCurrentAsync("customer-detail");
        await camera.ShootAsync("customer-edit", $"{detail}/edit");

        await camera.ShootAsync("customer-new", "/customers/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save customer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Nothing was saved" })).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("customer-new-empty-submitted");

        await camera.ShootAsync("contact-new", $"{detail}/contacts/new");
        // Empty, so the server's validation answers (a malformed email would stop in the browser's own check).
        await page.GetByRole(AriaRole.Button, new() { Name = "Save contact" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).First).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("contact-new-empty-submitted");
        await page.GotoAsync(detail);
        await page.GetByRole(AriaRole.Row).GetByRole(AriaRole.Link, new() { Name = "Edit" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit contact" })).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("contact-edit");

        await ShootSalesAsync(page, camera, await SalesScreenshotData.SeedAsync(app));
        await ShootReceivablesAsync(page, camera, app);

        await camera.ShootAsync("settings-users", "/settings/users");
        await camera.ShootAsync("settings-api-keys", "/settings/api-keys");
        await camera.ShootAsync("settings-custom-fields", "/settings/custom-fields");
        await camera.ShootAsync("account-password", "/account/password");
        await camera.ShootAsync("not-found", "/customers/999999");
        await camera.ShootAsync("api-docs", "/api/docs");
        await camera.ShootCurrentAsync("api-docs-first-screen", fullPage: false);
        await ReportAsync(camera);
    }

    private static async Task ShootSalesAsync(IPage page, Camera camera, SalesPages documents)
    {
        await camera.ShootAsync("quotes", "/quotes");
        await camera.ShootAsync("orders", "/orders");
        await camera.ShootAsync("delivery-notes", "/delivery-notes");
        await camera.ShootAsync("invoices", "/invoices");
        await camera.ShootAsync("invoices-overdue", "/invoices?status=overdue");
        await camera.ShootAsync("credit-notes", "/credit-notes");
        await camera.ShootAsync("quote-sent", $"/quotes/{documents.SentQuote}");
        await camera.ShootAsync("order-partly-delivered", $"/orders/{documents.PartlyDeliveredOrder}");
        await camera.ShootAsync("order-draft", $"/orders/{documents.DraftOrder}");
        await page.GetByText("Delete draft…").ClickAsync();
        await camera.ShootCurrentAsync("order-draft-delete-asks");
        await camera.ShootAsync("invoice-posted", $"/invoices/{documents.PostedInvoice}");
        await camera.ShootAsync("credit-note-posted", $"/credit-notes/{documents.PostedCreditNote}");
        await camera.ShootAsync("quote-edit", $"/quotes/{documents.DraftQuote}/edit");
        await camera.ShootAsync("invoice-new", "/invoices/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Nothing was saved" })).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("invoice-new-empty-submitted");
        await camera.ShootAsync("credit-note-new-from-invoice", $"/credit-notes/new?invoiceId={documents.PostedInvoice}");
        await camera.ShootAsync("items", "/items");
        await camera.ShootAsync("item-new", "/items/new");
    }

    private async Task ShootPhoneAsync(IPage page, BrowserApp app)
    {
        var camera = new Camera(page, Path.Combine(Folder, "phone"));
        await camera.ShootAsync("login", "/login");
        await page.SignInAsAdmin();
        await camera.ShootAsync("home", "/");
        await camera.ShootAsync("customers", "/customers");
        await page.Locator("tbody").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contacts" })).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("customer-detail");
        await camera.ShootAsync("customer-new", "/customers/new");
        await camera.ShootAsync("invoices", "/invoices");
        await page.Locator("tbody").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^INV-") }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lines" })).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("invoice");
        await camera.ShootAsync("order", "/orders?status=partlyDelivered");
        await page.Locator("tbody").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^SO-") }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Record a delivery" })).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("order-partly-delivered");
        await camera.ShootAsync("quote-new", "/quotes/new");
        var payer = await DemoCustomers.WithOpenInvoicesAsync(app);
        await camera.ShootAsync("payments", "/payments");
        await camera.ShootAsync("payment-new", $"/payments/new?customerId={payer}");
        await camera.ShootAsync("cheques", "/cheques");
        await camera.ShootAsync("statement", $"/customers/{payer}/statement?from={DemoCustomers.YearAgo}&style=openItems");
        await ReportAsync(camera);
    }

    private static async Task ShootReceivablesAsync(IPage page, Camera camera, BrowserApp app)
    {
        var payer = await DemoCustomers.WithOpenInvoicesAsync(app);
        await DemoCustomers.AddReceivablesAsync(app, payer);
        await camera.ShootAsync("payments", "/payments");
        await camera.ShootAsync("payments-cheques-filter", "/payments?method=cheque&sort=amount");
        await page.GotoAsync("/payments?status=posted&method=bankTransfer");
        await page.Locator("tbody").GetByRole(AriaRole.Link, new() { NameRegex = new("^PAY-") }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Applied to" })).ToBeVisibleAsync();
        var posted = new Uri(page.Url).AbsolutePath;
        await camera.ShootCurrentAsync("payment-detail");
        await camera.ShootAsync("payment-reverse-confirm", $"{posted}?confirm=reverse");
        await page.GotoAsync($"/payments?search={Uri.EscapeDataString(DemoCustomers.AdvanceReference)}");
        await page.Locator("tbody").GetByRole(AriaRole.Link, new() { NameRegex = new("^PAY-") }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Apply credit" })).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("payment-detail-apply-credit");

        await camera.ShootAsync("payment-new-pick-customer", "/payments/new?customerSearch=a");
        await camera.ShootAsync("payment-new", $"/payments/new?customerId={payer}");
        await page.GetByLabel("Amount", new() { Exact = true }).FillAsync("1500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Suggest oldest first" }).ClickAsync();
        await Expect(page.Locator("#allocation-summary")).ToContainTextAsync("Applied");
        await camera.ShootCurrentAsync("payment-new-suggested");
        await page.GetByLabel("Method").SelectOptionAsync("cheque");
        await page.GetByLabel("Amount", new() { Exact = true }).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Nothing was saved" })).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("payment-new-cheque-errors");

        await camera.ShootAsync("cheques", "/cheques");
        await camera.ShootAsync("cheques-deposited", "/cheques?status=posted");
        await page.GotoAsync("/cheques?status=posted");
        await page.Locator("tbody").GetByRole(AriaRole.Link, new() { Name = "Bounce…" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mark as bounced" })).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("cheques-bounce-confirm");
        await camera.ShootAsync("refunds", "/refunds");
        await page.GotoAsync($"/payments?search={Uri.EscapeDataString(DemoCustomers.AdvanceReference)}");
        await page.Locator("tbody tr").First.GetByRole(AriaRole.Link, new() { NameRegex = new("^PAY-") }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Refund credit" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Refund credit" })).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("refund-new");
        await camera.ShootAsync("statement", $"/customers/{payer}/statement?from={DemoCustomers.YearAgo}&style=openItems");
        await camera.ShootAsync("statement-this-month", $"/customers/{payer}/statement");
    }

    private async Task ReportAsync(Camera camera)
    {
        await camera.WriteNotesAsync();
        foreach (var file in camera.Files)
        {
            output.WriteLine(file);
        }

        foreach (var note in camera.ConsoleErrors.Concat(camera.Overflows))
        {
            output.WriteLine(note);
        }
    }
}
