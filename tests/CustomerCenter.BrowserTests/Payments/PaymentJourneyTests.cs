using System.Text.RegularExpressions;
using CustomerCenter.BrowserTests.Customers;
using CustomerCenter.BrowserTests.Infrastructure;
using CustomerCenter.BrowserTests.Sales;
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

            await browser.App.EnsureTaxRateAsync("Zero", 0m);
            await page.SignInAsAdmin();
            var customerId = await page.CreateCompany(company);
            await page.GotoAsync($"/invoices/new?customerId={customerId}");
            await page.FillLine(1, "Analytical engine tuning", "1", "100", "0%");
            await page.Press("Save draft");
            await page.Press("Post invoice");
            await page.ExpectStatus("posted");
            var invoice = (Number: await page.DocumentNumber(), Url: page.Url);
            await page.ExpectAmountDue(invoice.Url, "100.00 EUR");

            await page.StartPaymentFor(tag, company);
            await Expect(page.OpenAmount(invoice.Number)).ToHaveTextAsync("100.00 EUR");
            await page.GetByLabel("Amount", new() { Exact = true }).FillAsync("40");
            await page.ApplyBox(invoice.Number).FillAsync("40");
            var partial = await page.RecordPayment();
            await Expect(page.Locator("#allocations").GetByRole(AriaRole.Link, new() { Name = invoice.Number })).ToBeVisibleAsync();
            await page.ExpectAmountDue(invoice.Url, "60.00 EUR");

            // The rest by cheque, from the customer's page and statement: the form shows what is still open.
            await page.GotoAsync($"/customers/{customerId}");
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
            await page.ExpectAmountDue(invoice.Url, "60.00 EUR");

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Cheques" }).ClickAsync();
            await page.ChequeRow(chequeNumber).GetByRole(AriaRole.Button, new() { Name = "Deposit" }).ClickAsync();
            await Expect(page.Flash()).ToContainTextAsync($"Cheque {chequeNumber} was deposited");
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Deposited") }).ClickAsync();
            await Expect(page.ChequeRow(chequeNumber).GetByText("Deposited", new() { Exact = true })).ToBeVisibleAsync();

            await page.ExpectAmountDue(invoice.Url, "0.00 EUR");
            await page.ExpectStatus("paid");

            await page.GotoAsync("/cheques?status=posted");
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
}
