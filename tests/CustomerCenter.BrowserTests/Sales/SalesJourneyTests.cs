using System.Text.RegularExpressions;
using CustomerCenter.BrowserTests.Customers;
using CustomerCenter.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace CustomerCenter.BrowserTests.Sales;

[Collection(BrowserCollection.Name)]
public sealed class SalesJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task A_quote_becomes_an_order_is_delivered_in_part_and_its_invoice_is_posted_and_downloaded() =>
        browser.RunAsync(nameof(A_quote_becomes_an_order_is_delivered_in_part_and_its_invoice_is_posted_and_downloaded), async page =>
        {
            await browser.App.EnsureTaxRateAsync("Standard", 19m);
            var company = $"Chippendale Furniture {Guid.NewGuid().ToString("N")[..6]}";
            await page.SignInAsAdmin();
            var customerId = await page.CreateCompany(company);

            // A quote for the new customer, started from its id as a customer's page would link to it.
            await page.GotoAsync($"/quotes/new?customerId={customerId}");
            await Expect(page.Heading()).ToHaveTextAsync("New quote");
            await page.FillLine(1, "Oak desk", "5", "200", "19%");
            // Choosing the tax rate recalculates on the server in the background (document-editor.js).
            await Expect(page.Locator("#preview-total")).ToHaveTextAsync("1,190.00 EUR");
            await page.Press("Add line");
            await page.FillLine(2, "Assembly", "1", "50", "19%");
            await page.Press("Recalculate");
            await Expect(page.Locator("#preview-total")).ToHaveTextAsync("1,249.50 EUR");
            await page.Press("Save draft");
            await Expect(page.Flash()).ToHaveTextAsync("The draft quote was saved.");
            await Expect(page.Locator("#document-total")).ToHaveTextAsync("1,249.50 EUR");

            await page.Press("Send quote");
            await Expect(page.Flash()).ToContainTextAsync("The quote was sent as Q-");
            await page.ExpectStatus("sent");
            var quoteNumber = await page.DocumentNumber();
            await page.Press("Accept");
            await page.ExpectStatus("accepted");

            await page.Press("Convert to order");
            await Expect(page.Heading()).ToHaveTextAsync(new Regex(@"^Sales order draft #\d+$"));
            await Expect(page.Locator("#links")).ToContainTextAsync($"Quote {quoteNumber}");
            await page.Press("Confirm order");
            await Expect(page.Flash()).ToContainTextAsync("The sales order was confirmed as SO-");
            await page.ExpectStatus("confirmed");
            var orderUrl = page.Url;

            // Two of the five desks and the assembly leave now; three desks stay open.
            await page.GetByLabel("Oak desk", new() { Exact = true }).FillAsync("2");
            await page.GetByLabel("Assembly", new() { Exact = true }).FillAsync("1");
            await page.Press("Record delivery");
            await Expect(page.Flash()).ToContainTextAsync(new Regex(@"Delivery note DN-\d{4}-\d{4} was recorded\."));
            await page.ExpectStatus("partly delivered");
            await Expect(page.GetByLabel("Oak desk", new() { Exact = true })).ToHaveValueAsync("3");

            await page.Press("Invoice delivered");
            await Expect(page.Heading()).ToHaveTextAsync(new Regex(@"^Invoice draft #\d+$"));
            await Expect(page.Locator("#document-total")).ToHaveTextAsync("535.50 EUR");
            await page.Press("Post invoice");
            await Expect(page.Flash()).ToContainTextAsync("The invoice was posted as INV-");
            await page.ExpectStatus("posted");
            await Expect(page.Locator("#amount-due")).ToHaveTextAsync("535.50 EUR");
            var invoiceNumber = await page.DocumentNumber();
            Assert.Matches(@"^INV-\d{4}-\d{4}$", invoiceNumber);

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
            Assert.Equal($"invoice-{invoiceNumber}.pdf", download.SuggestedFilename);
            using (var pdf = PdfDocument.Open(await File.ReadAllBytesAsync(await download.PathAsync())))
            {
                var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
                Assert.Contains(invoiceNumber, text, StringComparison.Ordinal);
                Assert.Contains("535.50", text, StringComparison.Ordinal);
                Assert.Contains(company, text, StringComparison.Ordinal);
            }

            // The order now shows what happened to it.
            await page.GotoAsync(orderUrl);
            await page.ExpectStatus("partly delivered");
            await Expect(page.Locator("#links")).ToContainTextAsync($"Invoice {invoiceNumber}");
            await Expect(page.Locator("#links")).ToContainTextAsync("Delivery note DN-");
        });
}
