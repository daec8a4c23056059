using System.Text;
using CustomerCenter.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CustomerCenter.BrowserTests.Reports;

[Collection(BrowserCollection.Name)]
public sealed class ReportJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task Staff_open_the_aging_report_drill_into_a_bucket_and_download_the_csv() =>
        browser.RunAsync(nameof(Staff_open_the_aging_report_drill_into_a_bucket_and_download_the_csv), async page =>
        {
            var customer = "Aging Journey " + Guid.NewGuid().ToString("N")[..6];
            var invoice = await browser.App.CustomerWithOverdueInvoiceAsync(customer);

            await page.SignInAsAdmin();
            await page.GetByRole(AriaRole.Link, new() { Name = "Aging", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Receivables aging", Exact = true })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Searchbox, new() { Name = "Customer" }).FillAsync(customer);
            await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
            var row = page.AgingRow(customer);
            await Expect(row).ToHaveCountAsync(1);

            // 1,000.00 invoiced, 400.00 paid: 600.00 is 45 days past due, in the 31–60 bucket.
            await row.GetByRole(AriaRole.Link, new() { Name = "600.00" }).First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open invoices" })).ToBeVisibleAsync();
            await Expect(page.Locator("table.report tbody tr")).ToHaveCountAsync(1);
            await Expect(page.Locator("table.report tbody")).ToContainTextAsync(invoice);
            await Expect(page.Locator("table.report tbody")).ToContainTextAsync("45");

            await page.GoBackAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Receivables aging", Exact = true })).ToBeVisibleAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync());
            Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
            var csv = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(await download.PathAsync()));
            Assert.StartsWith("Customer number,Customer,Currency,Current,1–30,31–60,61–90,Over 90,Total\r\n", csv, StringComparison.Ordinal);
            Assert.Contains($",{customer},EUR,0.00,0.00,600.00,0.00,0.00,600.00\r\n", csv, StringComparison.Ordinal);
        });
}
