using System.Text.RegularExpressions;
using CustomerCenter.BrowserTests.Customers;
using CustomerCenter.BrowserTests.Infrastructure;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Items;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace CustomerCenter.BrowserTests.Payments;

[Collection(BrowserCollection.Name)]
public sealed class PaymentJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task Finance_receives_an_invoice_in_two_payments_the_second_a_cheque_and_the_statement_pdf_closes_at_zero() =>
        browser.RunAsync(nameof(Finance_receives_an_invoice_in_two_payments_the_second_a_cheque_and_the_statement_pdf_closes_at_zero), async page =>
        {
            var tag = "zp" + Guid.NewGuid().ToString("N")[..6];
            var company = $"Babbage Analytical {tag}";
            var chequeNumber = Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

            await page.SignInAsAdmin();
            var customerId = await page.CreateCompany(company);
            // The invoice pages are another feature's; the invoice is made and posted through its service.
            var invoice = await PostInvoiceAsync(customerId, 100m);

            await page.StartPaymentFor(tag, company);
            await Expect(page.OpenAmount(invoice.Number)).ToHaveTextAsync("100.00 EUR");
            await page.GetByLabel("Amount", new() { Exact = true }).FillAsync("40");
            await page.ApplyBox(invoice.Number).FillAsync("40");
            var partial = await page.RecordPayment();
            await Expect(page.Locator("#allocations").GetByRole(AriaRole.Link, new() { Name = invoice.Number })).ToBeVisibleAsync();
            Assert.Equal(60m, await AmountDueAsync(invoice.Id));

            // The rest by cheque, from the customer's statement: the invoice shows what is still open.
            await page.GetByRole(AriaRole.Link, new() { Name = "Statement", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Statement", Level = 1 })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Receive payment" }).ClickAsync();
            await Expect(page.OpenAmount(invoice.Number)).ToHaveTextAsync("60.00 EUR");
            await Expect(page.GetByLabel("Cheque number")).ToBeHiddenAsync();
            await page.GetByLabel("Method").SelectOptionAsync("cheque");
            await page.GetByLabel("Cheque number").FillAsync(chequeNumber);
            await page.GetByLabel("Bank", new() { Exact = true }).FillAsync("Difference Engine Bank");
            await page.GetByLabel("Amount", new() { Exact = true }).FillAsync("60");
            await page.GetByRole(AriaRole.Button, new() { Name = "Suggest oldest first" }).ClickAsync();
            await Expect(page.ApplyBox(invoice.Number)).ToHaveValueAsync("60.00");
            var cheque = await page.RecordPayment();
            await Expect(page.Locator(".subtitle .badge")).ToHaveTextAsync("To deposit");
            Assert.Equal(60m, await AmountDueAsync(invoice.Id));

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Cheques" }).ClickAsync();
            await page.ChequeRow(chequeNumber).GetByRole(AriaRole.Button, new() { Name = "Deposit" }).ClickAsync();
            await Expect(page.Flash()).ToContainTextAsync($"Cheque {chequeNumber} was deposited");
            Assert.Equal(0m, await AmountDueAsync(invoice.Id));
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Deposited") }).ClickAsync();
            await Expect(page.ChequeRow(chequeNumber).GetByText("Deposited", new() { Exact = true })).ToBeVisibleAsync();

            await page.ChequeRow(chequeNumber).GetByRole(AriaRole.Link, new() { Name = cheque }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Statement", Exact = true }).ClickAsync();
            await Expect(page.Locator("[data-closing]")).ToHaveTextAsync("0.00 EUR");
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
            using var pdf = PdfDocument.Open(await File.ReadAllBytesAsync(await download.PathAsync()));
            var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

            Assert.Contains(company, text, StringComparison.Ordinal);
            Assert.Contains(invoice.Number, text, StringComparison.Ordinal);
            Assert.Contains(partial, text, StringComparison.Ordinal);
            Assert.Contains(cheque, text, StringComparison.Ordinal);
            Assert.Matches(@"Closing balance\s+0\.00", text);
        });

    private async Task<(long Id, string Number)> PostInvoiceAsync(long customerId, decimal amount)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await db.TaxRates.AnyAsync(r => r.Percent == 0m && r.IsActive))
        {
            db.TaxRates.Add(new TaxRate { Name = "Zero", Percent = 0m });
            await db.SaveChangesAsync();
        }

        var documents = scope.ServiceProvider.GetRequiredService<SalesDocumentService>();
        var draft = await documents.CreateAsync(DocumentKind.Invoice, new DocumentInput
        {
            CustomerId = customerId,
            Lines = [new DocumentLineInput { Description = "Analytical engine tuning", Quantity = 1, UnitPrice = amount, TaxRate = 0m }],
        }, default);
        var posted = await documents.PostInvoiceAsync(draft.Value!.Id, default);
        return (posted.Value!.Id, posted.Value.Number!);
    }

    private async Task<decimal> AmountDueAsync(long invoiceId)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.SalesDocuments.Where(d => d.Id == invoiceId).Select(d => d.OpenMinor).SingleAsync() / 100m;
    }
}
