using System.Text.RegularExpressions;
using CustomerCenter.BrowserTests.Customers;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CustomerCenter.BrowserTests.Payments;

/// <summary>What finance staff do on the payment pages, by what they see.</summary>
public static partial class PaymentSteps
{
    /// <summary>From anywhere: Payments, Receive payment, find the customer and pick it; ends on the form.</summary>
    public static async Task StartPaymentFor(this IPage page, string search, string customer)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Payments", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Payments", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Receive payment" }).ClickAsync();
        await page.GetByLabel("Customer name or number").FillAsync(search);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find customer" }).ClickAsync();
        await page.Locator(".pick-list").GetByRole(AriaRole.Link, new() { Name = customer, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Apply to open invoices" })).ToBeVisibleAsync();
    }

    /// <summary>The "apply" box beside an invoice on the Receive payment form.</summary>
    public static ILocator ApplyBox(this IPage page, string invoiceNumber) => page.GetByLabel($"Apply to {invoiceNumber}", new() { Exact = true });

    /// <summary>The open amount shown beside an invoice on the Receive payment form.</summary>
    public static ILocator OpenAmount(this IPage page, string invoiceNumber) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = invoiceNumber, Exact = true }) }).Locator("td").Nth(3);

    /// <summary>Records the form; ends on the new payment's page and returns its number.</summary>
    public static async Task<string> RecordPayment(this IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();
        await Expect(page.Flash()).ToContainTextAsync("was recorded");
        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync() ?? "";
        return PaymentNumber().Match(heading).Value;
    }

    /// <summary>Opens the invoice and checks what it still has to be paid.</summary>
    public static async Task ExpectAmountDue(this IPage page, string invoiceUrl, string amount)
    {
        await page.GotoAsync(invoiceUrl);
        await Expect(page.Locator("#amount-due")).ToHaveTextAsync(amount);
    }

    public static ILocator ChequeRow(this IPage page, string chequeNumber) =>
        page.Locator("tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = chequeNumber, Exact = true }) });

    [GeneratedRegex(@"PAY-\d{4}-\d+")]
    private static partial Regex PaymentNumber();
}
