using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CustomerCenter.BrowserTests.Infrastructure;
using CustomerCenter.BrowserTests.Sales;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Items;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Features.Portal;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CustomerCenter.BrowserTests.Portal;

/// <summary>A Client Center made for one test, with one customer in it and one item its catalog offers.</summary>
public sealed record PortalShop(string Slug, string CenterName, long CustomerId, string CustomerName, long ItemId, string ItemName);

/// <summary>
/// What the business sets up for a Client Center (through the application's own services, as staff would through
/// the API) and what the customer's people do in the portal, by what they see: labels, button text, headings.
/// </summary>
public static partial class PortalSteps
{
    public const string Password = "portal journey password";

    public static string Tag() => "p" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>
    /// A new center (ordering on or off), a company assigned to it with a billing and a shipping address, and an
    /// item whose SKU only this center's catalog offers.
    /// </summary>
    public static async Task<PortalShop> CreateShopAsync(this BrowserApp app, string tag, bool allowNewOrders)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var prefix = tag.ToUpperInvariant() + "-";
        var centerName = $"Center {tag}";
        var center = Ok(await services.GetRequiredService<ClientCenterService>().CreateAsync(new ClientCenterInput
        {
            Name = centerName,
            Slug = tag,
            Settings = new JsonObject
            {
                ["orders"] = new JsonObject { ["allowNewOrders"] = allowNewOrders, ["catalogSkuPrefixes"] = new JsonArray(prefix) },
            },
        }, default));

        var customerName = $"Lovelace Looms {tag}";
        var customer = Ok(await services.GetRequiredService<CustomerService>().CreateAsync(new CustomerInput
        {
            Kind = CustomerKind.Company,
            Name = customerName,
            Currency = "EUR",
            PaymentTermsDays = 30,
            ClientCenterId = center.Id,
            BillingAddress = new AddressInput { Line1 = "1 Jacquard Street", City = "Lyon", PostalCode = "69001", Country = "FR" },
            ShippingAddresses = [new AddressInput { Line1 = "7 Dock Road", City = "Hamburg", PostalCode = "20457", Country = "DE" }],
        }, default));

        await app.EnsureTaxRateAsync("Standard", 19m);
        var itemName = $"Punched cards {tag}";
        var item = Ok(await services.GetRequiredService<ItemService>().CreateAsync(new ItemInput
        {
            Sku = prefix + "CARDS",
            Name = itemName,
            Unit = "box",
            UnitPrice = 12.5m,
            Currency = "EUR",
            TaxRate = 19m,
        }, default));
        return new PortalShop(tag, centerName, customer.Id, customerName, item.Id, itemName);
    }

    /// <summary>A posted invoice of one line at 19 % tax; returns its number.</summary>
    public static async Task<(long Id, string Number)> PostInvoiceAsync(this BrowserApp app, long customerId, decimal net, DateOnly date, DateOnly dueDate)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var documents = scope.ServiceProvider.GetRequiredService<SalesDocumentService>();
        var draft = Ok(await documents.CreateAsync(DocumentKind.Invoice, new DocumentInput
        {
            CustomerId = customerId,
            Date = date,
            DueDate = dueDate,
            Lines = [new DocumentLineInput { Description = "Loom maintenance", Quantity = 1m, UnitPrice = net, TaxRate = 19m }],
        }, default));
        var posted = Ok(await documents.PostInvoiceAsync(draft.Id, default));
        return (posted.Id, posted.Number!);
    }

    /// <summary>A bank transfer applied to one invoice.</summary>
    public static async Task ReceivePaymentAsync(this BrowserApp app, long customerId, long invoiceId, decimal amount)
    {
        await using var scope = app.Services.CreateAsyncScope();
        Ok(await scope.ServiceProvider.GetRequiredService<PaymentService>().RecordAsync(new PaymentInput
        {
            CustomerId = customerId,
            Amount = amount,
            Currency = "EUR",
            Method = PaymentMethod.BankTransfer,
            Reference = "Transfer " + invoiceId,
            Allocations = [new AllocationInput { InvoiceId = invoiceId, Amount = amount }],
        }, default));
    }

    /// <summary>Staff invite a portal login (as the customer's page does); returns the link in the invitation email.</summary>
    public static async Task<string> InviteAsync(this BrowserApp app, PortalShop shop, string email, string name, PortalRole role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var centerId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ClientCenters.Where(c => c.Slug == shop.Slug).Select(c => c.Id).SingleAsync();
        Ok(await scope.ServiceProvider.GetRequiredService<PortalUserService>().InviteAsync(
            centerId, new PortalUserInput { CustomerId = shop.CustomerId, Email = email, Name = name, Role = role },
            PortalActor.Staff, app.BaseAddress.ToString(), default));
        return await app.LinkInLastMailAsync(email);
    }

    /// <summary>The link in the newest email to <paramref name="to"/>, from the outbox.</summary>
    public static async Task<string> LinkInLastMailAsync(this BrowserApp app, string to)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var body = await db.OutboxMessages.Where(m => m.To == to).OrderByDescending(m => m.Id).Select(m => m.TextBody).FirstAsync();
        return Link().Match(body).Value;
    }

    /// <summary>The customer's sales orders as stored: number (null until staff confirm) and status.</summary>
    public static async Task<List<(string? Number, string Status, string? Notes)>> OrdersOfAsync(this BrowserApp app, long customerId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var orders = await db.SalesDocuments.Where(d => d.CustomerId == customerId && d.Kind == DocumentKind.SalesOrder).OrderBy(d => d.Id)
            .Select(d => new { d.Number, d.Status, d.Notes }).ToListAsync();
        return [.. orders.Select(o => (o.Number, o.Status, o.Notes))];
    }

    /// <summary>Opens an invitation link, chooses the password; ends on the center's sign-in page.</summary>
    public static async Task AcceptInvitation(this IPage page, string link, string password)
    {
        await page.GotoAsync(link);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome — choose your password" })).ToBeVisibleAsync();
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Repeat it").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save password" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password is saved.");
    }

    /// <summary>Signs in through the center's own sign-in form; ends on the portal's home page.</summary>
    public static async Task SignInToPortal(this IPage page, string slug, string email, string password)
    {
        await page.GotoAsync($"/cc/{slug}/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Welcome, "), Level = 1 })).ToBeVisibleAsync();
    }

    public static async Task SignOutOfPortal(this IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    public static ILocator PortalNav(this IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Portal" });

    public static Task GoTo(this IPage page, string section) =>
        page.PortalNav().GetByRole(AriaRole.Link, new() { Name = section, Exact = true }).ClickAsync();

    /// <summary>A figure on the home page: <c>orders-this-month</c>, <c>invoices-this-month</c>, <c>due</c> or <c>overdue</c>.</summary>
    public static async Task ExpectTile(this IPage page, string id, string count, string amount)
    {
        await Expect(page.Locator($"#{id} .tile-value")).ToHaveTextAsync(count);
        await Expect(page.Locator($"#{id} .tile-amount")).ToHaveTextAsync(amount);
    }

    /// <summary>The row of a list that links to <paramref name="linkText"/>.</summary>
    public static ILocator RowOf(this IPage page, string linkText) =>
        page.Locator("tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = linkText, Exact = true }) });

    /// <summary>The status badge under a document's heading.</summary>
    public static ILocator DocumentStatus(this IPage page) => page.Locator(".subtitle .badge").First;

    /// <summary>
    /// In the Admin's dev mailbox (the page lists what the outbox sends or writes as .eml files): opens the newest
    /// message to <paramref name="to"/> and returns its text.
    /// </summary>
    public static async Task<string> ReadMailTo(this IPage staff, string to, string subject)
    {
        await staff.GotoAsync("/settings/mailbox");
        var row = staff.Locator("tbody tr").Filter(new() { Has = staff.GetByRole(AriaRole.Cell, new() { Name = to, Exact = true }) }).First;
        await row.GetByText(subject, new() { Exact = true }).ClickAsync();
        var body = row.Locator("pre.mail-body");
        await Expect(body).ToBeVisibleAsync();
        return await body.InnerTextAsync();
    }

    public static string LinkIn(string mail) => Link().Match(mail).Value;

    private static T Ok<T>(Outcome<T> outcome) =>
        outcome.IsOk ? outcome.Value! : throw new InvalidOperationException($"Portal test data: {outcome.Kind} {outcome.Message} {string.Join("; ", outcome.Errors?.Fields.SelectMany(f => outcome.Errors.For(f).Select(m => $"{f}: {m}")) ?? [])}");

    [GeneratedRegex(@"https://\S+")]
    private static partial Regex Link();
}
