using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;
using static CustomerCenter.Web.Tests.Infrastructure.ApiPayments;

namespace CustomerCenter.Web.Tests.Reports;

/// <summary>The report pages on real data: they render for every staff role, drill down by their links and download their rows.</summary>
public sealed class ReportPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/reports", "Receivables dashboard" },
        { "/reports/aging", "Receivables aging" },
        { "/reports/aging-by-month", "Receivables aging by month" },
        { "/reports/customer-balances", "Customer balances" },
        { "/reports/open-invoices", "Open invoices" },
        { "/reports/open-orders", "Open orders" },
        { "/reports/sales-history", "Sales history" },
        { "/reports/sales-by-customer", "Sales by customer" },
        { "/reports/contacts", "Contact list" },
        { "/reports/cheques", "Customer cheques" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_report_page_renders_for_a_viewer_without_inline_styles_or_scripts(string url, string heading)
    {
        await BookAsync();
        var page = await app.SignInAs(StaffRole.Viewer);
        var document = await page.GetAsync(url);
        Assert.Equal(heading, document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(document.QuerySelectorAll("[style]"));
        Assert.Empty(document.QuerySelectorAll("script:not([src]), style"));
        if (url != "/reports")
        {
            var csv = document.QuerySelectorAll<IHtmlAnchorElement>("a[download]").Select(a => a.GetAttribute("href")!).First();
            Assert.StartsWith($"/api/v1{url.Replace("/aging-by-month", "/aging", StringComparison.Ordinal)}?", csv, StringComparison.Ordinal);
            var download = await page.Http.GetAsync(new Uri(csv, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task An_aging_cell_opens_the_invoices_it_is_made_of_and_they_add_up_to_it()
    {
        var (customer, invoiceNumber) = await BookAsync();
        var page = await app.SignInAs(StaffRole.Finance);
        var aging = await page.GetAsync($"/reports/aging?customerId={customer}");
        var row = aging.QuerySelectorAll<IHtmlTableRowElement>("tbody tr").Single(r => r.TextContent.Contains("Aging Page Buyer", StringComparison.Ordinal));
        var cell = row.QuerySelectorAll<IHtmlAnchorElement>("a.amount-link").First(a => a.Href.Contains("dueTo=", StringComparison.Ordinal));

        var openInvoices = await page.GetAsync(new Uri(cell.Href).PathAndQuery);
        Assert.Equal("Open invoices", openInvoices.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(invoiceNumber, openInvoices.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        var listed = openInvoices.QuerySelectorAll("tbody tr td.num.strong").Sum(td => decimal.Parse(td.TextContent, NumberStyles.Number, CultureInfo.InvariantCulture));
        Assert.Equal(decimal.Parse(cell.TextContent, NumberStyles.Number, CultureInfo.InvariantCulture), listed);
    }

    [Fact]
    public async Task The_dashboard_draws_its_charts_as_svg_with_links_to_the_reports()
    {
        await BookAsync();
        var page = await app.SignInAs(StaffRole.Sales);
        var dashboard = await page.GetAsync("/reports");
        var charts = dashboard.QuerySelectorAll("svg.chart[role=img]");
        Assert.Equal(2, charts.Length);
        Assert.Contains(dashboard.QuerySelectorAll("ol.ranking a"), a => a.TextContent.Contains("Aging Page Buyer", StringComparison.Ordinal));
        Assert.All(charts, c => Assert.False(string.IsNullOrWhiteSpace(c.QuerySelector("title")?.TextContent)));
        Assert.Contains(dashboard.QuerySelectorAll("svg a"), a => a.GetAttribute("href")!.StartsWith("/reports/open-invoices?", StringComparison.Ordinal));
        Assert.Contains(dashboard.QuerySelectorAll("svg a"), a => a.GetAttribute("href")!.StartsWith("/reports/sales-history?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_filter_is_named_on_the_page_and_the_report_still_shows()
    {
        await BookAsync();
        var page = await app.SignInAs(StaffRole.Viewer);
        var aging = await page.GetAsync("/reports/aging?asOf=yesterday&buckets=9,3");
        var alert = aging.QuerySelector(".flash.error")!.TextContent;
        Assert.Contains("YYYY-MM-DD", alert, StringComparison.Ordinal);
        Assert.Contains("Day limits must go up", alert, StringComparison.Ordinal);
        Assert.NotNull(aging.QuerySelector("table.report"));
    }

    /// <summary>One customer with an invoice 45 days overdue, part paid, and a second one in USD; made once per database.</summary>
    private async Task<(long Customer, string InvoiceNumber)> BookAsync()
    {
        var existing = await app.WithDbAsync(db => Task.FromResult(db.Customers.Where(c => c.Name == "Aging Page Buyer").Select(c => c.Id).FirstOrDefault()));
        if (existing != 0)
        {
            var number = await app.WithDbAsync(db => Task.FromResult(db.SalesDocuments.Where(d => d.CustomerId == existing && d.Number != null).Select(d => d.Number!).First()));
            return (existing, number);
        }

        var admin = await app.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        var api = await app.ApiAs(StaffRole.Finance);
        var customer = await api.CreateCustomerAsync("Aging Page Buyer");
        await api.CreateContactAsync(customer.Id(), "Ada", "Buyer", primary: true);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var invoice = await api.ActAsync("invoices", (await api.CreateDocumentAsync("invoices", new
        {
            customerId = customer.Id(),
            date = Day(today.AddDays(-75)),
            dueDate = Day(today.AddDays(-45)),
            lines = new[] { Line("Consulting", 3, 400m, 19m) },
        })).Id(), "post");
        await api.RecordPaymentAsync(new { customerId = customer.Id(), date = Day(today.AddDays(-10)), amount = 500m, method = "bankTransfer", allocations = new[] { new { invoiceId = invoice.Id(), amount = 500m } } });
        await api.PostJsonAsync("/api/v1/payments", new { customerId = customer.Id(), date = Day(today.AddDays(-3)), amount = 80m, method = "cheque", cheque = new { number = "000123", bank = "Test Bank" } });
        var other = await api.CreateCustomerAsync("Dollar Buyer Inc", currency: "USD");
        await api.ActAsync("invoices", (await api.CreateDocumentAsync("invoices", new { customerId = other.Id(), currency = "USD", date = Day(today.AddDays(-5)), lines = new[] { Line("Parts", 2, 99.99m, 0m) } })).Id(), "post");
        await admin.ActAsync("orders", (await admin.CreateDocumentAsync("orders", customer.Id(), Line("Widget", 5, 20m))).Id(), "confirm");
        return (customer.Id(), invoice.Str("number"));
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
