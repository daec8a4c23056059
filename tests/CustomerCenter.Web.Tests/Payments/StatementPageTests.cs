using System.Net;
using System.Text.Json.Nodes;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using UglyToad.PdfPig;
using static CustomerCenter.Web.Tests.Infrastructure.ApiPayments;
using static CustomerCenter.Web.Tests.Infrastructure.PaymentPages;

namespace CustomerCenter.Web.Tests.Payments;

/// <summary>The statement page shows the same numbers as the JSON statement, and links the same PDF.</summary>
public sealed class StatementPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_page_shows_exactly_the_numbers_of_the_json_statement()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync();
        var old = await api.PostedInvoiceAsync(customer.Id(), 80m, daysAgo: 75);
        var recent = await api.PostedInvoiceAsync(customer.Id(), 250.5m, daysAgo: 20);
        await api.RecordPaymentAsync(new
        {
            customerId = customer.Id(),
            amount = 100m,
            method = "bankTransfer",
            date = Today(-10),
            allocations = new[] { new { invoiceId = old.Id(), amount = 80m }, new { invoiceId = recent.Id(), amount = 20m } },
        });
        await api.RecordPaymentAsync(new { customerId = customer.Id(), amount = 15m, method = "cash", date = Today(-5) });
        var query = $"from={Today(-40)}&to={Today()}";
        var json = await api.GetJsonAsync($"/api/v1/customers/{customer.Id()}/statement?{query}");
        var page = await app.SignInAs(StaffRole.Viewer);

        var html = await page.GetAsync($"/customers/{customer.Id()}/statement?{query}&style=openItems");

        Assert.Equal(Money(json.Dec("openingBalance")), html.QuerySelector("[data-opening]")!.TextContent);
        Assert.Equal(Money(json.Dec("closingBalance")), html.QuerySelector("[data-closing]")!.TextContent);
        var lines = json["lines"]!.AsArray();
        var rows = html.QuerySelectorAll("table.statement-lines tr.statement-line").ToList();
        Assert.Equal(lines.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].Children.Select(c => c.TextContent.Trim()).ToList();
            Assert.Equal(lines[i]!.Str("date"), cells[0]);
            Assert.Equal(lines[i]!.Str("reference"), cells[2]);
            Assert.Equal(Shown(lines[i]!, "debit"), cells[4]);
            Assert.Equal(Shown(lines[i]!, "credit"), cells[5]);
            Assert.Equal(Money(lines[i]!.Dec("balance")), cells[6]);
        }

        var aging = json["aging"]!["amounts"]!.AsArray().Select(a => Money(a!.GetValue<decimal>())).Append(Money(json["aging"]!.Dec("total")));
        Assert.Equal(aging, html.QuerySelectorAll("table.aging tbody td").Select(td => td.TextContent.Trim()));
        var open = json["openItems"]!.AsArray().Select(i => Money(i!.Dec("openAmount")));
        Assert.Equal(open, html.QuerySelectorAll("table.open-items tbody tr").Select(r => r.Children[5].TextContent.Trim()));
        Assert.Equal(Money(230.5m - 15m), html.QuerySelector("[data-closing]")!.TextContent);
    }

    [Fact]
    public async Task The_pdf_link_carries_the_period_and_style_shown()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync("Linked Statement GmbH");
        var invoice = await api.PostedInvoiceAsync(customer.Id(), 99m, daysAgo: 3);
        var page = await app.SignInAs(StaffRole.Viewer);

        var html = await page.GetAsync($"/customers/{customer.Id()}/statement?from={Today(-30)}&to={Today()}&style=openItems");
        var link = html.QuerySelector("a[download][href*='statement.pdf']")!.GetAttribute("href")!;

        Assert.Equal($"/customers/{customer.Id()}/statement.pdf?from={Today(-30)}&to={Today()}&currency=EUR&style=openItems", link);
        var response = await page.Http.GetAsync(new Uri(link, UriKind.Relative));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Linked Statement GmbH", text, StringComparison.Ordinal);
        Assert.Contains(invoice.Str("number"), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_period_defaults_to_this_month_and_offers_the_last_twelve_months()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync();
        var page = await app.SignInAs(StaffRole.Viewer);

        var html = await page.GetAsync($"/customers/{customer.Id()}/statement");

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(new DateOnly(today.Year, today.Month, 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            html.QuerySelector("#from")!.GetAttribute("value"));
        var year = html.QuerySelectorAll(".period-links a").Single(a => a.TextContent == "Last 12 months").GetAttribute("href")!;
        Assert.Contains($"from={today.AddYears(-1).AddDays(1):yyyy-MM-dd}", year, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_periods_come_back_beside_the_fields_and_unknown_customers_are_not_found()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync();
        var page = await app.SignInAs(StaffRole.Viewer);

        var html = await page.GetAsync($"/customers/{customer.Id()}/statement?from=2025-13-01");
        Assert.NotNull(html.ErrorFor("from"));
        Assert.Null(html.QuerySelector("a[download]"));
        var reversed = await page.GetAsync($"/customers/{customer.Id()}/statement?from={Today()}&to={Today(-5)}");
        Assert.NotNull(reversed.ErrorFor("to"));

        Assert.Equal("Not found", (await page.GetAsync("/customers/99999999/statement", HttpStatusCode.NotFound)).QuerySelector("h1")!.TextContent);
    }

    private static string Shown(JsonNode line, string field) => line.Dec(field) == 0 ? "" : Money(line.Dec(field));
}
