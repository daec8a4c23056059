using System.Text.RegularExpressions;
using CustomerCenter.BrowserTests.Infrastructure;
using CustomerCenter.BrowserTests.Portal;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Portal;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CustomerCenter.BrowserTests.Screenshots;

/// <summary>
/// Screenshots of every Client Center page on the demo data, desktop and phone, for a UI review:
/// <c>CC_SCREENSHOTS=1 dotnet test tests/CustomerCenter.BrowserTests --filter FullyQualifiedName~PortalScreenshots</c>.
/// The PNGs go to CC_SCREENSHOTS_DIR (by default .test-results/screens) under portal/ and portal/phone/.
/// </summary>
[Trait("Category", "Screenshots")]
public sealed class PortalScreenshots(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(
        Environment.GetEnvironmentVariable("CC_SCREENSHOTS_DIR") is { Length: > 0 } folder ? folder : Path.Combine(RepositoryPaths.Root, ".test-results", "screens"),
        "portal");

    [ScreenshotFact]
    public async Task Every_portal_page_is_captured_on_the_demo_data()
    {
        await using var app = new BrowserApp(demoData: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var deliveredOrder = await PartlyDeliveredOrderAsync(app, await DemoLoginAsync(app, "wholesale", PortalRole.Owner));

        await using (var desktop = await BrowserFixture.NewContextAsync(browser, app.BaseAddress))
        {
            await ShootAsync(await desktop.NewPageAsync(), app, Folder, deliveredOrder);
        }

        await using var phone = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        await ShootAsync(await phone.NewPageAsync(), app, Path.Combine(Folder, "phone"), deliveredOrder);
    }

    private async Task ShootAsync(IPage page, BrowserApp app, string folder, long deliveredOrder)
    {
        var camera = new Camera(page, folder);
        var owner = await DemoLoginAsync(app, "wholesale", PortalRole.Owner);
        await camera.ShootAsync("login", "/cc/wholesale/login");
        await page.GetByLabel("Email").FillAsync(owner);
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("login-wrong-password");
        await camera.ShootAsync("forgot", "/cc/wholesale/forgot");

        await page.GotoAsync(await ResetLinkAsync(app, "wholesale", owner));
        await camera.ShootCurrentAsync("set-password");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(PortalSteps.Password);
        await page.GetByLabel("Repeat it").FillAsync(PortalSteps.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save password" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password is saved.");
        await page.SignInToPortal("wholesale", owner, PortalSteps.Password);
        await camera.ShootCurrentAsync("home");

        await camera.ShootAsync("orders", "/cc/wholesale/orders");
        await camera.ShootAsync("order-new", "/cc/wholesale/orders/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Place order" }).ClickAsync();
        await Expect(page.GetByText("Enter a quantity for at least one item.")).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("order-new-nothing-chosen");
        await page.Locator("input[id^='qty-']").Nth(0).FillAsync("2");
        await page.Locator("input[id^='qty-']").Nth(1).FillAsync("1,5");
        await page.GetByLabel("Your reference").FillAsync("PO 2291");
        await page.GetByLabel("A note for us").FillAsync("Please call before delivery.\nGate code 4471.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Place order" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your order is placed" })).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("order-submitted");
        await page.GetByText("Cancel this order…", new() { Exact = true }).ClickAsync();
        await camera.ShootCurrentAsync("order-cancel-confirm");
        await camera.ShootAsync("order-partly-delivered", $"/cc/wholesale/orders/{deliveredOrder}");
        await camera.ShootAsync("orders-after-placing", "/cc/wholesale/orders");

        await camera.ShootAsync("billing-invoices", "/cc/wholesale/billing");
        await OpenFirstAsync(page, "invoice", camera);
        await camera.ShootAsync("billing-due", "/cc/wholesale/billing/due");
        await camera.ShootAsync("billing-payments", "/cc/wholesale/billing/payments");
        await OpenFirstAsync(page, "payment", camera);
        await camera.ShootAsync("billing-statement", "/cc/wholesale/billing/statement");
        await camera.ShootAsync("billing-statement-bad-period", "/cc/wholesale/billing/statement?from=2026-13-01&to=yesterday");

        await camera.ShootAsync("users", "/cc/wholesale/users");
        await camera.ShootAsync("user-new", "/cc/wholesale/users/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await camera.ShootCurrentAsync("user-new-empty-submitted");
        await page.GotoAsync("/cc/wholesale/users");
        await page.Locator("tbody tr").Filter(new() { HasNotText = "you" }).First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Role" })).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("user-edit");

        await camera.ShootAsync("profile", "/cc/wholesale/profile");
        await page.GetByLabel("What should we change?").FillAsync("Our new VAT number is DE999999999.");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Send to ") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await camera.ShootCurrentAsync("profile-change-request-sent");
        await camera.ShootAsync("not-found", "/cc/wholesale/orders/999999999");
        await page.SignOutOfPortal();

        // The other center: its own colours and title; a User, ordering off, no payment history.
        var user = await DemoLoginAsync(app, "retail", PortalRole.User);
        await page.GotoAsync(await ResetLinkAsync(app, "retail", user));
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(PortalSteps.Password);
        await page.GetByLabel("Repeat it").FillAsync(PortalSteps.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save password" }).ClickAsync();
        await camera.ShootCurrentAsync("retail-login");
        await page.SignInToPortal("retail", user, PortalSteps.Password);
        await camera.ShootCurrentAsync("retail-home-user");
        await camera.ShootAsync("retail-orders-user", "/cc/retail/orders");
        await camera.ShootAsync("retail-billing-user", "/cc/retail/billing");
        await camera.ShootAsync("retail-profile-user", "/cc/retail/profile");

        await camera.WriteNotesAsync();
        foreach (var note in camera.Files.Concat(camera.ConsoleErrors).Concat(camera.Overflows))
        {
            output.WriteLine(note);
        }
    }

    private static async Task OpenFirstAsync(IPage page, string name, Camera camera)
    {
        await page.Locator("tbody tr").First.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/\d+$"));
        await camera.ShootCurrentAsync(name);
    }

    /// <summary>The email of the demo login of this role (the demo prints their passwords; the pictures set their own).</summary>
    private static async Task<string> DemoLoginAsync(BrowserApp app, string slug, PortalRole role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var centerId = await db.ClientCenters.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
        return await db.PortalUsers.Where(u => u.ClientCenterId == centerId && u.Role == role).OrderBy(u => u.Id).Select(u => u.Email).FirstAsync();
    }

    /// <summary>The demo gives the portal's customer no orders: one confirmed by staff and partly delivered, through the app's services.</summary>
    private static async Task<long> PartlyDeliveredOrderAsync(BrowserApp app, string ownerEmail)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var documents = scope.ServiceProvider.GetRequiredService<SalesDocumentService>();
        var customerId = await db.PortalUsers.Where(u => u.Email == ownerEmail).Select(u => u.CustomerId).FirstAsync();
        var draft = Ok(await documents.CreateAsync(DocumentKind.SalesOrder, new DocumentInput
        {
            CustomerId = customerId,
            Reference = "PO 4471",
            Lines =
            [
                new DocumentLineInput { Description = "Oak desk, 160 × 80 cm", Quantity = 4m, Unit = "pcs", UnitPrice = 489m, TaxRate = 19m },
                new DocumentLineInput { Description = "Ergonomic office chair", Quantity = 6m, Unit = "pcs", UnitPrice = 259.9m, TaxRate = 19m },
                new DocumentLineInput { Description = "Assembly on site", Quantity = 3.5m, Unit = "h", UnitPrice = 65m, TaxRate = 19m },
            ],
        }, default));
        Ok(await documents.ConfirmOrderAsync(draft.Id, default));
        var lines = await db.SalesDocumentLines.Where(l => l.DocumentId == draft.Id).OrderBy(l => l.Position).Select(l => l.Id).ToListAsync();
        Ok(await documents.DeliverAsync(draft.Id, new DeliverRequest([new(lines[0], 2m), new(lines[1], 6m)], null), default));
        // Something to pay: the delivered part invoiced this month, and an older invoice now overdue.
        var invoice = Ok(await documents.InvoiceOrderAsync(draft.Id, new InvoiceOrderRequest("delivered", null), default));
        Ok(await documents.PostInvoiceAsync(invoice.Id, default));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var overdue = Ok(await documents.CreateAsync(DocumentKind.Invoice, new DocumentInput
        {
            CustomerId = customerId,
            Date = today.AddDays(-60),
            DueDate = today.AddDays(-30),
            Reference = "Maintenance Q3",
            Lines = [new DocumentLineInput { Description = "Maintenance visit", Quantity = 2m, Unit = "h", UnitPrice = 95m, TaxRate = 19m }],
        }, default));
        Ok(await documents.PostInvoiceAsync(overdue.Id, default));
        return draft.Id;
    }

    private static SalesDocument Ok(Outcome<SalesDocument> outcome) =>
        outcome.IsOk ? outcome.Value! : throw new InvalidOperationException($"Screenshot data: {outcome.Kind} {outcome.Message}");

    private static async Task<string> ResetLinkAsync(BrowserApp app, string slug, string email)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var center = await db.ClientCenters.AsNoTracking().SingleAsync(c => c.Slug == slug);
            await scope.ServiceProvider.GetRequiredService<PortalUserService>().RequestPasswordResetAsync(center, email, app.BaseAddress.ToString(), default);
        }

        return await app.LinkInLastMailAsync(email);
    }
}
